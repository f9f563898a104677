// The npm graphql-ws client (over the `ws` WebSocket) and the npm graphql-sse client (distinct
// connections mode) subscribe to project status events on a running API (API_URL, TOKEN); once both
// are listening, the script cancels a project through a plain POST and expects each subscriber to
// receive exactly that change. Prints what each received; exits 1 on anything else.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const url = process.env.API_URL ?? 'http://localhost:5080/graphql';
const token = process.env.TOKEN;
const subscription = `subscription { events(kinds: [PROJECT_STATUS_CHANGED]) { eventId kind subject { ... on Project { code status } } } }`;

const post = async (query, variables) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
};

const received = { ws: [], sse: [] };
const waiters = [];
const onEvent = (transport) => (value) => {
  received[transport].push(value);
  waiters.splice(0).forEach((wake) => wake());
};

// graphql-ws: credentials in the connection_init payload.
const ws = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` } });
const wsDone = new Promise((resolve, reject) =>
  ws.subscribe({ query: subscription }, { next: onEvent('ws'), error: reject, complete: resolve }));
// The server handles a connection's messages in order: when a query sent after the subscription has
// answered, the subscription is listening.
await new Promise((resolve, reject) => ws.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: resolve }));

// graphql-sse: credentials in the Authorization header.
const sse = createSseClient({ url, headers: { authorization: `Bearer ${token}` } });
const sseDone = new Promise((resolve, reject) =>
  sse.subscribe({ query: subscription }, { next: onEvent('sse'), error: reject, complete: resolve }));
// Distinct-connections mode gives no sign that the stream is listening: allow it a moment.
await new Promise((resolve) => setTimeout(resolve, 2000));

const found = await post(`{ projects(first: 100) { nodes { id code status version } } }`);
const project = found.data.projects.nodes.find((p) => ['APPROVED', 'RETURNED_FOR_REVISION', 'IN_IMPLEMENTATION'].includes(p.status));
const cancelled = await post(`mutation($input: CancelProjectInput!) { cancelProject(input: $input) { errors { code message } } }`,
  { input: { id: project.id, version: project.version, reason: 'Subscription interop check' } });
if (cancelled.errors || cancelled.data.cancelProject.errors.length) {
  console.log('cancelProject failed: ' + JSON.stringify(cancelled));
  process.exit(1);
}

const deadline = Date.now() + 15000;
while ((received.ws.length === 0 || received.sse.length === 0) && Date.now() < deadline)
  await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 500); });

let failed = false;
for (const transport of ['ws', 'sse']) {
  const events = received[transport];
  const ok = events.length === 1 && !events[0].errors && events[0].data.events.subject.code === project.code
    && events[0].data.events.subject.status === 'CANCELLED';
  console.log(`${transport} ${ok ? 'ok' : 'FAILED'}: ${JSON.stringify(events)}`);
  failed ||= !ok;
}
await ws.dispose();
sse.dispose();
process.exit(failed ? 1 : 0);
