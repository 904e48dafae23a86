// Drives GraphiQL in headless Chromium as a person would: a bare visit to /q/graphql-ui, the run button, a scroll
// down the result. It writes what it saw to <outDir>/graphiql-report.json, with two screenshots beside it, for
// GraphiQLInChromiumIT to judge; it fails by itself only when the page never gets that far.
//   node graphiql-in-chromium.mjs http://localhost:8080 ../../../target/e2e
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [baseUrl, outDir] = process.argv.slice(2);
if (!baseUrl || !outDir) {
  throw new Error('usage: node graphiql-in-chromium.mjs <base URL of the API> <output directory>');
}
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Without the background-networking switches Chromium keeps dialling Google's hosts, which a closed network
  // refuses; Playwright gives every launch a fresh, empty profile.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  timeout: 60_000,
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(30_000);
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  await page.goto(new URL('/q/graphql-ui', baseUrl).href);
  const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
  await queryEditor.waitFor();
  // CodeMirror 5 draws only the lines in view, so the editors' full texts come from their CodeMirror instances.
  const editorText = (locator) => locator.evaluate((element) => element.CodeMirror.getValue());
  const editorQuery = await editorText(queryEditor);

  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.result-window .CodeMirror');
  // CodeMirror also draws some lines above and below the view; only those inside it are what a reader sees.
  const visibleResult = () => result.evaluate((element) => {
    const view = element.querySelector('.CodeMirror-scroll').getBoundingClientRect();
    return [...element.querySelectorAll('.CodeMirror-line')]
      .filter((line) => {
        const box = line.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      })
      .map((line) => line.innerText)
      .join('\n');
  });
  await page.waitForFunction(() => /"(data|errors)"/.test(
    document.querySelector('.result-window .CodeMirror-code')?.innerText ?? ''));
  const resultTop = await visibleResult();
  await page.screenshot({ path: join(outDir, 'graphiql-result.png') });

  // Scroll the result with the mouse wheel until the Threads DAU citation is in view, as a reader would.
  await result.hover();
  let resultAtCitation = resultTop;
  for (let step = 0; step < 50 && !resultAtCitation.includes('Sensor Tower'); step++) {
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
    resultAtCitation = await visibleResult();
  }
  await page.screenshot({ path: join(outDir, 'graphiql-citation.png') });

  const report = {
    url: page.url(),
    editorQuery,
    resultTop,
    resultAtCitation,
    result: await editorText(result),
    consoleErrors,
  };
  writeFileSync(join(outDir, 'graphiql-report.json'), JSON.stringify(report, null, 2));
  console.log(`GraphiQL ran the query; report and screenshots in ${outDir}`);
} finally {
  await browser.close();
}
