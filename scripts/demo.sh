#!/usr/bin/env bash
# The main job on the bundled fixtures: extract every article, print a summary per article,
# write the records as JSON lines to out/fixtures.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/vnreport-extract extract fixtures/ --summary -o out/fixtures.jsonl
echo "records written to out/fixtures.jsonl"
