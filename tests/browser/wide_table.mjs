#!/usr/bin/env node
// A wide table in a document's text, in real Chromium: on a wide screen it
// uses the page's width beyond the reading column, so that every column
// shows when the page has room for them; on a phone it scrolls in its own
// region and the page itself does not scroll sideways (WCAG 1.4.10), with a
// shadow on each side where more of it lies (none where the table fits), left
// to right and right to left, and none on paper.
//
// Given a PLAN page too, its action table and timeline, which scroll on a
// phone as well, show the same shadows, and the timeline's text stays
// readable (12 px or more) on a 320 px phone.
//
//   node tests/browser/wide_table.mjs DIR PAGE [PLAN]   (PAGE: a document page
//                                 with a table wider than the text; PLAN: an
//                                 action plan's page)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [dir, rel, plan] = process.argv.slice(2);
if (!dir || !rel || !fs.existsSync(path.resolve(dir, rel)) || (plan && !fs.existsSync(path.resolve(dir, plan)))) {
  console.error('usage: wide_table.mjs DIR PAGE [PLAN]');
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
  // Which edges of the region show a shadow, where the table scrolled to
  // `at` (0 its start, 1 its end): each edge's strip as drawn, against the
  // same strip with the region's background taken away. The same pixels
  // twice are the same PNG bytes, so no threshold is needed.
  async function shadowsAt(page, at, selector = '.document-body .table-wrap') {
    const region = page.locator(selector).first();
    await region.evaluate((el, at) => {
      const rtl = getComputedStyle(el).direction === 'rtl';
      el.scrollLeft = (rtl ? -1 : 1) * at * (el.scrollWidth - el.clientWidth);
    }, at);
    await region.scrollIntoViewIfNeeded();
    const box = await region.boundingBox();
    const strip = (x) => page.screenshot({ clip: { x, y: box.y, width: 10, height: box.height } });
    const edges = async () => [await strip(box.x), await strip(box.x + box.width - 10)];
    const drawn = await edges();
    await region.evaluate((el) => { el.style.backgroundImage = 'none'; });
    const bare = await edges();
    await region.evaluate((el) => { el.style.backgroundImage = ''; });
    return { left: !drawn[0].equals(bare[0]), right: !drawn[1].equals(bare[1]) };
  }
  async function shadows() {
    for (const [width, direction] of [[320, 'ltr'], [320, 'rtl'], [1280, 'ltr']]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(path.resolve(dir, rel)).href);
      await page.evaluate((d) => { document.documentElement.dir = d; }, direction);
      const start = await shadowsAt(page, 0);
      const end = await shadowsAt(page, 1);
      const more = direction === 'rtl' ? 'left' : 'right';
      const back = more === 'left' ? 'right' : 'left';
      const at = `at ${width} px ${direction}`;
      if (width === 1280) {
        expect(`${at} the table fits: no shadow`, !start.left && !start.right, start);
      } else {
        expect(`${at}, at the table's start a shadow at the ${more} only`, start[more] && !start[back], start);
        expect(`${at}, at its end a shadow at the ${back} only`, end[back] && !end[more], end);
      }
      await page.emulateMedia({ media: 'print' });
      const paper = await page.evaluate(
        () => getComputedStyle(document.querySelector('.document-body .table-wrap')).backgroundImage);
      expect(`${at}, no shadow on paper`, paper === 'none', paper);
      await page.close();
    }
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
    await shadows();
  }
  if (plan) {
    for (const selector of ['.table-scroll', '.timeline-scroll']) {
      for (const direction of ['ltr', 'rtl']) {
        const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
        await page.goto(pathToFileURL(path.resolve(dir, plan)).href);
        await page.evaluate((d) => { document.documentElement.dir = d; }, direction);
        const scrolls = await page.$eval(selector, (el) => el.scrollWidth > el.clientWidth + 1);
        const start = await shadowsAt(page, 0, selector);
        const end = await shadowsAt(page, 1, selector);
        const more = direction === 'rtl' ? 'left' : 'right';
        const back = more === 'left' ? 'right' : 'left';
        const at = `the plan's ${selector} at 320 px ${direction}`;
        expect(`${at} scrolls`, scrolls, scrolls);
        expect(`${at}, at its start a shadow at the ${more} only`, start[more] && !start[back], start);
        expect(`${at}, at its end a shadow at the ${back} only`, end[back] && !end[more], end);
        await page.close();
      }
    }
    // The timeline scrolls rather than shrink its text out of reading on a
    // phone: every label drawn at 12 px or more.
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(pathToFileURL(path.resolve(dir, plan)).href);
    const smallest = await page.$eval('svg.timeline', (svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => scale * parseFloat(getComputedStyle(t).fontSize)));
    });
    expect("the plan's timeline at 320 px, its smallest text 12 px or more", smallest >= 12, smallest);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wide table: ${failures} failures`);
process.exit(failures ? 1 : 0);
