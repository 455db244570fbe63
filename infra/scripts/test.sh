#!/usr/bin/env bash
# The full suite: static checks, then every jest project (unit, contract, integration, e2e) on real
# Redis and the embedded FerretDB, started by jest's global set-up.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/scripts/setup.sh

echo "== typecheck";   npx tsc --noEmit -p tsconfig.json
echo "== lint";        npx eslint --max-warnings=0 .
echo "== format";      npx prettier --check . >/dev/null || { npx prettier --list-different .; exit 1; }
echo "== cycles";      npx madge --circular --extensions ts --ts-config tsconfig.json services workers shared infra/local

mkdir -p data
echo "== tests"
status=0
npx jest --ci --json --outputFile=data/jest-results.json "$@" || status=$?
node -e '
  const r = require("./data/jest-results.json");
  console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit $status
