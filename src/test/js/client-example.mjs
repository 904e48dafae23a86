// Rivalry Graph from a mainstream JavaScript client, graphql-request: the canonical question, a query with
// variables, and how a typed error reaches the client. Run it against a running API:
//   RIVALRY_GRAPHQL_URL=http://localhost:8080/graphql node client-example.mjs
import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { pathToFileURL } from 'node:url';

export const CANONICAL_QUESTION = gql`
  {
    person(name: "Mark Zuckerberg") {
      name
      companies {
        name
        products {
          name
          userMetrics {
            kind value region periodStart periodEnd
            citations { excerpt source { title publisher publishedOn } }
          }
        }
      }
    }
  }
`;

// The name travels as a variable, never spliced into the document: no escaping, and the server sees one query.
export const PRODUCT = gql`
  query Product($name: String) {
    product(name: $name) {
      name
      owner { name }
      userMetrics { kind value region citations { excerpt } }
    }
  }
`;

export function connect(url = process.env.RIVALRY_GRAPHQL_URL ?? 'http://localhost:8080/graphql') {
  return new GraphQLClient(url);
}

export async function zuckerbergsCompanies(client) {
  const { person } = await client.request(CANONICAL_QUESTION);
  return person;
}

export async function product(client, name) {
  const { product } = await client.request(PRODUCT, { name });
  return product;
}

// graphql-request throws a ClientError when the answer has errors; each carries the API's machine-readable code.
export function errorCodes(error) {
  if (!(error instanceof ClientError)) {
    throw error;
  }
  return error.response.errors.map((e) => e.extensions?.code);
}

async function main() {
  const client = connect();

  const person = await zuckerbergsCompanies(client);
  for (const company of person.companies) {
    for (const p of company.products) {
      for (const m of p.userMetrics) {
        console.log(`${person.name} runs ${company.name}, which ships ${p.name}: ${m.kind} ${m.value} (${m.region})`
          + ` according to ${m.citations.map((c) => c.source.title).join('; ')}`);
      }
    }
  }

  const threads = await product(client, 'Threads');
  console.log(`${threads.name} is owned by ${threads.owner.name}`);

  try {
    await product(client, 'Nope');
  } catch (error) {
    console.log(`product(name: "Nope") fails with ${errorCodes(error)}: ${error.response.errors[0].message}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
