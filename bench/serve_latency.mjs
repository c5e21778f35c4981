#!/usr/bin/env node
// Time from saving a file to `styrdok serve` serving the rebuilt page.
//
//   node bench/serve_latency.mjs [--site DIR] [--styrdok BIN] [--runs N] [--pause MS]
//
// Copies the site (default: the repository's example site) to a temporary
// folder, starts `styrdok serve` on a free port, then N times: appends a
// paragraph with a fresh marker to one version file, waits for the reload
// event (Server-Sent Events, what an open browser tab waits for) and fetches
// the version's page until it holds the marker. Prints the median, 90th
// percentile and extremes of both moments, serve's own rebuild times and
// the median of each of its stages (`serve --timings`).
//
// --pause is the time between one save's page and the next save (default
// 100 ms). After each save serve rebuilds the search index in the
// background, at a lower priority; a pause longer than that (about 7 s of
// processor time at 10,000 documents) measures a save on an idle machine,
// a short one a save while the index of the last is still being made.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import http from 'node:http';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const usage = 'usage: node bench/serve_latency.mjs [--site DIR] [--styrdok BIN] [--runs N] [--pause MS]';
for (let i = 0; i < args.length; i += 2) {
  if (!['--site', '--styrdok', '--runs', '--pause'].includes(args[i]) || i + 1 >= args.length) {
    if (args[i] === '--help') {
      console.log(usage);
      process.exit(0);
    }
    console.error(`serve_latency.mjs: unknown option or missing value: ${args[i]}\n${usage}`);
    process.exit(2);
  }
}
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const site = resolve(option('--site', repo));
const styrdok = resolve(option('--styrdok', join(repo, 'build/styrdok')));
const runs = Number(option('--runs', '20'));
const pause = Number(option('--pause', '100'));

const work = mkdtempSync(join(tmpdir(), 'styrdok-serve-bench-'));
for (const part of ['site.yaml', 'content', 'templates']) {  // the theme is built into styrdok
  if (existsSync(join(site, part))) cpSync(join(site, part), join(work, part), { recursive: true });
}

// The first version file, in name order, and its page.
function firstVersion(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const found = firstVersion(path);
      if (found) return found;
    } else if (name.endsWith('.md')) {
      return path;
    }
  }
  return null;
}
const file = firstVersion(join(work, 'content'));
const [org, doc, stem] = file.slice(join(work, 'content').length + 1).replace(/\.md$/, '').split('/');
const page = `/${org}/${doc}/${stem}/`;
const original = readFileSync(file, 'utf8');

const server = spawn(styrdok, ['serve', '--timings', '--port', '0', '--source', work],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STYRDOK_LANG: 'en' } });
let log = '';
const rebuilds = [];
const cpu = [];
server.stdout.on('data', (d) => {
  log += d;
  for (const m of String(d).matchAll(/Rebuilt \d+ pages in (\d+) ms, (\d+) ms CPU/g)) {
    rebuilds.push(Number(m[1]));
    cpu.push(Number(m[2]));
  }
});
let stderrLog = '';
server.stderr.on('data', (d) => { log += d; stderrLog += d; });
const base = await new Promise((ok, fail) => {
  const timer = setTimeout(() => fail(new Error('serve did not start:\n' + log)), 600000);
  server.stdout.on('data', () => {
    const m = log.match(/Serving the site at (http:\/\/\S+)/);
    if (m) { clearTimeout(timer); ok(m[1].replace(/\/$/, '')); }
  });
});
const firstBuild = log.match(/Built (\d+) pages in (\d+) ms/);
if (!firstBuild) {
  console.error('the first build failed:\n' + log);
  server.kill('SIGINT');
  process.exit(1);
}

const get = (path) => new Promise((ok, fail) => {
  http.get(base + path, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => ok(body));
  }).on('error', fail);
});

// Reload events, as a browser tab receives them.
let generation = 0;
let waiting = null;
http.get(base + '/__styrdok/events', (res) => {
  let buffer = '';
  res.on('data', (d) => {
    buffer += d;
    for (const m of buffer.matchAll(/data: (\d+)\n\n/g)) generation = Number(m[1]);
    buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    if (waiting && generation > waiting.after) { waiting.resolve(performance.now()); waiting = null; }
  });
});
while (generation === 0) await new Promise((r) => setTimeout(r, 10));
const nextEvent = (after) => new Promise((resolve) => { waiting = { after, resolve }; });

const toEvent = [];
const toPage = [];
for (let i = 0; i < runs; i++) {
  const marker = `bench-marker-${i}-${Date.now()}`;
  const seen = nextEvent(generation);
  const start = performance.now();
  writeFileSync(file, original + `\n\nÄndring ${marker}.\n`);
  const event = await seen;
  let body = await get(page);
  while (!body.includes(marker)) {
    if (body.includes('styrdok-serve-errors')) {
      console.error('the rebuild failed:\n' + log);
      server.kill('SIGINT');
      process.exit(1);
    }
    body = await get(page);
  }
  toEvent.push(event - start);
  toPage.push(performance.now() - start);
  await new Promise((r) => setTimeout(r, pause));
}
writeFileSync(file, original);
server.kill('SIGINT');
await new Promise((r) => server.on('exit', r));
rmSync(work, { recursive: true, force: true });

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, min ${s[0].toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
};
console.log(`site: ${site} (${firstBuild ? firstBuild[1] : '?'} pages, first build ${firstBuild ? firstBuild[2] : '?'} ms)`);
console.log(`edited: ${file.slice(work.length + 1)}, page ${page}, ${runs} saves, ${pause} ms apart`);
console.log(`save -> reload event: ${stats(toEvent)}`);
console.log(`save -> new page served: ${stats(toPage)}`);
console.log(`serve's rebuild: ${stats(rebuilds)}`);
console.log(`serve's rebuild, processor time of all threads: ${stats(cpu)}`);
// --timings: after each build a "Time per stage:" block on standard error,
// one "  <stage>   <seconds> s" line per stage; the first is the first build.
const stageTimes = new Map();  // stage -> milliseconds, one per rebuild
for (const block of stderrLog.split('Time per stage:\n').slice(2)) {
  for (const line of block.split('\n')) {
    const m = line.match(/^  (.+?)\s+([0-9.]+) s$/);
    if (!m) break;
    if (!stageTimes.has(m[1])) stageTimes.set(m[1], []);
    stageTimes.get(m[1]).push(Number(m[2]) * 1000);
  }
}
for (const [stage, ms] of stageTimes) console.log(`serve's stage "${stage}": ${stats(ms)}`);
process.exit(0);
