// urql (@urql/core) in Node against a running API (API_URL), as a Node service would use it: the
// default exchanges, Node's own fetch with its default Accept-Encoding, queries sent at once over GET
// (urql's default) and over POST. Every query must come back with data as a compressed JSON answer
// (urql's Accept lists text/event-stream after the JSON types), and no rejection may be left
// unhandled: one ends a Node process by default. Exits 1 otherwise.
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';

const unhandled = [];
process.on('unhandledRejection', (error) => unhandled.push(`${error?.name}: ${error?.message}`));

const answers = [];
const recordingFetch = async (url, init) => {
  const response = await fetch(url, init);
  answers.push(`${response.headers.get('content-type')?.split(';')[0]} ${response.headers.get('content-encoding') ?? 'identity'}`);
  return response;
};
const queries = [
  gql`query UrqlProjects { projects(first: 50) { nodes { code status name department { name } } } }`,
  gql`query UrqlDepartments { departments(first: 50) { nodes { code name } } }`,
  gql`query UrqlCatalog { dataResources(first: 50) { nodes { code name } } }`,
];
let failed = false;
for (const preferGetMethod of [true, false]) {
  answers.length = 0;
  const client = new Client({ url: process.env.API_URL, exchanges: [cacheExchange, fetchExchange], preferGetMethod, fetch: recordingFetch, requestPolicy: 'network-only' });
  const results = await Promise.all(queries.map((query) => client.query(query, {}).toPromise()));
  const errors = results.filter((r) => r.error || !r.data).map((r) => r.error?.message ?? 'no data');
  const streamed = answers.filter((a) => !a.startsWith('application/graphql-response+json') || a.endsWith('identity'));
  const ok = errors.length === 0 && answers.length === queries.length && streamed.length === 0;
  console.log(`${preferGetMethod ? 'GET' : 'POST'} ${ok ? 'ok' : 'FAILED'}: answers ${answers.join(', ')}; errors ${errors.join(', ') || 'none'}`);
  failed ||= !ok;
}
// Let any abort that urql fires after a result settle before counting.
await new Promise((resolve) => setTimeout(resolve, 1500));
console.log(`unhandled rejections: ${unhandled.length ? unhandled.join(', ') : 'none'}`);
process.exit(failed || unhandled.length > 0 ? 1 : 0);
