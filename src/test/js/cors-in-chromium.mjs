// CORS as a browser enforces it: headless Chromium opens two pages served from other origins than the API's, one
// that the API allows (RIVALRY_CORS_ORIGINS) and one it does not, and each calls the API with fetch, by POST (a
// preflighted request: JSON) and by GET. Prints what each page saw as JSON on the last line; fails by itself only
// when the browser cannot run.
//   node cors-in-chromium.mjs http://localhost:8080 <port of the allowed page>
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';

const [apiBase, allowedPort] = process.argv.slice(2);
if (!apiBase || !allowedPort) {
  throw new Error('usage: node cors-in-chromium.mjs <base URL of the API> <port of the allowed page>');
}

/** Serves one empty page on 127.0.0.1: a different origin from the API's localhost, whatever the port. */
function servePage(port) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>another origin</title>');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: the API's answer, or the error the browser gave instead. */
async function callApi(api) {
  const query = '{ person(name: "Sam Altman") { name } }';
  const outcome = async (request) => {
    try {
      const response = await request;
      return { status: response.status, body: await response.json() };
    } catch (error) {
      return { blocked: `${error.name}: ${error.message}` };
    }
  };
  return {
    post: await outcome(fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    })),
    get: await outcome(fetch(`${api}/graphql?query=${encodeURIComponent(query)}`)),
  };
}

const allowed = await servePage(Number(allowedPort));
const other = await servePage(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  timeout: 60_000,
});
const seen = {};
try {
  for (const [name, server] of [['allowed', allowed], ['other', other]]) {
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${server.address().port}`;
    await page.goto(`${origin}/`);
    seen[name] = { origin, ...await page.evaluate(callApi, apiBase) };
    await page.close();
  }
} finally {
  await browser.close();
  allowed.close();
  other.close();
}
console.log(JSON.stringify(seen));
