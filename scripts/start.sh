#!/bin/sh
# Set up chair in .venv (first run only) and start it on the default database.
# Any arguments go to chair, e.g. `scripts/start.sh --db /path/to/other.db`.
set -eu
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/chair ] || [ pyproject.toml -nt .venv/bin/chair ]; then
    "${PYTHON:-python3}" -m venv .venv
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
    touch .venv/bin/chair
fi
exec .venv/bin/chair "$@"
