import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
const [dir, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const q of queries) {
  await page.goto(pathToFileURL(dir + '/sok/index.html').href + '?q=' + q.split('&').map((x, i) => i ? x : encodeURIComponent(x)).join('&'));
  await page.waitForFunction(() => /träff|result|Inga|No /i.test(document.getElementById('search-announcement')?.textContent || ''), null, { timeout: 10000 }).catch(() => {});
  const r = await page.evaluate(() => ({
    a: document.getElementById('search-announcement').textContent.trim(),
    top: [...document.querySelectorAll('#search-results > li')].slice(0, 3).map((li) => li.querySelector('a').getAttribute('href').replace(/^.*?\/public\//, '') + ' | ' + li.textContent.replace(/\s+/g, ' ').slice(0, 90)),
  }));
  console.log(`== ${q}: ${r.a}`); for (const t of r.top) console.log('   ', t);
}
await browser.close();
