// The client ecosystem's conventions against a running API (RIVALRY_BASE_URL, e.g. http://localhost:8080):
// the SDL loads in graphql-js and graphql-codegen, the graphql-http audit passes, Apollo Client and urql use
// automatic persisted queries, and Apollo's cache keeps interface-fragment data given the served possibleTypes.
//   RIVALRY_BASE_URL=http://localhost:8080 node --test http-conventions.test.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSchema, print } from 'graphql';
import { auditServer } from 'graphql-http';
import { generate } from '@graphql-codegen/cli';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';

const base = process.env.RIVALRY_BASE_URL;
assert.ok(base, 'set RIVALRY_BASE_URL to the API, e.g. http://localhost:8080');
const url = new URL('/graphql', base).href;
const work = mkdtempSync(join(tmpdir(), 'rivalry-e2e-'));

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** A fetch that records each request's method and GraphQL parameters, from the body or from the URL. */
function recordingFetch() {
  const sent = [];
  const fetchAndRecord = async (input, init = {}) => {
    const target = new URL(typeof input === 'string' ? input : input.url);
    const method = (init.method ?? 'GET').toUpperCase();
    const params = method === 'GET'
      ? Object.fromEntries([...target.searchParams].map(([k, v]) => [k, k === 'variables' || k === 'extensions' ? JSON.parse(v) : v]))
      : JSON.parse(init.body);
    const response = await fetch(input, init);
    const answer = await response.clone().json();
    sent.push({ method, hasQuery: typeof params.query === 'string', hash: params.extensions?.persistedQuery?.sha256Hash,
      status: response.status, codes: (answer.errors ?? []).map((e) => e.extensions?.code) });
    return response;
  };
  return { sent, fetch: fetchAndRecord };
}

async function download(path) {
  const response = await fetch(new URL(path, base));
  assert.equal(response.status, 200, path);
  return response.text();
}

test('the SDL file builds a schema in graphql-js', async () => {
  const file = join(work, 'schema.graphql');
  writeFileSync(file, await download('/graphql/schema.graphql'));
  const schema = buildSchema(readFileSync(file, 'utf8'));
  assert.ok(schema.getType('BigInteger'), 'BigInteger is declared');
  assert.match(schema.getType('DateTime').specifiedByURL, /rfc3339/);
  assert.ok(schema.getQueryType().getFields().person);
});

// The scalar mapping docs/clients.md gives: each custom scalar as the JSON value it arrives as.
const SCALARS = { BigInteger: 'number', BigDecimal: 'number', Date: 'string', DateTime: 'string' };

for (const [from, schemaOf] of [
  ['the SDL file', async () => {
    const file = join(work, 'codegen-schema.graphql');
    writeFileSync(file, await download('/graphql/schema.graphql'));
    return file;
  }],
  ['the endpoint (introspection)', async () => url],
]) {
  test(`graphql-codegen's typescript plugin types every field from ${from}, none as unknown`, async () => {
    const [file] = await generate({
      schema: await schemaOf(),
      silent: true,
      generates: { [join(work, 'types.ts')]: { plugins: ['typescript'], config: { scalars: SCALARS } } },
    }, false);
    const typescript = file.content;
    assert.match(typescript, /^export type Person = .*\{$/m);
    // Every custom scalar the schema declares has a mapping: a new one would come out as unknown.
    const declared = [...typescript.matchAll(/^ {2}(\w+): \{ input: (\w+); output: (\w+); \}$/gm)];
    assert.ok(declared.some(([, name, , output]) => name === 'BigInteger' && output === 'number'), typescript);
    // The types without their doc comments, which may say "unknown" in English.
    const types = typescript.replace(/\/\*\*[\s\S]*?\*\//g, '');
    const unknown = types.split('\n').filter((line) => /\bunknown\b/.test(line));
    assert.deepEqual(unknown, []);
  });
}

test('the graphql-http audit: no MUST and no SHOULD fails', async () => {
  const results = await auditServer({ url });
  const failed = results.filter((r) => r.status === 'error' || r.status === 'warn')
    .map((r) => `${r.status} ${r.name}: ${r.reason}`);
  assert.deepEqual(failed, []);
  assert.ok(results.filter((r) => r.status === 'ok').length > 30, `${results.length} audits`);
});

const PERSON = 'query ApolloPersisted($name: String!) { person(name: $name) { name } }';

test("Apollo Client's PersistedQueryLink: a miss, the document sent, then hits by GET", async () => {
  const recorder = recordingFetch();
  const newClient = () => new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true })
      .concat(new HttpLink({ uri: url, fetch: recorder.fetch })),
    cache: new InMemoryCache(),
  });
  const first = await newClient().query({ query: gql(PERSON), variables: { name: 'Sam Altman' } });
  assert.equal(first.data.person.name, 'Sam Altman');
  const again = await newClient().query({ query: gql(PERSON), variables: { name: 'Elon Musk' } });
  assert.equal(again.data.person.name, 'Elon Musk');
  const hash = recorder.sent[0].hash;
  assert.match(hash, /^[0-9a-f]{64}$/);
  assert.deepEqual(recorder.sent, [
    { method: 'GET', hasQuery: false, hash, status: 200, codes: ['PERSISTED_QUERY_NOT_FOUND'] },
    { method: 'POST', hasQuery: true, hash, status: 200, codes: [] },
    { method: 'GET', hasQuery: false, hash, status: 200, codes: [] },
  ]);
});

test("urql's persistedExchange, preferring GET: a miss, the document sent, then hits", async () => {
  const recorder = recordingFetch();
  const newClient = () => new Client({
    url,
    fetch: recorder.fetch,
    exchanges: [persistedExchange({ preferGetForPersistedQueries: true, generateHash: async (q) => sha256(q) }),
      fetchExchange],
  });
  const query = 'query UrqlPersisted($name: String!) { person(name: $name) { name } }';
  const first = await newClient().query(query, { name: 'Sam Altman' }).toPromise();
  assert.equal(first.error, undefined);
  assert.equal(first.data.person.name, 'Sam Altman');
  const again = await newClient().query(query, { name: 'Elon Musk' }).toPromise();
  assert.equal(again.data.person.name, 'Elon Musk');
  const hash = recorder.sent[0].hash;
  assert.deepEqual(recorder.sent.map(({ hasQuery, hash: h, codes }) => ({ hasQuery, same: h === hash, codes })), [
    { hasQuery: false, same: true, codes: ['PERSISTED_QUERY_NOT_FOUND'] },
    { hasQuery: true, same: true, codes: [] },
    { hasQuery: false, same: true, codes: [] },
  ]);
  assert.equal(recorder.sent[0].method, 'GET');
  assert.equal(recorder.sent[2].method, 'GET');
});

// The timeline query of docs/api-guide.md: Elon Musk's 2025, each entry's record with its citations when it is Cited.
const TIMELINE = gql`{ timeline(subject: "UGVyc29uOjEwMDA", from: "2025-01-01", to: "2025-12-31") {
    nodes { date precision kind summary node { ... on Cited { citations { excerpt } } } } } }`;

async function timelineThroughApollo(cacheConfig) {
  const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache(cacheConfig) });
  const { data } = await client.query({ query: TIMELINE });
  return { data, cached: client.cache.readQuery({ query: TIMELINE }) };
}

test("Apollo's cache keeps `... on Cited` data given the served possibleTypes", async () => {
  const possibleTypes = JSON.parse(await download('/graphql/possible-types.json'));
  assert.ok(possibleTypes.Cited.includes('Event'), JSON.stringify(possibleTypes.Cited));
  const { cached } = await timelineThroughApollo({ possibleTypes });
  const raw = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(TIMELINE) }) })).json();
  const citations = (answer) => answer.timeline.nodes.map((n) => n.node.citations?.map((c) => c.excerpt) ?? null);
  assert.ok(citations(raw.data).filter((c) => c?.length > 0).length > 0, JSON.stringify(raw));
  assert.deepEqual(citations(cached), citations(raw.data));
});

test('without possibleTypes, the same answer loses its fragment data in the cache (why they are served)', async () => {
  const { data, cached } = await timelineThroughApollo({});
  assert.ok(data.timeline.nodes.length > 0);
  const citedInCache = cached ? cached.timeline.nodes.filter((n) => n.node.citations).length : 0;
  assert.equal(citedInCache, 0);
});
