#!/usr/bin/env node
// The notice of a page whose statuses may have changed since it was built
// (assets/status-notice.js), in real Chromium with the reader's clock set:
// on a plan page built as of 2014-03-01, whose actions change on the day
// the page carries, the notice is hidden the day before, shown at the top of
// the page from that day (within a phone's first screen), and hidden
// without JavaScript, when the footer's "Status per" is what remains.
//
//   node tests/browser/status_notice.mjs DIR   (a site built with --as-of 2014-03-01)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: status_notice.mjs DIR');
  process.exit(2);
}
const file = path.resolve(dir, 'dals-ed/integrationspolicy/handlingsplaner/handlingsplan/index.html');
const day = /data-status-changes="(\d{4}-\d{2}-\d{2})"/.exec(fs.readFileSync(file, 'utf8'))?.[1];
let failures = 0;
function expect(what, actual, wanted) {
  const ok = JSON.stringify(actual) === JSON.stringify(wanted);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${JSON.stringify(actual)}${ok ? '' : ` (wanted ${JSON.stringify(wanted)})`}`);
  if (!ok) failures++;
}
expect('the plan page carries the day its statuses change', typeof day, 'string');

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  // The reader's clock at noon of a day, local time.
  async function open(date, javaScript = true) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
    await context.clock.setFixedTime(new Date(`${date}T12:00:00`));
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForLoadState('load');
    return { page, context };
  }
  const dayBefore = new Date(Date.parse(`${day}T12:00:00Z`) - 86400000).toISOString().slice(0, 10);
  {
    const { page, context } = await open(dayBefore);
    expect(`on ${dayBefore} the notice is hidden`, await page.isVisible('.notice-outdated'), false);
    await context.close();
  }
  {
    const { page, context } = await open(day);
    expect(`on ${day} the notice is shown`, await page.isVisible('.notice-outdated'), true);
    const place = await page.evaluate(() => {
      const notice = document.querySelector('.notice-outdated');
      return {
        first: document.querySelector('main').firstElementChild === notice,
        onFirstScreen: notice.getBoundingClientRect().bottom <= window.innerHeight,
        text: notice.textContent,
      };
    });
    expect('it is the first thing in the page\'s main content', place.first, true);
    expect('within a phone\'s first screen', place.onFirstScreen, true);
    expect('it says the day the page shows', place.text.startsWith('Sidan visar läget den 1 mars 2014'), true);
    await context.close();
  }
  {
    const { page, context } = await open(day, false);
    expect('without JavaScript the notice stays hidden', await page.isVisible('.notice-outdated'), false);
    expect('and the footer says the day', await page.isVisible('.site-footer >> text=Status per 1 mars 2014'), true);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(failures === 0 ? 'status notice: all checks passed' : `status notice: ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
