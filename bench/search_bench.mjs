#!/usr/bin/env node
// styrdok's search index against Pagefind's, on the same site's output.
//
//   node bench/search_bench.mjs --out DIR [--index-seconds S] [--runs N] [--summary FILE] [--index-only]
//   node bench/search_bench.mjs --site DIR --styrdok BIN [--runs N] [--summary FILE]
//
// --out:  styrdok's output, already built (bench/run builds it once and
//         passes the "search index" stage time of that build, from
//         `styrdok build --timings`, as --index-seconds).
// --index-only: only Pagefind's indexing and both indexes' sizes, no
//         queries (bench/run uses it for the output on disk).
// --site: a styrdok site (e.g. one corpus_generator wrote); it is built with
//         `styrdok build --timings` into a temporary folder first.
//
// 1. Pagefind (bench/node_modules, `npm install` in bench/) indexes the same
//    versions' pages in that output (the <main> of each version page: the
//    text styrdok indexes), under /usr/bin/time -v for its wall time, CPU
//    time and peak memory;
// 2. Debian's nginx serves the output (gzip on, as a static host would); in
//    headless Chromium, each time in a fresh browser context (a cold cache),
//    the three queries below are run through each tool's own script up to the
//    first 10 results with their text, counting the bytes nginx sent for the
//    search's own files (its access log: pages and web workers alike) and
//    timing it in the page. Pagefind needs WebAssembly ('wasm-unsafe-eval'),
//    so this server sends no Content-Security-Policy.
// 3. The same three queries on a slow phone: Chromium's network emulation
//    (CDP Network.emulateNetworkConditions: 400 kbit/s both ways, 400 ms
//    latency), each on a cold page (a fresh context, the page loaded under
//    that profile, the query made as soon as it has loaded): the time from
//    the query to the first result shown, and to all ten. Each tool starts
//    what it can when the page has loaded: styrdok's script loads meta.js,
//    Pagefind's page imports pagefind.js and calls init() (its advice for
//    preloading), so both get the same head start.
// Prints a Markdown table for bench/RESULTS.md (and with --summary writes the
// figures bench/run checks against the targets to FILE). Needs playwright-core
// (tests/browser/node_modules), nginx and chromium: scripts/install-deps.sh --bench.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.dirname(here);
const require = createRequire(path.join(repo, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const { startNginx } = await import(path.join(repo, 'tests/browser/nginx.mjs'));
const { CHROMIUM, CHROMIUM_ARGS } = await import(path.join(repo, 'tests/browser/chromium.mjs'));

// The words bench/corpus_generator.cpp plants (and nothing else writes):
// "tillit" in 9 documents out of 10, "renskötsel" in 5 documents, and
// "insyn" beside "tillit" in the same sentence in 1 document out of 10.
const QUERIES = [
  { label: 'common word', query: 'tillit' },
  { label: 'rare word', query: 'renskötsel' },
  { label: 'two words', query: 'tillit insyn' },
];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const runs = Number(option('--runs', '5'));
const sourceSite = option('--site', null);
const builtOut = option('--out', null);
if (!sourceSite === !builtOut) {
  console.error('usage: search_bench.mjs --out BUILT_DIR [--index-seconds S] | --site SITE_DIR --styrdok BIN  [--runs N]');
  process.exit(2);
}
const pagefindBin = path.join(here, 'node_modules', '.bin', 'pagefind');
if (!fs.existsSync(pagefindBin)) {
  console.error('search_bench: Pagefind is missing in bench/node_modules; run scripts/install-deps.sh --bench');
  process.exit(2);
}

// Runs a command under /usr/bin/time -v; returns { wall, cpu, rssMiB, stderr }
// (seconds, seconds, MiB). Throws with the command's error output on failure.
function timed(cmd, cmdArgs) {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'styrdok-time-')), 'time');
  const r = spawnSync('/usr/bin/time', ['-v', '-o', log, cmd, ...cmdArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${cmd} failed:\n${r.stderr}`);
  const text = fs.readFileSync(log, 'utf8');
  fs.rmSync(path.dirname(log), { recursive: true, force: true });
  const field = (name) => new RegExp(`${name}[^:]*: (.*)`).exec(text)[1].trim();
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').reduce((s, x) => s * 60 + Number(x), 0);
  const cpu = Number(field('User time')) + Number(field('System time'));
  return { wall, cpu, rssMiB: Number(field('Maximum resident set size')) / 1024, stderr: r.stderr };
}

function sizeOf(dir, keep = () => true) {
  let bytes = 0, files = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const p = path.join(e.parentPath ?? e.path, e.name);
    if (!keep(p)) continue;
    bytes += fs.statSync(p).size;
    files++;
  }
  return { bytes, files };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A slow phone: 400 kbit/s down and up, 400 ms latency (DevTools' figures
// are bytes per second and milliseconds).
const SLOW_PHONE = { offline: false, latency: 400, downloadThroughput: 400000 / 8, uploadThroughput: 400000 / 8 };

// Runs `search` on a cold page under the slow profile; returns
// { first, all } (ms from the query to the first result and to ten).
async function measureSlow(browser, pageUrl, search, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_PHONE);
  await page.goto(pageUrl, { waitUntil: 'load', timeout: 120000 });
  const r = await page.evaluate(search, query);
  await context.close();
  return { first: r.firstMs, all: r.ms, results: r.results };
}

// Runs `search` in a fresh context; returns { bytes, ms, results } where
// bytes counts what nginx sent for URLs matching `mine` (pages and workers
// alike, after gzip), read from its access log.
async function measure(browser, server, pageUrl, mine, search, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const logStart = fs.statSync(server.accessLog).size;
  await page.goto(pageUrl, { waitUntil: 'load' });
  const r = await page.evaluate(search, query);
  await context.close();
  await new Promise((resolve) => setTimeout(resolve, 200)); // nginx writes the log line after the response
  const log = fs.readFileSync(server.accessLog, 'utf8').slice(logStart);
  let bytes = 0;
  for (const line of log.split('\n')) {
    const [uri, sent] = line.split(' ');
    if (uri && mine.test(uri)) bytes += Number(sent);
  }
  return { bytes, ms: r.ms, results: r.results, first: r.first };
}

// In the search page: type the query, submit, wait for the count.
async function styrdokSearch(query) {
  const box = document.getElementById('search-announcement');
  const before = box.textContent;
  const list = document.getElementById('search-results');
  const t0 = performance.now();
  let firstMs = null;
  new MutationObserver(() => {
    if (firstMs === null && list.querySelector('li')) firstMs = performance.now() - t0;
  }).observe(list, { childList: true });
  const done = new Promise((resolve) => {
    new MutationObserver(() => { if (/träff/.test(box.textContent) && box.textContent !== before) resolve(); })
      .observe(box, { childList: true, characterData: true, subtree: true });
  });
  document.getElementById('search-query').value = query;
  document.getElementById('search-form').requestSubmit();
  await done;
  const ms = performance.now() - t0;
  const items = document.querySelectorAll('#search-results > li');
  const m = /(\d+) träff/.exec(box.textContent);
  return { ms, firstMs: firstMs ?? ms, results: m ? Number(m[1]) : items.length,
    first: items[0]?.querySelector('a')?.getAttribute('href') };
}

// Pagefind's own API, as its UI uses it: search, then the first 10 results' data.
async function pagefindSearch(query) {
  const t0 = performance.now();
  const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
  await pagefind.init();
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  const ms = performance.now() - t0;
  return { ms, results: search.results.length, first: data[0]?.url };
}

// Pagefind on the slow phone: pagefind-bench.html has imported it and
// called init() since the page loaded (window.pagefindReady); the first
// result is shown when its data() has arrived, as Pagefind's UI shows it.
async function pagefindSlowSearch(query) {
  const t0 = performance.now();
  const pagefind = await window.pagefindReady;
  const search = await pagefind.search(query);
  const top = search.results.slice(0, 10);
  const first = top.length ? await top[0].data() : null;
  const firstMs = performance.now() - t0;
  await Promise.all(top.map((r) => r.data()));
  const ms = performance.now() - t0;
  return { ms, firstMs, results: search.results.length, first: first?.url };
}

// styrdok's output and the time its build spent on the search index.
function styrdokOutput(work) {
  if (builtOut) {
    const seconds = option('--index-seconds', null);
    return { out: path.resolve(builtOut), indexSeconds: seconds === null ? null : Number(seconds) };
  }
  const styrdok = path.resolve(option('--styrdok', path.join(repo, 'build/styrdok')));
  const out = path.join(work, 'out');
  const r = spawnSync(styrdok, ['build', '--quiet', '--timings', '--source', path.resolve(sourceSite), '--out', out],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`styrdok build failed:\n${r.stderr}`);
  const m = /^\s*search index\s+([\d.]+) s$/m.exec(r.stderr);
  return { out, indexSeconds: m ? Number(m[1]) : null };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'styrdok-search-bench-'));
  const { out, indexSeconds } = styrdokOutput(work);

  fs.rmSync(path.join(out, 'pagefind'), { recursive: true, force: true });
  execFileSync('sync');
  const pf = timed(pagefindBin, ['--site', out, '--root-selector', 'main', '--glob', '*/*/[0-9]*/index.html']);
  const pfVersion = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/pagefind/package.json'), 'utf8')).version;
  fs.writeFileSync(path.join(out, 'pagefind-bench.html'),
    '<!DOCTYPE html><html lang="sv"><meta charset="utf-8"><title>Pagefind</title><p>Pagefind</p></html>\n');
  // The slow-phone page starts Pagefind once it has loaded, as styrdok's
  // search page starts loading meta.js.
  fs.writeFileSync(path.join(out, 'pagefind-preload.js'),
    "window.pagefindReady = new Promise((resolve) => window.addEventListener('load', () => {\n" +
    "  import(new URL('pagefind/pagefind.js', document.baseURI).href)\n" +
    '    .then((p) => p.init().then(() => resolve(p)));\n' +
    '}));\n');
  fs.writeFileSync(path.join(out, 'pagefind-slow.html'),
    '<!DOCTYPE html><html lang="sv"><meta charset="utf-8"><title>Pagefind</title>' +
    '<script src="pagefind-preload.js"></script><p>Pagefind</p></html>\n');

  const ours = sizeOf(path.join(out, 'sok', 'index'));
  const ourScript = fs.statSync(path.join(out, 'assets', 'search.js')).size;
  const theirsAll = sizeOf(path.join(out, 'pagefind'));
  const ui = /pagefind-(component-ui|modular-ui|ui|highlight)\./;
  const theirs = sizeOf(path.join(out, 'pagefind'), (p) => !ui.test(path.basename(p)));

  const indexOnly = args.includes('--index-only');
  const server = await startNginx(out, { csp: false, accessLog: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const rows = [];
  try {
    for (const q of indexOnly ? [] : QUERIES) {
      const s = [], p = [];
      for (let i = 0; i < runs; i++) {
        s.push(await measure(browser, server, server.url + 'sok/index.html', /\/sok\/index\/|\/assets\/search\.js/,
          styrdokSearch, q.query));
        p.push(await measure(browser, server, server.url + 'pagefind-bench.html', /\/pagefind\//, pagefindSearch, q.query));
      }
      const ss = [], ps = [];
      for (let i = 0; i < runs; i++) {
        ss.push(await measureSlow(browser, server.url + 'sok/index.html', styrdokSearch, q.query));
        ps.push(await measureSlow(browser, server.url + 'pagefind-slow.html', pagefindSlowSearch, q.query));
      }
      rows.push({ ...q, s, p, ss, ps });
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const mb = (b) => `${(b / 1048576).toFixed(2)} MiB`;
  const ratio = (a, b) => (a === null || !b ? '—' : `${(a / b).toFixed(2)}`);
  const lines = [];
  lines.push(`| | styrdok | Pagefind ${pfVersion} | styrdok ÷ Pagefind |`);
  lines.push('|---|---|---|---|');
  lines.push(`| index build time (wall) | ${indexSeconds === null ? 'not measured' : `${indexSeconds.toFixed(2)} s`} ` +
    `(the build's "search index" stage) | ${pf.wall.toFixed(2)} s (CLI; ${pf.cpu.toFixed(1)} s CPU) | ` +
    `${ratio(indexSeconds, pf.wall)} |`);
  lines.push(`| index build peak memory | part of the build's | ${pf.rssMiB.toFixed(0)} MiB | — |`);
  lines.push(`| index size on disk | ${mb(ours.bytes)} in ${ours.files} files (+ search.js ${kb(ourScript)}) | ` +
    `${mb(theirs.bytes)} in ${theirs.files} files without its UI bundles (${mb(theirsAll.bytes)} in ` +
    `${theirsAll.files} files in all) | ${ratio(ours.bytes, theirs.bytes)} |`);
  for (const { label, query, s, p } of rows) {
    const sb = median(s.map((x) => x.bytes)), pb = median(p.map((x) => x.bytes));
    const sm = median(s.map((x) => x.ms)), pm = median(p.map((x) => x.ms));
    lines.push(`| bytes fetched, ${label} "${query}" | ${kb(sb)} | ${kb(pb)} | ${ratio(sb, pb)} |`);
    lines.push(`| query time, ${label}, cold (median of ${runs}) | ${sm.toFixed(0)} ms | ${pm.toFixed(0)} ms | ${ratio(sm, pm)} |`);
    lines.push(`| results found, ${label} | ${s[0].results} sections | ${p[0].results} pages | — |`);
  }
  if (rows.length) {
    lines.push('');
    lines.push(`On a slow phone (400 kbit/s, 400 ms latency, cold page; median of ${runs}):`);
    lines.push('');
    lines.push('| query | styrdok: first result | styrdok: ten results | Pagefind: first result | ' +
      'Pagefind: ten results | first result, styrdok ÷ Pagefind |');
    lines.push('|---|---|---|---|---|---|');
    for (const { label, query, ss, ps } of rows) {
      const sf = median(ss.map((x) => x.first)), sa = median(ss.map((x) => x.all));
      const pf = median(ps.map((x) => x.first)), pa = median(ps.map((x) => x.all));
      lines.push(`| ${label} "${query}" | ${sf.toFixed(0)} ms | ${sa.toFixed(0)} ms | ${pf.toFixed(0)} ms | ` +
        `${pa.toFixed(0)} ms | ${ratio(sf, pf)} |`);
    }
  }
  console.log(lines.join('\n'));
  // For bench/run's table of targets: "key value" lines.
  const summary = option('--summary', null);
  if (summary) {
    const keys = ['common', 'rare', 'two'];
    const kv = [`index_speedup ${indexSeconds ? (pf.wall / indexSeconds).toFixed(1) : 0}`];
    rows.forEach(({ s, p, ss, ps }, i) => {
      kv.push(`bytes_ratio_${keys[i]} ${(median(s.map((x) => x.bytes)) / median(p.map((x) => x.bytes))).toFixed(2)}`);
      kv.push(`ms_${keys[i]} ${median(s.map((x) => x.ms)).toFixed(0)}`);
      kv.push(`slow_first_${keys[i]} ${median(ss.map((x) => x.first)).toFixed(0)}`);
      kv.push(`slow_first_pagefind_${keys[i]} ${median(ps.map((x) => x.first)).toFixed(0)}`);
    });
    fs.writeFileSync(summary, kv.join('\n') + '\n');
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err.stack || err);
  process.exit(1);
});
