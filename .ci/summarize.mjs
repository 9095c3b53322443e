// Prints the totals over the Vitest, Playwright and fault-run JSON reports as the plain line CI reads:
// "N passed, N failed". A failure before the runners (type-check, lint) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;

if (existsSync(".reports/vitest.json")) {
  const report = JSON.parse(readFileSync(".reports/vitest.json", "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (existsSync(".reports/playwright.json")) {
  const { stats } = JSON.parse(readFileSync(".reports/playwright.json", "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
}
if (existsSync(".reports/faults.json")) {
  const faults = JSON.parse(readFileSync(".reports/faults.json", "utf8"));
  passed += faults.passed;
  failed += faults.failed;
}
if (status !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed`);
