// Apollo Client's BatchHttpLink against a running API (API_URL) whose anonymous budget is a few
// permits: batches of two queries are first one batch goes with a forged token (401), then batches are sent
// until the API refuses one (429). Each operation of a refused batch must get the refusal of its own entry: an
// array as long as the batch, every entry with a coded error, never "server returned results with
// length 1, expected length of 2". Exits 1 otherwise.
import { ApolloClient, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { BatchHttpLink } from '@apollo/client/link/batch-http/index.js';

const uri = process.env.API_URL;
const query = (n) => gql(`query Batched${n}_${Date.now()} { departments(first: 1) { totalCount } }`);
const clientWith = (headers) =>
  new ApolloClient({ link: new BatchHttpLink({ uri, batchMax: 2, batchInterval: 20, headers }), cache: new InMemoryCache() });

// What each operation of one batch of two received: 'ok', or the status and the codes of its own entry.
async function sendBatch(client) {
  const settled = await Promise.allSettled([0, 1].map((n) => client.query({ query: query(n), fetchPolicy: 'network-only' })));
  return settled.map((s) => {
    if (s.status === 'fulfilled') return 'ok';
    const network = s.reason.networkError;
    const body = network?.result;
    if (!Array.isArray(body)) return `bad ${network?.statusCode}: ${s.reason.message}`;
    if (body.length !== 2) return `bad length ${body.length}: ${s.reason.message}`;
    return `${network.statusCode} ${body.map((entry) => entry.errors?.[0]?.extensions?.code).join('/')}`;
  });
}

let failed = false;
const forged = await sendBatch(clientWith({ authorization: 'Bearer not.a.token' }));
const forgedOk = forged.every((o) => o === '401 AUTH_NOT_AUTHENTICATED/AUTH_NOT_AUTHENTICATED');
console.log(`401 ${forgedOk ? 'ok' : 'FAILED'}: ${forged.join(', ')}`);
failed ||= !forgedOk;
const anonymous = clientWith({});
let refused = null;
for (let i = 0; i < 10 && !refused; i++) {
  const outcome = await sendBatch(anonymous);
  if (outcome.some((o) => o !== 'ok')) refused = outcome;
}
const limitedOk = refused !== null && refused.every((o) => o === '429 RATE_LIMITED/RATE_LIMITED');
console.log(`429 ${limitedOk ? 'ok' : 'FAILED'}: ${refused ? refused.join(', ') : 'never refused'}`);
failed ||= !limitedOk;

process.exit(failed ? 1 : 0);
