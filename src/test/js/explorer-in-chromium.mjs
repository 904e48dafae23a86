// Drives the explorer at / in headless Chromium as a reader would: the network around a searched person, a
// connection's citation in its article, a rivalry's timeline and its asOf slider, the conflicts, a product's
// figures, a curator's edit seen live by another reader; axe-core checks each view. It writes what it saw to
// <outDir>/explorer-report.json and screenshots of every view, at desktop and phone width, to <shotDir>, for
// ExplorerInChromiumIT to judge.
//   node explorer-in-chromium.mjs http://localhost:8080 ../../../target/e2e ../../../docs/screenshots
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [baseUrl, outDir, shotDir] = process.argv.slice(2);
if (!baseUrl || !outDir || !shotDir) {
  throw new Error('usage: node explorer-in-chromium.mjs <base URL> <output directory> <screenshot directory>');
}
const curator = { user: 'curator', password: process.env.RIVALRY_CURATOR_PASSWORD };
mkdirSync(outDir, { recursive: true });
mkdirSync(shotDir, { recursive: true });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // As in graphiql-in-chromium.mjs: no background calls to hosts a closed network refuses.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  timeout: 60_000,
});
const report = { consoleErrors: [], offsite: [], axe: {}, screenshots: [] };

async function newPage(viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (m) => m.type() === 'error' && report.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => report.consoleErrors.push(e.message));
  // Offline: every request the page makes must go to the application itself.
  page.on('request', (r) => { if (!r.url().startsWith(baseUrl) && !r.url().startsWith('ws://localhost')) report.offsite.push(r.url()); });
  return page;
}

const ready = (page, view) => page.waitForSelector(`body[data-ready="${view}"]`);

async function open(page, hash, view) {
  await page.goto(new URL(`/${hash}`, baseUrl).href);
  await ready(page, view);
}

/** Opens a view by its hash once the page is loaded (no reload: the live socket stays). */
async function go(page, hash, view) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await ready(page, view);
}

async function axe(page, name) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  report.axe[name] = result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

async function shot(page, name, fullPage = false) {
  const file = `explorer-${name}.png`;
  await page.screenshot({ path: join(shotDir, file), fullPage });
  report.screenshots.push(file);
}

const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.textContent.trim()));

try {
  const page = await newPage({ width: 1440, height: 900 });

  // First view interactive: from navigation to the view's data on screen (the page marks it), on a fresh load.
  const started = Date.now();
  await open(page, '', 'network');
  report.firstViewWallMs = Date.now() - started;
  report.firstViewMs = await page.evaluate(() => performance.getEntriesByName('explorer-ready-network')[0]?.startTime);
  // Then as a returning reader sees it (the server warm, the browser's cache as a reload leaves it).
  report.firstViewWarmMs = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await ready(page, 'network');
    report.firstViewWarmMs.push(await page.evaluate(() => performance.getEntriesByName('explorer-ready-network')[0]?.startTime));
  }

  // Network around a searched person.
  await page.getByLabel('Find a person, company or product').fill('Mark Zuckerberg');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Mark Zuckerberg', exact: true }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/network/'));
  await ready(page, 'network');
  const connections = page.getByRole('list', { name: 'Connections in view' }).getByRole('button');
  await connections.filter({ hasText: 'Meta Platforms → Threads' }).first().waitFor();
  report.network = {
    card: (await page.locator('.card h3').textContent()).trim(),
    connections: await texts(connections),
    nodes: await texts(page.getByRole('list', { name: 'Nodes in view' }).getByRole('button')),
  };
  await shot(page, 'network-desktop');
  await axe(page, 'network');

  // Expand Threads (a click on it), then the DAU connection: its citation, highlighted in the article.
  await page.getByRole('list', { name: 'Nodes in view' }).getByRole('button', { name: 'Threads', exact: true }).click();
  const dau = connections.filter({ hasText: /^Threads → DAU / });
  await dau.first().waitFor();
  report.network.threadsConnections = (await texts(connections)).filter((t) => t.startsWith('Threads → '));
  await dau.first().click();
  const mark = page.locator('#citations .citation mark').first();
  await mark.waitFor();
  report.citation = {
    heading: (await page.locator('#citations h3').textContent()).trim(),
    excerpt: (await page.locator('#citations blockquote').first().textContent()).trim(),
    source: (await page.locator('#citations figcaption').first().textContent()).trim(),
    highlighted: (await mark.textContent()).trim(),
    highlightVisible: await mark.evaluate((m) => {
      const box = m.getBoundingClientRect();
      const pane = m.closest('.article').getBoundingClientRect();
      return box.top >= pane.top && box.top < pane.bottom;
    }),
  };
  await shot(page, 'citation-desktop', true);
  await axe(page, 'citation');

  // Keyboard: the nodes and connections are buttons, reachable with Tab.
  report.keyboard = await page.evaluate(() => [...document.querySelectorAll('.links button, .results button')]
    .every((b) => b.tabIndex >= 0));

  // Timeline of a rivalry, picked by its title; then the asOf slider replays an earlier day.
  await go(page, '#/timeline', 'timeline');
  await page.getByLabel('Rivalry').selectOption({ label: 'Musk vs Zuckerberg' });
  await page.waitForFunction(() => document.querySelector('.tl h3, .tl-round') && document.body.dataset.ready === 'timeline'
    && document.querySelector('#rivalry').selectedOptions[0]?.text === 'Musk vs Zuckerberg'
    && document.querySelector('main > div h3')?.textContent === 'Musk vs Zuckerberg');
  const rounds = () => page.locator('.tl-round').evaluateAll((els) => els.map((e) => ({
    order: Number(e.dataset.order), start: e.dataset.start, title: e.querySelector('h3').textContent.trim(),
    items: [...e.querySelectorAll('.tl-item')].map((i) => ({ text: i.textContent.trim(),
      span: i.querySelector('.tl-mark').classList.contains('span') })) })));
  report.timeline = { rounds: await rounds() };
  await shot(page, 'timeline-desktop');
  await axe(page, 'timeline');
  await page.locator('#asof').evaluate((slider) => {
    slider.value = String(Math.floor(Date.parse('2023-08-01T00:00:00Z') / 86_400_000));
    slider.dispatchEvent(new Event('change'));
  });
  await page.waitForSelector('text=As a reader could have known it on 2023-08-01');
  report.timeline.asOf = { date: '2023-08-01', rounds: await rounds() };

  // Conflicts: each disagreement side by side, with its sources.
  await go(page, '#/conflicts', 'conflicts');
  const shazeer = page.locator('li.conflict').filter({ hasText: 'Noam Sherzier' }).first();
  await shazeer.waitFor();
  const conflictOf = (locator) => locator.evaluate((c) => ({
    heading: c.querySelector('h3').textContent.trim(),
    values: [...c.querySelectorAll('.value')].map((v) => ({ value: v.querySelector('strong').textContent,
      ranks: [...v.querySelectorAll('.badge')].map((b) => b.textContent),
      sources: [...v.querySelectorAll('cite')].map((s) => s.textContent) })),
  }));
  report.conflict = await conflictOf(shazeer);
  await shot(page, 'conflicts-desktop');
  await axe(page, 'conflicts');

  // Metrics: Threads' figures by kind and region, then DAU compared with X.
  await go(page, '#/metrics', 'metrics');
  await page.getByLabel('Find a product').fill('Threads');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: 'Threads', exact: true }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/metrics/'));
  await ready(page, 'metrics');
  await page.locator('svg.chart').first().waitFor();
  report.metrics = { charts: await page.locator('svg.chart').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))) };
  await page.getByLabel('Compare', { exact: true }).selectOption('DAU');
  await page.getByLabel('with', { exact: true }).selectOption({ label: 'X' });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.locator('[aria-live] table').waitFor();
  report.metrics.comparison = (await page.locator('#cmp-title ~ div').textContent()).trim();
  await shot(page, 'metrics-desktop', true);
  await axe(page, 'metrics');

  // Phone width: every view again.
  const phone = await newPage({ width: 390, height: 844 });
  for (const [hash, view] of [['', 'network'], ['#/timeline', 'timeline'], ['#/conflicts', 'conflicts'],
    [page.url().slice(page.url().indexOf('#')), 'metrics']]) {
    await open(phone, hash, view);
    await shot(phone, `${view}-phone`);
    await axe(phone, `${view}-phone`);
  }
  report.phoneOverflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  // Live: a reader watches the conflicts while a curator, in another browser, deprecates the misspelling.
  if (curator.password) {
    const reader = await newPage({ width: 1440, height: 900 });
    await open(reader, '#/conflicts', 'conflicts');
    await reader.waitForSelector('body[data-live="on"]');
    // The value's own box: the other value's excerpts quote the misspelling too.
    const valueBox = (page) => page.locator('li.conflict').filter({ hasText: 'Noam Sherzier' }).first()
      .locator('.value').filter({ has: page.locator('strong', { hasText: /^Noam Sherzier$/ }) });
    const watched = valueBox(reader);
    const before = await texts(watched.locator('.badge'));
    const editor = await newPage({ width: 1440, height: 900 });
    await open(editor, '#/conflicts', 'conflicts');
    await editor.getByRole('button', { name: 'Curator sign-in' }).click();
    await editor.getByLabel('User').fill(curator.user);
    await editor.getByLabel('Password').fill(curator.password);
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await ready(editor, 'conflicts');
    const value = valueBox(editor);
    await value.getByLabel('Reason').fill('misspelling of Noam Shazeer');
    await value.getByRole('button', { name: 'Deprecate "Noam Sherzier"' }).click();
    await value.locator('.badge', { hasText: 'deprecated' }).first().waitFor();
    await shot(editor, 'conflicts-curator-desktop');
    await watched.locator('.badge', { hasText: 'deprecated' }).first().waitFor({ timeout: 15_000 }).catch(() => {});
    report.live = { before, after: await texts(watched.locator('.badge')),
      announced: (await reader.locator('#live').textContent()).trim() };
  }
  writeFileSync(join(outDir, 'explorer-report.json'), JSON.stringify(report, null, 2));
  console.log(`explorer driven; report in ${outDir}, screenshots in ${shotDir}`);
} finally {
  await browser.close();
}
