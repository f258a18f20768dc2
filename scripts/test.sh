#!/usr/bin/env bash
# The whole test contract: the type check, unit tests (vitest), the build, every built page by the
# Nu HTML Checker, and the browser tests (Playwright Test driving Debian's Chromium against the
# built site). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .test-results
rm -f .test-results/unit.json .test-results/e2e.json
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started )) s"; }

if ! bash scripts/ensure-chromium.sh; then
	echo "0 passed, 1 failed"
	exit 1
fi

# Run a step whose output matters only when it fails; a failure ends the run with the closing line.
step() {
	local name=$1 log=".test-results/$2.log"
	shift 2
	echo "== $name"
	if ! "$@" > "$log" 2>&1; then
		cat "$log"
		echo "$name failed."
		echo "0 passed, 1 failed"
		exit 1
	fi
}

step "Type check" check npm run check --silent
echo "svelte-check: no errors, no warnings ($(elapsed))"

echo "== Unit tests"
npx vitest run --reporter=dot --reporter=json --outputFile.json=.test-results/unit.json
unit_status=$?
echo "($(elapsed))"

step "Build" build npm run build --silent
echo "built to build/ ($(elapsed))"

echo "== Every built page by the Nu HTML Checker"
node scripts/check-html.mjs
html_status=$?
echo "($(elapsed))"

echo "== Browser tests"
npx playwright test
e2e_status=$?
echo "($(elapsed))"

HTML_STATUS=$html_status node -e '
const fs = require("fs");
// The HTML check counts as one test: passed (0), failed (1), or skipped when it could not run (2, no Java).
const html = Number(process.env.HTML_STATUS);
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const unit = read(".test-results/unit.json");
const e2e = read(".test-results/e2e.json")?.stats;
// A browser test that passed only on its retry (with a trace) counts as failed.
const e2ePassed = e2e ? e2e.expected : 0;
const passed = (unit ? unit.numPassedTests : 0) + e2ePassed + (html === 0 ? 1 : 0);
let failed = (unit ? unit.numFailedTests : 0) + (e2e ? e2e.unexpected + e2e.flaky : 0) + (html === 1 ? 1 : 0);
if (!unit || !e2e) failed += 1;
const skipped = (unit ? unit.numPendingTests + unit.numTodoTests : 0) + (e2e ? e2e.skipped : 0) + (html === 2 ? 1 : 0);
console.log(`unit: ${unit ? unit.numPassedTests : "?"} passed; browser: ${e2e ? e2ePassed : "?"} passed`);
console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
process.exit(failed > 0 ? 1 : 0);
'
summary_status=$?
[ $unit_status -eq 0 ] && [ $e2e_status -eq 0 ] && [ $html_status -ne 1 ] && [ $summary_status -eq 0 ]
