// Starts Debian's nginx on a free port, serving a directory under a
// sub-path with the configuration in nginx.conf.in. Used by the browser
// tests and by bench/search_bench.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const ok = await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => { c.end(); resolve(true); });
      c.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('nginx did not start listening');
}

// Returns { url, stop(), accessLog }; url ends with the sub-path, e.g.
// "http://127.0.0.1:40123/styrdokument/". { csp: false } leaves out the
// Content-Security-Policy header (for benchmarking tools that need more);
// { accessLog: true } logs "URI bytes-sent" per request to the file named
// by accessLog.
export async function startNginx(site, { csp = true, accessLog = false } = {}) {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}; run scripts/install-deps.sh --test`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'styrdok-nginx-'));
  const port = await freePort();
  let conf = fs.readFileSync(path.join(here, 'nginx.conf.in'), 'utf8')
    .replaceAll('@PORT@', String(port))
    .replaceAll('@SITE@', path.resolve(site))
    .replaceAll('@TMP@', tmp)
    .replaceAll('@USER@', os.userInfo().username);
  if (!csp) conf = conf.replace(/^\s*add_header Content-Security-Policy.*$/m, '');
  const log = path.join(tmp, 'access.log');
  if (accessLog) conf = conf.replace('access_log off;', `access_log ${log} bytes;`);
  fs.writeFileSync(path.join(tmp, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-e', path.join(tmp, 'error.log'), '-p', tmp, '-c', path.join(tmp, 'nginx.conf')],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForPort(port, child);
  } catch (err) {
    child.kill();
    const log = fs.existsSync(path.join(tmp, 'error.log')) ? fs.readFileSync(path.join(tmp, 'error.log'), 'utf8') : '';
    throw new Error(`${err.message}\n${log}`);
  }
  return {
    url: `http://127.0.0.1:${port}/styrdokument/`,
    accessLog: accessLog ? log : null,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => { fs.rmSync(tmp, { recursive: true, force: true }); resolve(); });
      child.kill('SIGQUIT');
    }),
  };
}
