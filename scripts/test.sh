#!/usr/bin/env bash
# The test command: set up (as scripts/setup.sh), then lint, type-check and run the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
# The tests cover the Spark runner too: its extra (and Java, which setup.sh installs).
export NEWSBRIEF_EXTRAS="${NEWSBRIEF_EXTRAS:-dev,spark}"
bash scripts/setup.sh
export HF_HUB_OFFLINE=1
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest -q "$@"
