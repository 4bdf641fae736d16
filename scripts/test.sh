#!/bin/sh
# Set up .venv with the test extras and run the whole suite: ruff, mypy, the import
# contracts (inside pytest) and pytest. The tests run in a private D-Bus session with a
# throw-away, unlocked gnome-keyring, so passwords really go through an OS keyring and never
# touch the user's own. Arguments go to pytest, e.g. `scripts/test.sh -k search`.
set -eu
cd "$(dirname "$0")/.."
missing=""
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    echo "The tests need:$missing. On Debian/Ubuntu: sudo apt-get install dbus gnome-keyring" >&2
    echo "(.ci/run lists every system package the tests use.)" >&2
    exit 1
fi
"${PYTHON:-python3}" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
touch .venv/bin/chair  # set up: the start command need not install again
.venv/bin/ruff check chair tests scripts
.venv/bin/mypy
CHAIR_TEST_HOME=$(mktemp -d)
export CHAIR_TEST_HOME
trap 'rm -rf "$CHAIR_TEST_HOME"' EXIT
dbus-run-session -- sh -c '
    HOME="$CHAIR_TEST_HOME"; export HOME
    printf "chair-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec .venv/bin/python -m pytest "$@"
' sh "$@"
