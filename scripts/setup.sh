#!/usr/bin/env bash
# Set up newsbrief in ./.venv from a fresh clone: Python >= 3.11 and pip are all it needs.
# Safe to run again: every step is a no-op when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first, pinned to the CPU build: an unpinned torch (pulled in by sentence-transformers)
# would fetch gigabytes of CUDA packages.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[${NEWSBRIEF_EXTRAS:-dev}]"
# The browser test drives Debian's chromium (no browser download): install it when missing and
# we may (root with apt); without it that one test skips and says why.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
# The Spark runner (extra "spark") needs Java 17+: install Debian's headless JRE when it is
# missing and we may; without it the Spark tests skip and say why.
case ",${NEWSBRIEF_EXTRAS:-dev}," in
*,spark,*)
    if ! command -v java >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && apt-get install -y -qq --no-install-recommends \
            openjdk-17-jre-headless >/dev/null
    fi
    ;;
esac
