#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/scripts/setup.sh
exec node_modules/.bin/tsx infra/local/startAll.ts
