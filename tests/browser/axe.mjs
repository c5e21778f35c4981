#!/usr/bin/env node
// Accessibility and runtime check of a generated site in real Chromium.
//
//   node tests/browser/axe.mjs DIR [--base /sub/path/] [--jobs N]
//
// Serves DIR on 127.0.0.1 (free port), mounted under --base (default "/"),
// with `Content-Security-Policy: default-src 'self'` on every response, then
// opens every *.html page in Debian's Chromium (playwright-core) and
//   - runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and its
//     best-practice rules;
//   - checks reflow (WCAG 1.4.10): at 320 CSS px wide the page must not
//     scroll sideways (wide tables and charts scroll inside their own region);
//   - records console errors, uncaught page errors and CSP violations;
//   - records same-origin requests that fail or answer with status >= 400;
//   - checks every same-origin <a href> / <area href> target: the URL must
//     answer < 400 and a #fragment pointing into a checked page must exist.
// Exit 1 if anything failed, 2 on usage/setup problems. Last line:
//   axe: N pages, V violations, E errors
// (V counts (page, rule) pairs; E counts every other problem.)

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const require = createRequire(import.meta.url);

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const REFLOW_WIDTH = 320;
const CSP = "default-src 'self'";
const NAV_TIMEOUT_MS = 20000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

function usage(msg) {
  if (msg) console.error(`axe: ${msg}`);
  console.error('usage: node tests/browser/axe.mjs DIR [--base /sub/path/] [--jobs N]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { dir: null, base: '/', jobs: 3 };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let val = null;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { val = a.slice(eq + 1); a = a.slice(0, eq); }
    const next = () => {
      if (val !== null) return val;
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--base') opts.base = next();
    else if (a === '--jobs') opts.jobs = Number(next());
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (opts.dir === null) opts.dir = a;
    else usage('only one DIR');
  }
  if (!opts.dir) usage();
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage('--jobs must be a positive integer');
  let b = opts.base.trim();
  if (!b.startsWith('/')) b = '/' + b;
  if (!b.endsWith('/')) b += '/';
  opts.base = b.replace(/\/{2,}/g, '/');
  opts.dir = path.resolve(opts.dir);
  return opts;
}

async function listHtml(root) {
  const out = [];
  async function walk(d) {
    for (const e of await fsp.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && e.name.endsWith('.html')) out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  }
  await walk(root);
  return out.sort();
}

// URL path (under base) at which a file is visited: "a/index.html" -> "a/".
function pagePath(rel) {
  if (rel === 'index.html') return '';
  if (rel.endsWith('/index.html')) return rel.slice(0, -'index.html'.length);
  return rel;
}

function encodePath(rel) {
  return rel.split('/').map(encodeURIComponent).join('/');
}

// serverErrors: absolute URL -> status, for every answer >= 400.
function startServer(root, base, serverErrors) {
  const server = http.createServer(async (req, res) => {
    const send = (status, headers, body) => {
      if (status >= 400) serverErrors.set(`http://${req.headers.host}${req.url}`, status);
      res.writeHead(status, {
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = async () => {
      // Like a static host: serve DIR/404.html (if any) with status 404.
      try {
        const body = await fsp.readFile(path.join(root, '404.html'));
        send(404, { 'Content-Type': TYPES['.html'] }, body);
      } catch {
        send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'not found\n');
      }
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'method not allowed\n');
      }
      const url = new URL(req.url, 'http://localhost');
      let pathname;
      try { pathname = decodeURIComponent(url.pathname); } catch { return send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'bad request\n'); }
      if (pathname + '/' === base) {
        return send(301, { Location: base + url.search }, '');
      }
      if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound();
      const rel = pathname.slice(base.length);
      let file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
      if (file !== root && !file.startsWith(root + path.sep)) return notFound();
      let st;
      try { st = await fsp.stat(file); } catch { return notFound(); }
      if (st.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          return send(301, { Location: url.pathname + '/' + url.search }, '');
        }
        file = path.join(file, 'index.html');
        try { st = await fsp.stat(file); } catch { return notFound(); }
      }
      if (!st.isFile()) return notFound();
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      send(200, { 'Content-Type': type, 'Content-Length': st.size }, await fsp.readFile(file));
    } catch (err) {
      send(500, { 'Content-Type': 'text/plain; charset=utf-8' }, `server error: ${err.message}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// Runs in the page before any of its scripts; collects CSP violation events
// (report-uri/report-to need a network endpoint, the DOM event does not).
function cspRecorder() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}` +
      (e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '') +
      (e.sample ? ` sample: ${e.sample}` : ''));
  });
}

async function runAxe(page, axeSource) {
  // page.evaluate goes through the DevTools protocol (Runtime.evaluate),
  // which CSP does not govern: no bypassCSP, the page keeps its real CSP.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
      // No CSSOM preload: it re-fetches stylesheets by XHR and parses them
      // via injected <style> elements, which CSP blocks (noise), and it only
      // feeds rules outside the WCAG A/AA tags run here.
      preload: false,
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ')),
    }));
  }, AXE_TAGS);
  const info = await page.evaluate(() => ({
    csp: window.__cspViolations || [],
    links: [...document.querySelectorAll('a[href], area[href]')].map((a) => a.href),
    ids: [...document.querySelectorAll('[id]')].map((e) => e.id)
      .concat([...document.querySelectorAll('a[name]')].map((e) => e.name)),
  }));
  return { violations: result, ...info };
}

async function checkPage(context, axeSource, url, origin, serverErrors) {
  const consoleErrors = [];
  const otherErrors = [];
  const failed = new Map(); // same-origin URL -> message (one per URL)
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    consoleErrors.push({ text: msg.text(), where: loc && loc.url ? ` (${loc.url}:${loc.lineNumber + 1})` : '' });
  });
  page.on('pageerror', (err) => otherErrors.push(`uncaught exception: ${err.message}`));
  const fail = (req, how) => {
    const u = req.url();
    if (!failed.has(u)) failed.set(u, `${how} for ${req.resourceType()} ${u}`);
  };
  page.on('response', (resp) => {
    if (resp.status() >= 400 && resp.url().startsWith(origin + '/')) fail(resp.request(), `HTTP ${resp.status()}`);
  });
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText || 'failed';
    // CSP blocks surface as securitypolicyviolation events instead.
    if (reason === 'net::ERR_BLOCKED_BY_CSP') return;
    // A stylesheet answered 404 text/plain + nosniff is aborted before
    // Playwright sees a response: ask our server what it answered.
    const code = serverErrors.get(req.url());
    fail(req, code ? `HTTP ${code}` : `request failed (${reason})`);
  });

  let violations = [];
  let cspEvents = 0;
  let links = [];
  let ids = [];
  try {
    const resp = await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    if (!resp) otherErrors.push('no response for page');
    // A page that navigates away by itself (e.g. a <meta http-equiv=refresh>
    // redirect page) destroys the context under us: check where it landed.
    // axe may also have been injected into the page that left and be missing
    // from the one it went to.
    let info;
    for (let attempt = 1; ; attempt++) {
      try {
        info = await runAxe(page, axeSource);
        break;
      } catch (err) {
        if (attempt >= 3 || !/context was destroyed|navigat|axe is not defined/i.test(err.message)) throw err;
        await page.waitForLoadState('load', { timeout: NAV_TIMEOUT_MS });
      }
    }
    violations = info.violations;
    // Reflow: the same page at 320 px must fit without sideways scrolling.
    await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
    const wide = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
      const width = document.documentElement.scrollWidth;
      // The widest element that is not inside a scrolling region, to say what to fix.
      let culprit = '';
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right <= window.innerWidth + 0.5) continue;
        let scroller = el.parentElement;
        while (scroller && getComputedStyle(scroller).overflowX === 'visible') scroller = scroller.parentElement;
        if (scroller && scroller !== document.body && scroller !== document.documentElement) continue;
        culprit = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
        break;
      }
      resolve({ width, culprit });
    })));
    if (wide.width > REFLOW_WIDTH) {
      otherErrors.push(`reflow: ${wide.width} px wide at ${REFLOW_WIDTH} px (WCAG 1.4.10)${wide.culprit ? `, first at ${wide.culprit}` : ''}`);
    }
    for (const c of info.csp) otherErrors.push(`CSP violation: ${c}`);
    cspEvents = info.csp.length;
    links = info.links;
    ids = info.ids;
  } catch (err) {
    otherErrors.push(`page check failed: ${err.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  const errors = [...failed.values()];
  for (const { text, where } of consoleErrors) {
    // Already reported, more precisely, through the request listeners above
    // or the securitypolicyviolation event.
    if (/^Failed to load resource: the server responded with a status of/.test(text)) continue;
    // (Kept if the event saw nothing, e.g. a violation in a worker.)
    if (/Content Security Policy/.test(text) && cspEvents > 0) continue;
    const m = /^Refused to (?:apply style|execute script) from '([^']+)' because its MIME type/.exec(text);
    if (m && failed.has(m[1])) continue;
    errors.push(`console error: ${text}${where}`);
  }
  errors.push(...otherErrors);
  return { url, violations, errors, links, ids };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(opts.dir) || !fs.statSync(opts.dir).isDirectory()) usage(`not a directory: ${opts.dir}`);

  let chromium, axeSource;
  try {
    ({ chromium } = require('playwright-core'));
    axeSource = fs.readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');
  } catch (err) {
    console.error(`axe: ${err.message.split('\n')[0]}`);
    console.error('axe: run scripts/install-deps.sh --test (or: cd tests/browser && npm ci)');
    process.exit(2);
  }
  if (!fs.existsSync(CHROMIUM)) usage(`Chromium not found at ${CHROMIUM}; run scripts/install-deps.sh --test`);

  const files = await listHtml(opts.dir);
  if (files.length === 0) usage(`no *.html files under ${opts.dir}`);

  const serverErrors = new Map();
  const server = await startServer(opts.dir, opts.base, serverErrors);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const rootUrl = origin + opts.base;
  const urls = files.map((f) => rootUrl + encodePath(pagePath(f)));

  let browser;
  const results = new Array(urls.length);
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(cspRecorder);
    let next = 0;
    const worker = async () => {
      while (next < urls.length) {
        const i = next++;
        results[i] = await checkPage(context, axeSource, urls[i], origin, serverErrors);
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.jobs, urls.length) }, worker));
    await context.close();
  } catch (err) {
    console.error(`axe: browser failed: ${err.message}`);
    await browser?.close().catch(() => {});
    server.close();
    process.exit(2);
  }
  await browser.close();

  // Link targets: every same-origin href (without #fragment) must resolve,
  // and a fragment into a checked page must name an existing id.
  const idsByUrl = new Map(results.map((r) => [r.url, new Set(r.ids)]));
  const status = new Map();
  const linkErrors = new Map(results.map((r) => [r.url, []]));
  const wanted = new Set();
  for (const r of results) {
    for (const href of r.links) {
      if (href.startsWith(origin + '/')) wanted.add(href.split('#')[0]);
    }
  }
  for (const u of wanted) {
    try {
      const resp = await fetch(u, { method: 'GET', redirect: 'follow' });
      await resp.arrayBuffer();
      status.set(u, { code: resp.status, final: resp.url.split('#')[0] });
    } catch (err) {
      status.set(u, { code: 0, final: u, err: err.message });
    }
  }
  for (const r of results) {
    const seen = new Set();
    for (const href of r.links) {
      if (!href.startsWith(origin + '/') || seen.has(href)) continue;
      seen.add(href);
      const [target, ...frag] = href.split('#');
      const s = status.get(target);
      if (!s || s.code >= 400 || s.code === 0) {
        linkErrors.get(r.url).push(`broken link: ${href} (${s?.err || `HTTP ${s?.code}`})`);
        continue;
      }
      const fragment = frag.join('#');
      if (!fragment || fragment.startsWith(':~:')) continue;
      let id;
      try { id = decodeURIComponent(fragment); } catch { id = fragment; }
      if (id === 'top') continue; // HTML: "#top" always scrolls to the top.
      const ids = idsByUrl.get(s.final) || idsByUrl.get(target);
      if (ids && !ids.has(id)) linkErrors.get(r.url).push(`broken fragment: ${href} (no id "${id}" there)`);
    }
  }
  server.close();

  let nViolations = 0;
  let nErrors = 0;
  const rel = (u) => (u.startsWith(origin) ? u.slice(origin.length) : u);
  for (const r of results) {
    const errs = r.errors.concat(linkErrors.get(r.url));
    if (r.violations.length === 0 && errs.length === 0) continue;
    console.log(`${rel(r.url)}`);
    for (const v of r.violations) {
      nViolations++;
      console.log(`  [${v.impact || 'n/a'}] ${v.id}: ${v.help}`);
      console.log(`    ${v.helpUrl}`);
      for (const t of v.targets) console.log(`    -> ${t}`);
    }
    for (const e of errs) {
      nErrors++;
      console.log(`  error: ${rel(e.replaceAll(origin, ''))}`);
    }
  }
  console.log(`axe: ${results.length} pages, ${nViolations} violations, ${nErrors} errors`);
  process.exit(nViolations + nErrors > 0 ? 1 : 0);
}

main().catch((err) => {
  console.error(`axe: ${err.stack || err}`);
  process.exit(2);
});
