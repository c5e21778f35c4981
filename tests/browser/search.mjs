#!/usr/bin/env node
// Site search in real Chromium, on the built example site.
//
//   node tests/browser/search.mjs DIR
//
// Serves DIR with Debian's nginx under /styrdokument/ (a sub-path) with
// `Content-Security-Policy: default-src 'self'`, then types queries into the
// search page and checks that the expected document and section come first;
// does the same with the site opened from file://, follows a deep link
// (sok/?q=...), submits the search box of another page, goes from the search
// box past the filters to the results by keyboard, checks what the page says
// without JavaScript, and types the queries again into a copy whose
// index has one key per shard, checking which shards a word fetches. Exit 1 on a failed check, 2 on setup problems.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
import { startNginx } from './nginx.mjs';

const require = createRequire(import.meta.url);

// What a reader types, and where the first result must lead.
const CASES = [
  ['praktikplats', 'stenungsund/integrationspolicy/index.html#arbetsmarknad'],
  ['praktik', 'stenungsund/integrationspolicy/index.html#arbetsmarknad'],
  ['"SFI på kvällstid"', 'stenungsund/integrationspolicy/index.html#utbildning'],
  ['kvälls', 'stenungsund/integrationspolicy/index.html#utbildning'],
  ['sjalvforsorjande', 'stenungsund/integrationspolicy/index.html#inledning'],
  ['Nyanländ', 'dals-ed/integrationspolicy/index.html#nyanlanda'],
  ['bostadsforsorjningsplan', 'stenungsund/integrationspolicy/index.html#overgripande'],
  // A document by its registration number, and by its title in quotes.
  ['LKS 2021-000173', 'lysekil/riktlinjer-for-integrationsarbete/index.html'],
  ['"Riktlinjer för integrationsarbete"', 'lysekil/riktlinjer-for-integrationsarbete/index.html'],
  // A genitive whose form less its ending is a written form of another key ("kommunstyrelsen").
  ['kommunstyrelsens ', 'dals-ed/integrationspolicy/index.html#utvardering-och-revidering'],
  // A word of the document's title and one of a section; the organisation's name.
  ['riktlinjer diskriminering', 'lysekil/riktlinjer-for-integrationsarbete/index.html#arbete-mot-diskriminering-trakasserier-och-krankande-behandling'],
  ['Lysekils kommun', 'lysekil/riktlinjer-for-integrationsarbete/index.html'],
  // A registration number as a whole (the page top of KS 2015/12 also has "§ 24").
  ['KS 2015/12', 'dals-ed/integrationspolicy/index.html'],
  // The Arabic edition (issue 18): a word of its Background section, and another form of it.
  ['المؤتمر', 'dals-ed/integrationspolicy/2015-03-16/ar/index.html#الخلفية'],
  ['مؤتمر', 'dals-ed/integrationspolicy/2015-03-16/ar/index.html#الخلفية'],
];

let failures = 0;
function check(ok, what) {
  if (ok) {
    console.log(`ok   ${what}`);
  } else {
    failures++;
    console.log(`FAIL ${what}`);
  }
}

// Waits until the announcement gives a count (or says nothing was found).
async function settled(page) {
  await page.waitForFunction(() => {
    const a = document.getElementById('search-announcement');
    return a && /träff|result/i.test(a.textContent);
  }, null, { timeout: 10000 });
  return page.evaluate(() => ({
    announcement: document.getElementById('search-announcement').textContent,
    first: document.querySelector('#search-results > li a')?.getAttribute('href') || null,
    marks: [...document.querySelectorAll('#search-results > li:first-child mark')].map((m) => m.textContent),
  }));
}

// Waits until the search for `text`, typed, has run to its end (the address
// has the query once its search starts; the page says "Söker" until it ends).
async function ranFor(page, text) {
  await page.waitForFunction((t) => new URLSearchParams(location.search).get('q') === t &&
    !/Söker/.test(document.getElementById('search-announcement').textContent), text);
}

async function typeQueries(page, searchUrl, where) {
  for (const [query, expected] of CASES) {
    await page.goto(searchUrl);
    await page.click('#search-query');
    await page.keyboard.type(query, { delay: 10 });
    // The search for the whole query, not one for a part typed before it
    // that a loaded machine may announce last.
    const r = await ranFor(page, query).then(() => settled(page))
      .catch((err) => ({ error: err.message.split('\n')[0] }));
    const ok = r.first && r.first.endsWith(expected);
    check(ok, `${where}: "${query}" -> ${expected}${ok ? '' : ` (got ${r.first || r.error})`}`);
    if (ok && !query.startsWith('"')) check(r.marks.length > 0, `${where}: "${query}" highlights a match`);
  }
}

// The argument of an index file's styrdokSearch call (meta.js: the only
// one; a shard: the second, after its number).
function indexData(dir, name) {
  const text = fs.readFileSync(path.join(dir, 'sok', 'index', name), 'utf8');
  const args = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  return JSON.parse(name === 'meta.js' ? args : args.slice(args.indexOf(',') + 1));
}

// A copy of the built site DIR whose search index has each key in a shard of
// its own (a key's record cut over several shards stays so): a site large
// enough that a word's neighbours, and its forms less an ending, are in
// other shards than it. Returns the copy's folder.
function oneKeyPerShard(dir) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'styrdok-search-split-'));
  fs.cpSync(dir, copy, { recursive: true });
  const index = path.join(copy, 'sok', 'index');
  const meta = indexData(copy, 'meta.js');
  const shards = meta.shards.map((_, i) => indexData(copy, `s${i}.js`));
  for (const name of fs.readdirSync(index)) if (/^s\d+\.js$/.test(name)) fs.rmSync(path.join(index, name));
  const first = [];
  const write = (records) => {
    fs.writeFileSync(path.join(index, `s${first.length}.js`),
      `styrdokSearch.shard(${first.length},${JSON.stringify(records)});\n`);
    first.push(Object.keys(records)[0]);
  };
  shards.forEach((shard) => {
    // Keys in the order the index sorts them (an object lists "10" before "9").
    for (const key of Object.keys(shard).sort()) write({ [key]: shard[key] });
  });
  meta.shards = first;
  fs.writeFileSync(path.join(index, 'meta.js'), `styrdokSearch.meta(${JSON.stringify(meta)});\n`);
  return copy;
}

// The shards the search page at `url` fetched for the query typed.
async function typedShards(page, url, text) {
  await page.goto(url);
  await page.fill('#search-query', text);
  await settled(page);
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => /\/s(\d+)\.js$/.exec(e.name)).filter(Boolean).map((m) => Number(m[1])));
}

// The shards that may hold `key`, as search.js finds them.
function shardsFor(first, key) {
  const out = first.flatMap((k, i) => (k === key ? [i] : []));
  if (out.length) return out;
  for (let i = first.length - 1; i >= 0; i--) if (first[i] < key) return [i];
  return [];
}

// On a slow phone each shard fetched delays the first result, so a query
// fetches only those its words need. In DIR (one key per shard):
// - a word being typed fetches its own shard and those of the words that
//   begin with it, not the shard before its own;
// - a whole word in the index does not fetch the shards of its forms less
//   an ending, which are looked up only for a word the index lacks.
// The words typed are keys with letters, postings and no written forms, so
// that nothing else is looked up.
async function shardsFetched(page, url, dir) {
  const meta = indexData(dir, 'meta.js');
  const endings = [...meta.suffixes, ...meta.other_suffixes];
  const plain = [];  // [key, shard]
  meta.shards.forEach((key, i) => {
    const record = indexData(dir, `s${i}.js`)[key];
    if (key !== meta.shards[i - 1] && key !== meta.shards[i + 1] && !record.startsWith('=')) plain.push([key, i]);
  });
  const typed = plain.find(([key, i]) => i > 0 && [...key].length >= 3 && /\p{L}/u.test(key) &&
    !meta.shards.some((other, j) => j > i && other.startsWith(key)));
  check(typed !== undefined, 'the index has a key that begins no other');
  if (typed) {
    const shards = await typedShards(page, url, typed[0]);
    check(shards.join() === String(typed[1]),
      `typing "${typed[0]}" fetches its shard ${typed[1]} only (got ${shards.join(', ')})`);
  }
  const whole = plain.find(([key, i]) => endings.some((s) => {
    const [ending, replacement = ''] = s.split('>');
    return key.length >= ending.length + 3 && key.endsWith(ending) &&
      shardsFor(meta.shards, key.slice(0, -ending.length) + replacement).some((n) => n !== i);
  }));
  check(whole !== undefined, 'the index has a key whose forms less an ending are in other shards');
  if (whole) {
    const shards = await typedShards(page, url, whole[0] + ' ');
    check(shards.join() === String(whole[1]),
      `"${whole[0]} " fetches its shard ${whole[1]} only (got ${shards.join(', ')})`);
  }
}

async function main() {
  const dir = process.argv[2];
  if (!dir || !fs.existsSync(path.join(dir, 'sok', 'index.html'))) {
    console.error('usage: node tests/browser/search.mjs DIR  (a built site with sok/index.html)');
    process.exit(2);
  }
  const { chromium } = require('playwright-core');
  const server = await startNginx(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext();
    const problems = [];
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`);
      });
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      // The browser asks every server for /favicon.ico; the site has none.
      if (m.type() === 'error' && !/favicon|status of 404/.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));

    // Over HTTP, under a sub-path, with the strict CSP.
    await typeQueries(page, server.url + 'sok/', 'nginx');

    // A deep link shows its results on load.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('praktikplatser') + '&org=stenungsund');
    let r = await settled(page);
    check(r.first?.endsWith('stenungsund/integrationspolicy/index.html#arbetsmarknad'), 'deep link sok/?q=praktikplatser');
    check(await page.inputValue('#search-organisation') === 'stenungsund', 'deep link sets the organisation filter');

    // On a phone the filters are folded, so that the first result is on the
    // first screen; a filter the link sets unfolds them. On a wider screen
    // they are open.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const onPhone = await phone.newPage();
    const filtersOpen = (p) => p.evaluate(() => document.getElementById('search-filters-box').open);
    await onPhone.goto(server.url + 'sok/?q=praktikplatser');
    await settled(onPhone);
    const firstTop = await onPhone.$eval('#search-results > li a', (a) => a.getBoundingClientRect().top);
    check(!(await filtersOpen(onPhone)) && firstTop < 844,
      `on a phone the filters are folded and the first result is on the first screen (at ${Math.round(firstTop)} px)`);
    await onPhone.goto(server.url + 'sok/?q=praktikplatser&org=stenungsund');
    await settled(onPhone);
    check(await filtersOpen(onPhone), 'on a phone a filter set by the link unfolds the filters');
    await phone.close();
    await page.goto(server.url + 'sok/?q=praktikplatser');
    await settled(page);
    check(await filtersOpen(page), 'on a wide screen the filters are open');

    // The keyboard goes past the open filters: the second Tab from the search
    // box reaches "Gå till träffarna" (shown while it has focus), Enter on it
    // focuses the results, and the next Tab is on the first one. Without
    // results the link is not there.
    await page.focus('#search-query');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement;
      const box = a.getBoundingClientRect();
      return { id: a.id, text: a.textContent, width: Math.round(box.width), height: Math.round(box.height) };
    });
    check(skip.id === 'search-skip' && skip.width >= 24 && skip.height >= 24,
      `the second Tab from the search box is on the link to the results, shown (${JSON.stringify(skip)})`);
    await page.keyboard.press('Enter');
    const listFocused = await page.evaluate(() => document.activeElement.id === 'search-results');
    await page.keyboard.press('Tab');
    const onFirst = await page.evaluate(() =>
      document.activeElement === document.querySelector('#search-results > li:first-child a'));
    check(listFocused && onFirst, 'Enter on it focuses the results, and Tab then reaches the first result');
    await page.goto(server.url + 'sok/?q=qqxzqq');
    await settled(page);
    check(await page.isHidden('#search-skip'), 'without results there is no link to them');
    await page.goto(server.url + 'sok/?q=praktikplatser');
    await settled(page);

    // The results themselves pass axe-core (WCAG 2.1 A and AA).
    await page.evaluate(fs.readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const res = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, preload: false,
      });
      return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    check(violations.length === 0, `results pass axe${violations.length ? ': ' + violations.join('; ') : ''}`);

    // A filter that excludes the document leaves nothing.
    await page.goto(server.url + 'sok/?q=praktikplatser&org=lysekil');
    r = await settled(page);
    check(r.first === null, 'organisation filter excludes other organisations');

    // An edition's result is in its language, and the language filter keeps to one language.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('المؤتمر') + '&sprak=ar');
    r = await settled(page);
    check(r.first?.includes('/2015-03-16/ar/'), `language "ar" finds the Arabic edition${r.first ? '' : ' (got nothing)'}`);
    const heading = await page.$eval('#search-results > li h2', (h) => [h.lang, h.dir]);
    check(heading[0] === 'ar' && heading[1] === 'rtl', 'the Arabic result is marked lang="ar" dir="rtl"');
    // Only the edition's own words are marked so: not the label "Avsnitt" before its section's heading.
    const section = await page.$eval('#search-results > li .search-result-section', (p) =>
      [p.lang, p.querySelector('span')?.lang, p.querySelector('span')?.dir, p.firstChild.textContent]);
    check(section[0] === '' && section[1] === 'ar' && section[2] === 'rtl' && section[3] === 'Avsnitt: ',
      `the section line's label is Swedish, its heading Arabic (got ${section.join(', ')})`);
    const linkSection = await page.$eval('#search-results > li h2 a .visually-hidden', (s) =>
      [s.lang, s.textContent.slice(0, 12), s.querySelector('span')?.lang]).catch(() => []);
    check(linkSection[0] === 'sv' && linkSection[1] === ' – Avsnitt: ' && linkSection[2] === 'ar',
      `the link names the section, its label Swedish and its heading Arabic (got ${linkSection.join(', ')})`);
    const named = await page.$eval('#search-results > li .search-result-meta span', (s) => [s.lang, s.textContent])
      .catch(() => []);
    check(named[0] === 'ar', `the language's name in the meta line is marked lang="ar" (got ${named.join(', ')})`);
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('integration') + '&sprak=sv&status=alla');
    await settled(page);
    const svOnly = await page.$$eval('#search-results > li a', (as) => as.map((a) => a.getAttribute('href')));
    check(svOnly.length > 0 && svOnly.every((h) => !/\/(en|ar)\//.test(h)), 'language "sv" leaves the translations out');
    // The English edition is stemmed in English: "country" finds its "countries".
    await page.goto(server.url + 'sok/?q=country&sprak=en&status=alla');
    r = await settled(page);
    check(r.first?.includes('/odaterad/en/'), `language "en" finds the English edition by another form${r.first ? '' : ' (got nothing)'}`);

    // A plural whose singular the text has: "municipalities" finds "municipality".
    await page.goto(server.url + 'sok/?q=municipalities&sprak=en&status=alla');
    r = await settled(page);
    check(r.first?.includes('/odaterad/en/'), `"municipalities" finds the English edition's "municipality"${r.first ? '' : ' (got nothing)'}`);

    // The English edition is of an earlier version: searching the current
    // versions in English finds nothing, and the page says so and offers the
    // search that finds it. A word found nowhere gets no such offer.
    await page.goto(server.url + 'sok/?q=country&sprak=en');
    const offer = await page.waitForSelector('#search-elsewhere-link', { state: 'visible', timeout: 10000 })
      .catch(() => null);
    check(offer !== null && /i den aktuella versionen/.test(await page.textContent('#search-announcement')),
      'nothing in the current English texts: the page says so and offers older versions');
    if (offer) {
      await offer.click();
      r = await settled(page);
      check(r.first?.includes('/odaterad/en/') && await page.inputValue('#search-status') === 'alla',
        `the offer searches older versions too and finds the English edition (got ${r.first})`);
    }
    await page.goto(server.url + 'sok/?q=zzzqqqxx');
    await settled(page);
    await page.waitForTimeout(300);
    check(await page.isHidden('#search-elsewhere'), 'a word found nowhere gets no offer of older versions');

    // Actions of action plans are found too, and kind narrows to them.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('mottagande nämnd') + '&slag=action');
    r = await settled(page);
    check(r.first?.endsWith('dals-ed/integrationspolicy/handlingsplaner/handlingsplan/1/index.html'),
      `kind "action" finds the action${r.first ? '' : ' (got nothing)'}`);
    const actionMeta = await page.$eval('#search-results > li .search-result-meta', (p) => p.textContent);
    check(actionMeta.includes('Åtgärd'), `an action is labelled so (${actionMeta})`);
    // An action plan's own page is not labelled an action.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('handlingsplan tidssatta'));
    await settled(page);
    const planMeta = await page.$$eval('#search-results > li', (lis) => lis
      .filter((li) => li.querySelector('a').getAttribute('href').endsWith('handlingsplaner/handlingsplan/index.html'))
      .map((li) => li.querySelector('.search-result-meta').textContent));
    check(planMeta.length === 1 && !planMeta[0].includes('Åtgärd') && planMeta[0].includes('Handlingsplan'),
      `the action plan's own page is labelled a plan, not an action (${planMeta.join(' | ') || 'not found'})`);

    // Older versions appear only when asked for.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('främlingsfientlighet') + '&status=alla');
    r = await settled(page);
    const all = await page.$$eval('#search-results > li a', (as) => as.map((a) => a.getAttribute('href')));
    check(all.some((h) => /dals-ed\/integrationspolicy\/[^/]+\/index\.html/.test(h)), 'status "alla" shows older versions');
    // "Show more" pages through every result, each once: as many as announced.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('kommun') + '&status=alla');
    const announced = Number((await settled(page)).announcement.match(/\d+/)[0]);
    while (await page.isVisible('#search-more')) {
      const before = await page.$$eval('#search-results > li', (lis) => lis.length);
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    }
    const paged = await page.$$eval('#search-results > li', (lis) => lis.map((li) => li.querySelector('a').getAttribute('href')));
    check(announced > 20 && paged.length === announced && new Set(paged).size === paged.length,
      `"show more" pages through all ${announced} results, each once (got ${paged.length}, ${new Set(paged).size} distinct)`);
    // Every result that does not apply says what it is, in the words of its page.
    const metas = await page.$$eval('#search-results > li', (lis) => lis.map((li) => [
      li.querySelector('a').getAttribute('href'), li.querySelector('.search-result-meta').textContent]));
    check(metas.some(([h, m]) => /integrationspolicy\/odaterad\//.test(h) && m.includes('Ersatt av en nyare version (gällde till och med 31 mars 2015)')),
      'an older version is labelled superseded, with the last day it applied');
    // A registration number whose parts are there apart finds nothing.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('KS 2015/24'));
    r = await settled(page);
    check(r.first === null, `"KS 2015/24" finds no document (the one with KS 2015/12 and § 24)${r.first ? ': got ' + r.first : ''}`);
    // A definite form finds the indefinite, and the other way round.
    const found = async (q) => {
      await page.goto(server.url + 'sok/?q=' + encodeURIComponent(q));
      await settled(page);
      return page.$$eval('#search-results > li a', (as) => as.map((a) => a.getAttribute('href')).sort().join());
    };
    const definite = await found('förskolan '), indefinite = await found('förskola ');
    check(definite === indefinite && /stenungsund.*#utbildning/.test(indefinite) && /dals-ed/.test(definite),
      `"förskolan" and "förskola" find the same sections (${definite} / ${indefinite})`);
    // With a phrase only the entries' text can tell the number of results:
    // the page says "at least" as many as it shows, and the number once all are shown.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('"för att"'));
    const atFirst = (await settled(page)).announcement;
    while (await page.isVisible('#search-more')) {
      const before = await page.$$eval('#search-results > li', (lis) => lis.length);
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n ||
        document.getElementById('search-more').hidden, before);
    }
    const phrased = await page.$$eval('#search-results > li', (lis) => lis.length);
    const atLast = await page.textContent('#search-announcement');
    check(/^(Minst 10 träffar|\d+ träffar)/.test(atFirst) && atLast.startsWith(`${phrased} träffar`),
      `a phrase's count is "at least" until all are shown, then theirs (${atFirst} / ${atLast} / ${phrased} shown)`);
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('integrationsarbete') + '&org=lysekil');
    await settled(page);
    const lysekil = await page.$$eval('#search-results > li .search-result-meta', (ps) => ps.map((p) => p.textContent));
    check(lysekil.length > 0 && lysekil.every((m) => m.includes('Har upphört att gälla (gällde till och med 31 december 2023)')),
      `an expired document's results say so, with its last day, not its decision's${lysekil.length ? '' : ' (no results)'}`);

    // Back from a result reached with "show more" shows as many results
    // again: the address keeps how many were shown.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('kommun') + '&status=alla');
    await settled(page);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length >= 20);
    const shownBefore = await page.$$eval('#search-results > li', (lis) => lis.length);
    const fifteenth = await page.$eval('#search-results > li:nth-child(15) a', (a) => a.getAttribute('href'));
    await page.click('#search-results > li:nth-child(15) a');
    await page.waitForURL((u) => !u.pathname.includes('/sok/'));
    await page.goBack();
    await settled(page);
    const shownAfter = await page.$$eval('#search-results > li a', (as) => as.map((a) => a.getAttribute('href')));
    check(shownAfter.length === shownBefore && shownAfter[14] === fifteenth,
      `Back from result 15 shows all ${shownBefore} results again (got ${shownAfter.length})`);

    // The announcement reads back a pasted paragraph's first words only.
    const pasted = 'Kommunen ska verka för att alla nyanlända snabbt kommer i arbete eller studier '.repeat(6) + 'zzqqxy';
    await page.goto(server.url + 'sok/');
    await page.fill('#search-query', pasted);
    await page.press('#search-query', 'Enter');
    r = await settled(page);
    check(r.announcement.length < 100 && r.announcement.includes('…'),
      `a long query is read back shortened (${r.announcement.length} characters: ${r.announcement.slice(0, 80)})`);
    // One or two letters still being typed that find nothing are not
    // announced as "no results"; submitted, they are.
    await page.goto(server.url + 'sok/');
    await page.click('#search-query');
    await page.keyboard.type('zq', { delay: 10 });
    await ranFor(page, 'zq');
    const typing = await page.textContent('#search-announcement');
    check(!/Inga träffar/.test(typing), `two letters being typed are not announced as no results (got "${typing}")`);
    await page.press('#search-query', 'Enter');
    r = await settled(page);
    check(/^Inga träffar för ”zq”/.test(r.announcement), `submitted, they are (got "${r.announcement}")`);
    // A short last word after others may end the query: typed, it gets its answer.
    await page.goto(server.url + 'sok/');
    await page.click('#search-query');
    await page.keyboard.type('KS 2015/24', { delay: 10 });
    await ranFor(page, 'KS 2015/24');
    const answer = await page.textContent('#search-announcement');
    check(/^Inga träffar för ”KS 2015\/24”/.test(answer), `typed "KS 2015/24" is answered (got "${answer}")`);

    // The same words in either order find the same: a word found in no form
    // is read as a beginning wherever it stands ("kommunstyrelse").
    const forward = await found('uppföljning kommunstyrelse '), reversed = await found('kommunstyrelse uppföljning ');
    check(forward !== '' && forward === reversed,
      `"kommunstyrelse uppföljning" finds what "uppföljning kommunstyrelse" does (${reversed} / ${forward})`);
    // A municipality's name and its genitive find the same ("Dals-Ed", "Dals-Eds").
    const nominative = await found('Dals-Ed '), genitive = await found('Dals-Eds ');
    check(nominative !== '' && nominative === genitive, `"Dals-Ed" finds what "Dals-Eds" does (${nominative} / ${genitive})`);
    // Arabic typed with a bare alef finds the word written with hamza, and marks it.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('الاجانب'));
    r = await settled(page);
    check(r.first?.includes('/2015-03-16/ar/') && r.marks.includes('الأجانب'),
      `"الاجانب" finds and marks "الأجانب" (got ${r.first}, marks ${r.marks.join(' ')})`);
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('اجانب'));
    r = await settled(page);
    check(r.first?.includes('/2015-03-16/ar/') && r.marks.includes('الأجانب'),
      `"اجانب" finds and marks "الأجانب" (got ${r.first}, marks ${r.marks.join(' ')})`);

    // "år" (year) typed with its å: the snippet shows the text's "år", not
    // only an "är" (is) before it, which folds alike.
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('år '));
    await settled(page);
    const concepts = await page.$$eval('#search-results > li', (lis) => lis
      .filter((li) => li.querySelector('a').getAttribute('href').endsWith('#nagra-viktiga-begrepp'))
      .map((li) => [...li.querySelectorAll('.search-result-snippet mark')].map((m) => m.textContent)));
    check(concepts.length === 1 && concepts[0].includes('år'),
      `"år" shows the snippet where the text says "år" (marks: ${concepts.map((c) => c.join(' ')).join(' | ') || 'not found'})`);
    // Nor does it find or mark "är" at all: å, ä and ö are letters of their
    // own where words differ only in them. Typed without them, "ar" finds both.
    const allMarks = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
    check(allMarks.length > 0 && allMarks.every((m) => m.startsWith('år')),
      `"år" finds and marks only "år" (marks: ${allMarks.join(' ')})`);
    const year = await page.$$eval('#search-results > li', (lis) => lis.length);
    await page.goto(server.url + 'sok/?q=' + encodeURIComponent('ar '));
    await settled(page);
    const either = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
    check(either.includes('år') && either.includes('är'), `"ar" finds "år" and "är" (marks: ${either.join(' ')})`);
    check(await page.$$eval('#search-results > li', (lis) => lis.length) > year, '"ar" finds more than "år"');

    // A query without a word is met with the prompt, not "no results".
    for (const bare of ['"', '§ ']) {
      await page.goto(server.url + 'sok/?q=' + encodeURIComponent(bare));
      await page.waitForFunction(() => !/Söker/.test(document.getElementById('search-announcement').textContent));
      const said = await page.textContent('#search-announcement');
      check(/^Skriv ett eller flera sökord/.test(said), `the query ${bare} gets the prompt (got "${said}")`);
    }

    // Each result's link has a name of its own: a document's sections are
    // told apart in a list of links.
    await page.goto(server.url + 'sok/?q=integration');
    await settled(page);
    const names = await page.$$eval('#search-results > li h2 a', (as) => as.map((a) => a.textContent));
    check(names.length === 10 && new Set(names).size === names.length,
      `the results' links have distinct names (${names.length} links, ${new Set(names).size} names)`);

    // An Arabic word without its article, and a plural of one in the text.
    for (const word of ['خلفية', 'مؤتمرات']) {
      await page.goto(server.url + 'sok/?q=' + encodeURIComponent(word + ' '));
      r = await settled(page);
      check(r.first?.endsWith('/2015-03-16/ar/index.html#الخلفية'), `"${word}" finds the Arabic Background section (got ${r.first})`);
    }

    // The search box in the header of any page, by keyboard.
    await page.goto(server.url + 'lysekil/');
    await page.focus('#site-search-query');
    await page.keyboard.type('kvällstid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sok\/index\.html\?q=/);
    r = await settled(page);
    check(r.first?.endsWith('stenungsund/integrationspolicy/index.html#utbildning'), 'header search box lands on results');

    // Following the first result opens the section.
    await page.click('#search-results > li a');
    await page.waitForURL(/#utbildning$/);
    check(await page.$('#utbildning') !== null, 'the first result opens the section');

    // Opened from disk: index files load as scripts, where fetch() is blocked.
    const fileUrl = pathToFileURL(path.resolve(dir)).href + '/sok/index.html';
    await typeQueries(page, fileUrl, 'file://');

    // The same index with every key in a shard of its own: the same results,
    // and only the shards a word needs are fetched.
    const split = oneKeyPerShard(dir);
    const splitServer = await startNginx(split);
    try {
      await typeQueries(page, splitServer.url + 'sok/', 'one key per shard');
      await shardsFetched(page, splitServer.url + 'sok/', split);
    } finally {
      await splitServer.stop();
      fs.rmSync(split, { recursive: true, force: true });
    }

    check(problems.length === 0, `no console errors or CSP violations${problems.length ? ': ' + problems.join('; ') : ''}`);
    await context.close();

    // Without JavaScript the page says so, and the form still lands there.
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await noJs.newPage();
    await p2.goto(server.url + 'lysekil/');
    await p2.fill('#site-search-query', 'praktik');
    await p2.press('#site-search-query', 'Enter');
    await p2.waitForURL(/sok\/index\.html\?q=praktik/);
    const text = await p2.textContent('#search-announcement');
    check(/JavaScript/.test(text), 'without JavaScript the search page says it needs it');
    await noJs.close();
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`search: ${failures === 0 ? 'all checks passed' : `${failures} checks failed`}`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(`search: ${err.stack || err}`);
  process.exit(2);
});
