// Where Debian's Chromium is and the flags every browser check starts it
// with (without them it hangs trying to reach Google services on a closed
// network). Shared by axe.mjs, search.mjs and bench/search_bench.mjs.
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
