// Apollo Client with its persisted-query link against a running API (API_URL): the first request of
// each query sends only the hash, the API answers PERSISTED_QUERY_NOT_FOUND, the link sends the query
// with its hash, and the next request sends the hash alone; over POST and over GET. Exits 1 otherwise.
import { ApolloClient, InMemoryCache, HttpLink, gql } from '@apollo/client/core/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';
import { createHash } from 'node:crypto';

const uri = process.env.API_URL ?? 'http://localhost:5080/graphql';
const sent = [];
const recordingFetch = async (url, init) => {
  const body = init.body ? JSON.parse(init.body) : null;
  const hasQuery = body ? body.query !== undefined : new URL(url).searchParams.has('query');
  sent.push(`${init.method ?? 'GET'}:${hasQuery ? 'query' : 'hash'}`);
  return fetch(url, init);
};
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

const expected = {
  POST: ['POST:hash', 'POST:query', 'POST:hash'],
  GET: ['GET:hash', 'POST:query', 'GET:hash'],
};
let failed = false;
for (const method of ['POST', 'GET']) {
  sent.length = 0;
  const link = createPersistedQueryLink({ sha256, useGETForHashedQueries: method === 'GET' })
    .concat(new HttpLink({ uri, fetch: recordingFetch }));
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const query = gql(`query Portal${method}${Date.now()} { projects(first: 2) { nodes { code status } } }`);
  const answers = [];
  for (let i = 0; i < 2; i++) {
    const { data } = await client.query({ query, fetchPolicy: 'network-only' });
    answers.push(data.projects.nodes.map((n) => n.code).join(','));
  }
  const ok = JSON.stringify(sent) === JSON.stringify(expected[method]) && answers[0] === answers[1] && answers[0].length > 0;
  console.log(`${method} ${ok ? 'ok' : 'FAILED'}: sent ${sent.join(' ')}; answers ${answers.join(' | ')}`);
  failed ||= !ok;
}
process.exit(failed ? 1 : 0);
