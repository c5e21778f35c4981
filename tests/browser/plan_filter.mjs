#!/usr/bin/env node
// The plan page's optional filter, in real Chromium: the form appears only
// when the script runs, and choosing a status or a responsible body hides
// the other rows of the full table and says how many are shown.
//
//   node tests/browser/plan_filter.mjs DIR   (a site built with --as-of 2014-03-01)
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: plan_filter.mjs DIR');
  process.exit(2);
}
const page_path = path.resolve(dir, 'dals-ed/integrationspolicy/handlingsplaner/handlingsplan/index.html');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
let failures = 0;
function expect(what, actual, wanted) {
  const ok = JSON.stringify(actual) === JSON.stringify(wanted);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${JSON.stringify(actual)}${ok ? '' : ` (wanted ${JSON.stringify(wanted)})`}`);
  if (!ok) failures++;
}
try {
  const page = await browser.newPage();
  await page.goto('file://' + page_path);
  const visible_rows = () => page.$$eval('#actions-table tbody tr', (rows) => rows.filter((r) => !r.hidden).map((r) => r.cells[0].textContent));
  expect('the form is shown when the script runs', await page.isVisible('form.plan-filter'), true);
  expect('all rows at first', await visible_rows(), ['1', '2', '3']);
  await page.selectOption('#filter-state', 'overdue');
  expect('overdue rows', await visible_rows(), ['1', '2']);
  expect('announced count', await page.textContent('.filter-status'), '2 av 3 åtgärder visas.');
  await page.selectOption('#filter-responsible', 'samtliga-namnder');
  expect('overdue and Samtliga nämnder', await visible_rows(), ['2']);
  await page.selectOption('#filter-state', '');
  await page.selectOption('#filter-responsible', '');
  expect('all rows again', await visible_rows(), ['1', '2', '3']);

  const without_js = await browser.newPage({ javaScriptEnabled: false });
  await without_js.goto('file://' + page_path);
  expect('without JavaScript the form stays hidden', await without_js.isVisible('form.plan-filter'), false);
  expect('without JavaScript every row is there', (await without_js.$$('#actions-table tbody tr')).length, 3);
} finally {
  await browser.close();
}
console.log(`plan filter: ${failures} failures`);
process.exit(failures ? 1 : 0);
