import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';
const [url, out, width] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width || 390), height: 900 } });
await page.goto(url);
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
