#!/bin/sh
# Set up chair in .venv (first run only) and start it on the default database.
# Any arguments go to chair, e.g. `scripts/start.sh --db /path/to/other.db`.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/chair ] || [ pyproject.toml -nt .venv/bin/chair ]; then
    echo "Setting up chair in .venv (the first time takes a few minutes: Qt is 100 MB)…"
    "${PYTHON:-python3}" -m venv .venv
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install --disable-pip-version-check --progress-bar on -e .
    touch .venv/bin/chair
    echo "Starting chair…"
fi
if [ "$#" -eq 0 ]; then
    # The first start on the default database shows the demo data (Help > Remove the demo data).
    exec .venv/bin/chair --demo-if-new
fi
exec .venv/bin/chair "$@"
