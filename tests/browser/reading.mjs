#!/usr/bin/env node
// What a person notices that axe cannot: the site read on a phone, with the
// keyboard and in forced colours (Windows high contrast), in Debian's Chromium.
//
//   node tests/browser/reading.mjs DIR [--shots DIR]   (a site built with --drafts)
//
// 1. First screen on a phone: on every document and version page, at 390 x 844
//    CSS px, the status badge, the statement of what the text is and when it
//    applies, who decided it (when known) and the link to the history lie
//    within the first screen.
// 2. Keyboard: the paragraph links (¶) are not a tab stop each; one button
//    before the text puts them back into the tab order, and takes them out again.
// 3. Forced colours: on the plan page and a comparison, the legend's swatches
//    keep their colours (they are the key to the bar), badges keep a border
//    and insertions and deletions keep their underline and strike-through.
//    With --shots, screenshots of both pages are saved for a person to look at.
// 4. A comparison without JavaScript, at 1280, 390 and 320 px: inline by
//    default; "Sida vid sida", reached and activated by the keyboard, shows
//    the two versions (beside each other, or the older above the newer on a
//    phone) and hides the redline, and "I löpande text" brings it back; the
//    heading and the marked link say which view is shown, and the view not
//    shown is display: none. The side-by-side view's old address leads there.
//    With --shots, screenshots of both views at each width.
// 5. A linked paragraph, list item or heading (the :target of a ¶ link) is
//    marked by a bar in the margin where its line begins: at the left in a
//    Swedish text, at the right in an Arabic edition.
// 6. A comparison's changed details at 320 and 390 px (left to right and
//    right to left): each row a block, each value beside its column's words,
//    nothing scrolling sideways; a table at 1280 px; and at every width a
//    table with its headers to screen readers, the shown words left out.
// Exit 1 on any failure, 2 on usage errors. Last line: "reading: N checks, F failures".
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--shots');
const shots = args.includes('--shots') ? args[args.indexOf('--shots') + 1] : null;
if (!dir || !fs.existsSync(dir)) {
  console.error('usage: node tests/browser/reading.mjs DIR [--shots DIR]');
  process.exit(2);
}
const root = path.resolve(dir);
const url = (rel) => pathToFileURL(path.join(root, rel)).href;

let checks = 0;
let failures = 0;
function check(ok, what) {
  checks++;
  if (!ok) {
    failures++;
    console.log(`FAIL ${what}`);
  }
}

// Document pages (org/doc/index.html) and version pages (org/doc/version/index.html):
// every page with a status panel.
function documentPages() {
  const out = [];
  const walk = (rel, depth) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const sub = rel ? `${rel}/${e.name}` : e.name;
      const index = path.join(root, sub, 'index.html');
      if (depth >= 1 && fs.existsSync(index) && fs.readFileSync(index, 'utf8').includes('class="status-panel')) {
        out.push(`${sub}/index.html`);
      }
      if (depth < 2) walk(sub, depth + 1);
    }
  };
  walk('', 0);
  return out.sort();
}

const PHONE = { width: 390, height: 844 };

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  // 1. The first screen on a phone.
  const phone = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1 });
  const pages = documentPages();
  check(pages.length >= 3, `document and version pages found (${pages.length})`);
  for (const rel of pages) {
    const page = await phone.newPage();
    await page.goto(url(rel));
    const boxes = await page.evaluate(() => {
      const bottom = (selector) => {
        const el = document.querySelector(selector);
        return el ? el.getBoundingClientRect().bottom + window.scrollY : null;
      };
      return {
        badge: bottom('.status-panel .status'),
        statement: bottom('.status-panel .status-statement'),
        decision: bottom('.status-panel .status-decision'),
        history: bottom('.status-panel a[href="#history"]'),
        hasDecision: document.querySelector('.status-panel .status-decision') !== null,
      };
    });
    for (const [what, y] of Object.entries(boxes)) {
      if (what === 'hasDecision' || (what === 'decision' && !boxes.hasDecision)) continue;
      check(y !== null && y <= PHONE.height, `${rel}: the ${what} is on the first screen at 390 px (bottom at ${y})`);
    }
    await page.close();
  }
  // A print page read on the phone: its title clear of the QR code.
  for (const rel of ['moten/2016-01-20-kommunstyrelsen/utskrift/index.html',
    'dals-ed/integrationspolicy/handlingsplaner/handlingsplan/utskrift/index.html']) {
    if (!fs.existsSync(path.join(root, rel))) continue;
    const page = await phone.newPage();
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: PHONE.height });
      await page.goto(url(rel));
      const clear = await page.evaluate(() => {
        // Its words, not only its box: a long word overflows a narrow box onto the code.
        const title = document.querySelector('.print-title');
        const range = document.createRange();
        range.selectNodeContents(title);
        const t = range.getBoundingClientRect();
        const q = document.querySelector('.print-qr').getBoundingClientRect();
        return title.scrollWidth <= title.clientWidth + 1 &&
          (t.right <= q.left || q.right <= t.left || t.bottom <= q.top || q.bottom <= t.top);
      });
      check(clear, `${rel}: at ${width} px the title is clear of the QR code`);
    }
    await page.close();
  }
  await phone.close();

  // Printed from the browser, a plan's page keeps every column of its table
  // on the paper and leaves out the search box, its filters and the link to
  // print, which paper cannot follow.
  const printed = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await printed.emulateMedia({ media: 'print' });
  await printed.setViewportSize({ width: 700, height: 900 });  // about an A4 page's width
  await printed.goto(url('dals-ed/integrationspolicy/handlingsplaner/handlingsplan/index.html'));
  const paper = await printed.evaluate(() => ({
    tables: [...document.querySelectorAll('.table-wrap, .table-scroll')].map((w) => w.scrollWidth <= w.clientWidth + 1),
    search: getComputedStyle(document.querySelector('.site-search')).display,
    filter: getComputedStyle(document.querySelector('.plan-filter')).display,
    printLink: getComputedStyle(document.querySelector('.print-link')).display,
  }));
  check(paper.tables.length > 0 && paper.tables.every(Boolean), `printed, the plan's tables fit the page (${paper.tables})`);
  check(paper.search === 'none' && paper.filter === 'none', 'printed, the plan leaves out the search box and filters');
  check(paper.printLink === 'none', 'printed, the plan leaves out its link "Skriv ut / PDF"');
  await printed.close();

  // 2. Keyboard: ¶ links out of the tab order, one button to bring them back.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const doc = await desk.newPage();
  await doc.goto(url('lysekil/riktlinjer-for-integrationsarbete/index.html'));
  const stops = () => doc.evaluate(() => [...document.querySelectorAll('a[href], button, input, select, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]')).length);
  const blockLinks = await doc.$$eval('a.block-link', (as) => as.length);
  const withoutLinks = await stops();
  check(blockLinks > 20, `the document has paragraph links (${blockLinks})`);
  check(await doc.$$eval('a.block-link', (as) => as.every((a) => a.tabIndex === -1)), 'no ¶ link is a tab stop');
  const toggle = doc.locator('button.block-links-toggle');
  check(await toggle.count() === 1, 'one button puts the ¶ links into the tab order');
  check(await toggle.getAttribute('aria-pressed') === 'false', 'the button says it is off');
  await toggle.focus();
  await doc.keyboard.press('Enter');
  check(await toggle.getAttribute('aria-pressed') === 'true', 'Enter turns it on');
  check(await stops() === withoutLinks + blockLinks, 'then every ¶ link is a tab stop');
  await doc.keyboard.press('Tab');
  check(await doc.evaluate(() => document.activeElement.classList.contains('heading-link') ||
    document.activeElement.classList.contains('block-link')), 'Tab goes on into the text');
  await toggle.click();
  check(await stops() === withoutLinks, 'pressed again, the ¶ links leave the tab order');
  check(withoutLinks * 2 < withoutLinks + blockLinks, `the ¶ links were most of the tab stops (${blockLinks} of ${withoutLinks + blockLinks})`);
  await desk.close();

  // 3. Forced colours.
  const forced = await browser.newContext({ viewport: { width: 1280, height: 900 }, forcedColors: 'active' });
  const plan = await forced.newPage();
  await plan.goto(url('dals-ed/integrationspolicy/handlingsplaner/handlingsplan/index.html'));
  check(await plan.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are on');
  const swatches = await plan.$$eval('.swatch', (els) => els.map((el) => {
    const cs = getComputedStyle(el);
    return { bg: cs.backgroundColor, canvas: getComputedStyle(document.body).backgroundColor, w: el.offsetWidth };
  }));
  check(swatches.length > 0, 'the plan has a legend');
  for (const s of swatches) check(s.w > 0 && s.bg !== s.canvas, `a legend swatch keeps its colour (${s.bg})`);
  const badges = await plan.$$eval('.state, .status', (els) => els.map((el) => getComputedStyle(el).borderTopStyle));
  check(badges.length > 0 && badges.every((b) => b !== 'none'), 'every badge on the plan page has a border');
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    await plan.screenshot({ path: path.join(shots, 'plan-forced-colors.png'), fullPage: true });
  }
  const comparison = await forced.newPage();
  await comparison.goto(url('dals-ed/integrationspolicy/jamfor/odaterad/2015-03-16/index.html'));
  const marks = await comparison.evaluate(() => ({
    ins: [...document.querySelectorAll('ins')].map((el) => getComputedStyle(el).textDecorationLine),
    del: [...document.querySelectorAll('del')].map((el) => getComputedStyle(el).textDecorationLine),
    badges: [...document.querySelectorAll('.diff-badge, .status')].map((el) => getComputedStyle(el).borderTopStyle),
  }));
  check(marks.ins.length > 0 && marks.ins.every((d) => d.includes('underline')), 'insertions stay underlined');
  check(marks.del.length > 0 && marks.del.every((d) => d.includes('line-through')), 'deletions stay struck through');
  check(marks.badges.every((b) => b !== 'none'), 'the comparison\'s badges have a border');
  if (shots) await comparison.screenshot({ path: path.join(shots, 'comparison-forced-colors.png'), fullPage: true });
  await forced.close();

  // 4. A comparison's two views, without JavaScript: the links choose them by
  //    :target, the keyboard reaches them, the view shown says which it is,
  //    and what it does not show is not there for screen readers either.
  const COMPARISON = 'dals-ed/integrationspolicy/jamfor/odaterad/2015-03-16/index.html';
  for (const viewport of [{ width: 1280, height: 900 }, PHONE, { width: 320, height: 640 }]) {
    const noJs = await browser.newContext({ viewport, javaScriptEnabled: false });
    const cmp = await noJs.newPage();
    await cmp.goto(url(COMPARISON));
    const w = viewport.width;
    const view = () => cmp.evaluate(() => {
      // Rendered (no display: none on it or above it); visually hidden counts as rendered.
      const shown = (el) => el !== null && el.checkVisibility();
      const all = (sel) => [...document.querySelectorAll(sel)];
      const link = (sel) => {
        const a = document.querySelector(sel);
        return { bold: Number(getComputedStyle(a).fontWeight) >= 600, mark: getComputedStyle(a, '::before').content,
          said: shown(a.querySelector('.view-current')) };
      };
      const older = document.querySelector('.diff-older')?.getBoundingClientRect();
      const newer = document.querySelector('.diff-newer')?.getBoundingClientRect();
      return {
        hash: location.hash,
        inline: all('.diff-inline').length > 0 && all('.diff-inline').every(shown),
        columns: all('.side-by-side').length > 0 && all('.side-by-side').every(shown),
        anyColumns: all('.side-by-side').some(shown),
        anyInline: all('.diff-inline').some(shown),
        heading: document.querySelector('#text-heading').innerText,
        inlineLink: link('a.view-inline'),
        sideLink: link('a.view-side'),
        stacked: older?.height > 0 && newer?.height > 0 ? older.bottom <= newer.top : null,
        beside: older?.height > 0 && newer?.height > 0 ? older.right <= newer.left && Math.abs(older.top - newer.top) < 1 : null,
        titles: all('.diff-column-title').every((t) => !shown(t) || t.getBoundingClientRect().width > 0),
        width: document.documentElement.scrollWidth,
        focused: document.activeElement?.className || '',
      };
    });
    // Tab (at most 200 times) until the link matching `selector` has focus.
    const tabTo = async (selector) => {
      for (let i = 0; i < 200; i++) {
        if (await cmp.evaluate((sel) => document.activeElement?.matches(sel), selector)) return true;
        await cmp.keyboard.press('Tab');
      }
      return false;
    };
    let v = await view();
    check(v.inline && !v.anyColumns, `${w} px: inline redline by default, no columns (${JSON.stringify(v)})`);
    check(/löpande text/.test(v.heading) && !/sida vid sida/.test(v.heading), `${w} px: the heading names the inline view ("${v.heading}")`);
    check(v.inlineLink.bold && v.inlineLink.mark.includes('✓') && v.inlineLink.said && !v.sideLink.said && !v.sideLink.bold,
      `${w} px: the inline link is marked as the view shown, by more than colour`);
    check(await tabTo('a.view-side'), `${w} px: the keyboard reaches "Sida vid sida"`);
    await cmp.keyboard.press('Enter');
    await cmp.waitForFunction(() => location.hash === '#sida-vid-sida');
    v = await view();
    check(v.columns && !v.anyInline, `${w} px: after Enter, the columns show and the inline redline does not`);
    check(/sida vid sida/.test(v.heading) && !/löpande text/.test(v.heading), `${w} px: the heading names the side-by-side view ("${v.heading}")`);
    check(v.sideLink.bold && v.sideLink.mark.includes('✓') && v.sideLink.said && !v.inlineLink.said && !v.inlineLink.bold,
      `${w} px: the side-by-side link is marked as the view shown`);
    check(v.titles, `${w} px: every column shown has its title`);
    if (w >= 768) check(v.beside === true, `${w} px: the older and newer version stand side by side`);
    else check(v.stacked === true, `${w} px: the older version stands above the newer`);
    check(v.width <= w, `${w} px: no sideways scrolling in the side-by-side view (${v.width} px)`);
    if (shots) await cmp.screenshot({ path: path.join(shots, `comparison-side-${w}.png`), fullPage: true });
    check(await tabTo('a.view-inline'), `${w} px: the keyboard reaches "I löpande text" again`);
    await cmp.keyboard.press('Enter');
    await cmp.waitForFunction(() => location.hash === '#i-lopande-text');
    v = await view();
    check(v.inline && !v.anyColumns, `${w} px: and back: the inline redline shows, the columns do not`);
    check(v.inlineLink.said && !v.sideLink.said, `${w} px: the inline link is marked again`);
    if (shots) await cmp.screenshot({ path: path.join(shots, `comparison-inline-${w}.png`), fullPage: true });
    await noJs.close();
  }
  // The side-by-side view's old address leads to it, without JavaScript too.
  const noJs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const old = await noJs.newPage();
  await old.goto(url(COMPARISON.replace('index.html', 'sida-vid-sida/index.html')));
  await old.waitForURL(/jamfor\/odaterad\/2015-03-16\/index\.html#sida-vid-sida$/, { timeout: 5000 }).catch(() => {});
  check(old.url() === url(COMPARISON) + '#sida-vid-sida', `the old side-by-side address leads to the view (${old.url()})`);
  check(await old.evaluate(() => getComputedStyle(document.querySelector('.side-by-side')).display !== 'none'),
    'and the columns show there');
  await noJs.close();

  // 5. The bar of a linked paragraph, on the side where the text begins.
  const marked = await browser.newContext({ viewport: PHONE });
  for (const [rel, side] of [['dals-ed/integrationspolicy/2015-03-16/index.html', 'left'],
    ['dals-ed/integrationspolicy/2015-03-16/ar/index.html', 'right']]) {
    const page = await marked.newPage();
    await page.goto(url(rel));
    const ids = await page.$$eval('.document-body p[id], .document-body li[id], .document-body h2[id]',
      (els) => Object.values(Object.fromEntries(els.map((e) => [e.localName, e.id]))));
    check(ids.length === 3, `${rel}: a paragraph, a list item and a heading have ids (${ids.length})`);
    for (const id of ids) {
      await page.goto(`${url(rel)}#${encodeURIComponent(id)}`);
      const bar = await page.evaluate((id) => {
        const el = document.getElementById(id);
        // The last shadow is the bar: "rgb(…) -16px 0px 0px 0px".
        const shadows = getComputedStyle(el).boxShadow.split(/,(?![^(]*\))/);
        return { target: el.matches(':target'), x: parseFloat(shadows.at(-1).replace(/rgba?\([^)]*\)/, '')) };
      }, id);
      check(bar.target && (side === 'left' ? bar.x < 0 : bar.x > 0),
        `${rel}#${id}: the bar is at the ${side} (${JSON.stringify(bar)})`);
    }
    if (shots) await page.screenshot({ path: path.join(shots, `linked-paragraph-${side}.png`) });
    await page.close();
  }
  await marked.close();

  // 6. A comparison's changed details on a phone: each row a block (the
  //    field, then each value under the words of its column), no sideways
  //    scrolling, and still a table with its headers to screen readers; on a
  //    wide screen a table. Right to left too.
  const DETAILS = 'dals-ed/integrationspolicy/jamfor/2015-03-16/2016-02-10/index.html';
  for (const [w, dir] of [[320, 'ltr'], [390, 'ltr'], [320, 'rtl'], [1280, 'ltr']]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: 800 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(url(DETAILS));
    const d = await page.evaluate((dir) => {
      document.documentElement.dir = dir;
      const region = document.querySelector('.table-wrap:has(.metadata-changes)');
      const heads = [...document.querySelectorAll('.metadata-changes thead th')].map((th) => th.textContent);
      const rows = [...document.querySelectorAll('.metadata-changes tbody tr')].map((tr) => {
        const th = tr.querySelector('th').getBoundingClientRect();
        const cells = [...tr.querySelectorAll('td')].map((td, i) => {
          const label = td.querySelector('.cell-label');
          const box = td.getBoundingClientRect();
          const l = label?.getBoundingClientRect() ?? box;
          return {
            label: label?.checkVisibility() ? label.textContent : null,
            header: heads[i + 1],
            top: box.top,
            bottom: box.bottom,
            // The label stands where the line begins: at the right in RTL.
            atStart: dir === 'rtl' ? box.right - l.right < 20 : l.left - box.left < 20,
          };
        });
        return { thBottom: th.bottom, cells };
      });
      return {
        display: getComputedStyle(document.querySelector('.metadata-changes')).display,
        scrolls: region.scrollWidth > region.clientWidth + 1,
        page: document.documentElement.scrollWidth,
        rows,
      };
    }, dir);
    const what = `${w} px ${dir}, the changed details`;
    check(d.rows.length > 0, `${what}: the comparison has some (${d.rows.length})`);
    check(!d.scrolls && d.page <= w, `${what}: no sideways scrolling (${JSON.stringify({ scrolls: d.scrolls, page: d.page })})`);
    if (w < 640) {
      check(d.rows.every((r) => r.cells.every((c) => c.label === c.header && c.atStart)),
        `${what}: each value has its column's words beside it, where the line begins (${JSON.stringify(d.rows)})`);
      check(d.rows.every((r) => r.thBottom <= r.cells[0].top + 1 && r.cells[0].bottom <= r.cells[1].top + 1),
        `${what}: the field, then before, then after, one under the other`);
    } else {
      check(d.display === 'table' && d.rows.every((r) => r.cells.every((c) => c.label === null)),
        `${what}: a table, its values without labels of their own (${d.display})`);
    }
    // What a screen reader gets: a table with column and row headers, and
    // cells whose names are their values, the shown labels left out.
    const tree = await page.locator('.metadata-changes').ariaSnapshot();
    check(/^- table/.test(tree) && tree.includes('- columnheader "Före"') && tree.includes('- rowheader "Diarienummer"')
      && /- '?cell "borttaget: /.test(tree) && !/- '?cell "(Före|Efter)/.test(tree),
      `${what}: a table to screen readers, its labels hidden from them:\n${tree}`);
    if (shots) await page.screenshot({ path: path.join(shots, `metadata-changes-${w}-${dir}.png`), fullPage: true });
    await ctx.close();
  }
} finally {
  await browser.close();
}
console.log(`reading: ${checks} checks, ${failures} failures`);
process.exit(failures ? 1 : 0);
