#!/usr/bin/env bash
# The full suite: static checks, then every jest project (unit, contract, integration, e2e) on real
# Redis and the embedded FerretDB, started by jest's global set-up.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/scripts/setup.sh

echo "== typecheck";   npx tsc --noEmit -p tsconfig.json && npx tsc --noEmit -p services/web/tsconfig.json
echo "== lint";        npx eslint --max-warnings=0 .
echo "== format";      npx prettier --check . >/dev/null || { npx prettier --list-different .; exit 1; }
echo "== cycles";      npx madge --circular --extensions ts --ts-config tsconfig.json services workers shared infra/local

mkdir -p data
summary='const r = require(process.argv[1]); console.log(`${r.numPassedTests} ${r.numFailedTests} ${r.numPendingTests + r.numTodoTests}`);'
echo "== tests (search engine: embedded)"
status=0
npx jest --ci --json --outputFile=data/jest-results.json "$@" || status=$?
read -r passed failed skipped < <(node -e "$summary" "$PWD/data/jest-results.json" || echo "0 1 0")

# The integration and end-to-end suites again on Meilisearch when one is given (MEILI_URL, and
# MEILI_MASTER_KEY if it has one): the contract suite already runs on both.
if [ -n "${MEILI_URL:-}" ]; then
  echo "== tests (search engine: Meilisearch at $MEILI_URL): integration and e2e"
  TEST_SEARCH_ENGINE=meilisearch npx jest --ci --json --outputFile=data/jest-results-meilisearch.json \
    --selectProjects integration e2e --testPathIgnorePatterns embeddedIndexRestart "$@" || status=$?
  read -r p f s < <(node -e "$summary" "$PWD/data/jest-results-meilisearch.json" || echo "0 1 0")
  echo "jest on Meilisearch: $p passed, $f failed, $s skipped"
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
else
  echo "== integration and e2e on Meilisearch: skipped (MEILI_URL is not set)"
fi
echo "jest: $passed passed, $failed failed, $skipped skipped"
exit $status
