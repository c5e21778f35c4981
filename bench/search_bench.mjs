#!/usr/bin/env node
// styrdok's search index against Pagefind's, on the same synthetic site.
//
//   (cd bench && npm ci)
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release
//   ninja -C build-release styrdok corpus_generator search_index_bench
//   node bench/search_bench.mjs build-release [DOCUMENTS=1000]
//
// 1. corpus_generator writes DOCUMENTS documents (1-3 versions each);
// 2. `styrdok build` builds the site, search_index_bench times the index alone;
// 3. Pagefind indexes the same versions' pages (the <main> of each version
//    page: the text styrdok indexes) in the same output;
// 4. Debian's nginx serves the output (gzip on, as a static host would); in
//    headless Chromium, with a cold cache each time, a 1-word and a 2-word
//    query are run through each tool's own script up to the first 10 results
//    with their text, counting the bytes nginx sent for the search's own files
//    (its access log: pages and web workers alike) and timing it in the page.
//    Pagefind needs WebAssembly ('wasm-unsafe-eval'), so this server sends no
//    Content-Security-Policy.
// Prints a Markdown table for bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
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

const QUERIES = ['praktikplatser', 'nyanlända praktikplatser'];
const RUNS = 5;

const build = path.resolve(process.argv[2] || 'build-release');
const documents = Number(process.argv[3] || 1000);
const bin = (name) => {
  for (const p of [path.join(build, name), path.join(build, 'bench', name)]) if (fs.existsSync(p)) return p;
  throw new Error(`${name} not found in ${build}`);
};

function timed(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], ...options });
  return Number(process.hrtime.bigint() - start) / 1e6;
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
  const t0 = performance.now();
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
  return { ms, results: m ? Number(m[1]) : items.length, first: items[0]?.querySelector('a')?.getAttribute('href') };
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

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'styrdok-search-bench-'));
  const site = path.join(work, 'site');
  const out = path.join(site, 'public');
  console.error(execFileSync(bin('corpus_generator'), [String(documents), site]).toString().trim());
  fs.cpSync(path.join(repo, 'themes'), path.join(site, 'themes'), { recursive: true });

  const buildMs = timed(bin('styrdok'), ['build', '--quiet', '--jobs', '2', '--source', site, '--out', out]);
  const indexLine = execFileSync(bin('search_index_bench'), [site]).toString().trim();
  const indexMs = Number(/median (\d+) ms/.exec(indexLine)[1]);
  const pagefindBin = path.join(here, 'node_modules', '.bin', 'pagefind');
  const pagefindMs = timed(pagefindBin, ['--site', out, '--root-selector', 'main', '--glob', '*/*/[0-9]*/index.html']);
  const pfVersion = JSON.parse(fs.readFileSync(path.join(here, 'node_modules/pagefind/package.json'), 'utf8')).version;
  fs.writeFileSync(path.join(out, 'pagefind-bench.html'),
    '<!DOCTYPE html><html lang="sv"><meta charset="utf-8"><title>Pagefind</title><p>Pagefind</p></html>\n');

  const ours = sizeOf(path.join(out, 'sok', 'index'));
  const ourScript = fs.statSync(path.join(out, 'assets', 'search.js')).size;
  const theirsAll = sizeOf(path.join(out, 'pagefind'));
  const ui = /pagefind-(component-ui|modular-ui|ui|highlight)\./;
  const theirs = sizeOf(path.join(out, 'pagefind'), (p) => !ui.test(path.basename(p)));

  const server = await startNginx(out, { csp: false, accessLog: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const rows = [];
  try {
    for (const q of QUERIES) {
      const s = [], p = [];
      for (let i = 0; i < RUNS; i++) {
        s.push(await measure(browser, server, server.url + 'sok/index.html', /\/sok\/index\/|\/assets\/search\.js/, styrdokSearch, q));
        p.push(await measure(browser, server, server.url + 'pagefind-bench.html', /\/pagefind\//, pagefindSearch, q));
      }
      rows.push({ q, s, p });
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const mb = (b) => `${(b / 1048576).toFixed(2)} MiB`;
  const lines = [];
  lines.push(`Synthetic site: ${documents} documents (corpus_generator ${documents}), \`styrdok build\` of the whole site: ${(buildMs / 1000).toFixed(1)} s.`);
  lines.push('');
  lines.push(`| | styrdok | Pagefind ${pfVersion} |`);
  lines.push('|---|---|---|');
  lines.push(`| index build time | ${indexMs} ms (search_index_bench, median of 3) | ${(pagefindMs / 1000).toFixed(2)} s (CLI, wall clock) |`);
  lines.push(`| index size on disk | ${mb(ours.bytes)} in ${ours.files} files (+ search.js ${kb(ourScript)}) | ${mb(theirs.bytes)} in ${theirs.files} files without its UI bundles (${mb(theirsAll.bytes)} in ${theirsAll.files} files in all) |`);
  for (const { q, s, p } of rows) {
    const words = q.split(' ').length;
    lines.push(`| bytes fetched, ${words}-word query "${q}" | ${kb(median(s.map((x) => x.bytes)))} | ${kb(median(p.map((x) => x.bytes)))} |`);
    lines.push(`| query time, ${words}-word, cold cache (median of ${RUNS}) | ${median(s.map((x) => x.ms)).toFixed(0)} ms | ${median(p.map((x) => x.ms)).toFixed(0)} ms |`);
    lines.push(`| results found, ${words}-word | ${s[0].results} sections | ${p[0].results} pages |`);
  }
  console.log(lines.join('\n'));
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err.stack || err);
  process.exit(1);
});
