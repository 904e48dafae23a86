// The client example against a running API (RIVALRY_GRAPHQL_URL): `node --test client-example.test.mjs`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connect, errorCodes, product, zuckerbergsCompanies } from './client-example.mjs';

const client = connect();

function dau(metrics) {
  return metrics.filter((m) => m.kind === 'DAU');
}

test('the canonical question: Meta Platforms ships Threads, whose U.S. DAU Sensor Tower measured', async () => {
  const person = await zuckerbergsCompanies(client);
  assert.equal(person.name, 'Mark Zuckerberg');
  const meta = person.companies.find((c) => c.name === 'Meta Platforms');
  assert.ok(meta, `companies: ${person.companies.map((c) => c.name)}`);
  const threads = meta.products.find((p) => p.name === 'Threads');
  assert.ok(threads, `products: ${meta.products.map((p) => p.name)}`);
  const [usDaily] = dau(threads.userMetrics);
  assert.equal(usDaily.value, 1600000);
  assert.equal(usDaily.region, 'U.S.');
  assert.equal(usDaily.periodStart, '2024-02-01');
  assert.match(usDaily.citations[0].excerpt, /Sensor Tower/);
  assert.equal(usDaily.citations[0].source.publisher, 'The Asia Business Daily');
});

test('a query with variables: Threads, its owner and its U.S. DAU', async () => {
  const threads = await product(client, 'Threads');
  assert.equal(threads.owner.name, 'Meta Platforms');
  assert.deepEqual(dau(threads.userMetrics).map(({ value, region }) => ({ value, region })),
    [{ value: 1600000, region: 'U.S.' }]);
});

test('variables match aliases too: "Seuredeu" is Threads', async () => {
  assert.equal((await product(client, 'Seuredeu')).name, 'Threads');
});

test('an unknown name reaches the client as a typed NOT_FOUND error, with product null', async () => {
  await assert.rejects(product(client, 'Nope'), (error) => {
    assert.deepEqual(errorCodes(error), ['NOT_FOUND']);
    assert.match(error.response.errors[0].message, /No product is named "Nope"/);
    assert.deepEqual(error.response.data, { product: null });
    return true;
  });
});
