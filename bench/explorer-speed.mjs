// First view interactive of each explorer view, in headless Chromium: the time from navigation to the view's data
// drawn and clickable (the page's performance mark `explorer-ready-<view>`). Each view is opened LOADS times in a
// fresh page; the first load of a view after the server started is reported apart (a cold replica serves it).
//   node bench/explorer-speed.mjs http://localhost:8080 [LOADS]
// Uses playwright-core from src/test/js (npm ci there first) and the system's Chromium (CHROMIUM_PATH).
import { createRequire } from 'node:module';

const require = createRequire(new URL('../src/test/js/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [baseUrl, loadsArg] = process.argv.slice(2);
if (!baseUrl) throw new Error('usage: node bench/explorer-speed.mjs <base URL> [loads]');
const loads = Number(loadsArg ?? 5);

async function gql(query) {
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await response.json()).data;
}

const zuckerberg = (await gql('{ person(name: "Mark Zuckerberg") { id } }')).person.id;
const views = [
  ['start page (network)', '', 'network'],
  ['network around Mark Zuckerberg', `#/network/${encodeURIComponent(zuckerberg)}`, 'network'],
  ['timeline', '#/timeline', 'timeline'],
  ['conflicts', '#/conflicts', 'conflicts'],
  ['metrics', '#/metrics', 'metrics'],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const load = () => process.platform === 'linux'
  ? (require('node:fs').readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')) : '';

console.log(`view\tfirst_ms\tthen_min_ms\tthen_median_ms\tthen_max_ms\tloadavg`);
for (const [name, hash, view] of views) {
  const times = [];
  for (let i = 0; i <= loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(new URL(`/${hash}`, baseUrl).href);
    await page.waitForSelector(`body[data-ready="${view}"]`);
    times.push(await page.evaluate((v) => performance.getEntriesByName(`explorer-ready-${v}`)[0]?.startTime, view));
    await context.close();
  }
  const [first, ...then] = times;
  then.sort((a, b) => a - b);
  const r = (x) => Math.round(x);
  console.log(`${name}\t${r(first)}\t${r(then[0])}\t${r(then[Math.floor(then.length / 2)])}\t${r(then.at(-1))}\t${load()}`);
}
await browser.close();
