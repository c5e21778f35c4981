#!/usr/bin/env node
// A wide table in a document's text, in real Chromium: on a wide screen it
// uses the page's width beyond the reading column, so that every column
// shows when the page has room for them; on a phone it scrolls in its own
// region and the page itself does not scroll sideways (WCAG 1.4.10).
//
//   node tests/browser/wide_table.mjs DIR PAGE   (PAGE: a document page with a
//                                                 table wider than the text)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [dir, rel] = process.argv.slice(2);
if (!dir || !rel || !fs.existsSync(path.resolve(dir, rel))) {
  console.error('usage: wide_table.mjs DIR PAGE');
  process.exit(2);
}
let failures = 0;
function expect(what, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${JSON.stringify(detail)}`);
  if (!ok) failures++;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  async function measure(width) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(path.resolve(dir, rel)).href);
    const m = await page.evaluate(() => {
      const region = document.querySelector('.document-body .table-wrap');
      const text = document.querySelector('.document-body p');
      return region && {
        table: region.querySelector('table').getBoundingClientRect().width,
        region: region.clientWidth,
        scrolls: region.scrollWidth > region.clientWidth + 1,
        column: text.getBoundingClientRect().width,
        page: document.documentElement.scrollWidth,
      };
    });
    await page.close();
    return m;
  }
  const wide = await measure(1280);
  expect('the page has a table in its text', wide !== null, wide);
  if (wide) {
    expect('at 1280 px the table is wider than the reading column', wide.table > wide.column + 1, wide);
    expect('at 1280 px every column shows, without scrolling', !wide.scrolls, wide);
    expect('at 1280 px the page does not scroll sideways', wide.page <= 1280, wide);
    const phone = await measure(320);
    expect('at 320 px the table scrolls in its own region', phone.scrolls, phone);
    expect('at 320 px the page does not scroll sideways', phone.page <= 320, phone);
  }
} finally {
  await browser.close();
}
console.log(`wide table: ${failures} failures`);
process.exit(failures ? 1 : 0);
