#!/usr/bin/env node
// Checks an InfoGov access-log export offline: node verify-access-log.mjs export.json [trusted-key.pem]
//
// The export comes from GET /export/access-log/{code}.json?from=&to= (format infogov-access-log-export/1). Nothing
// else is needed: Node.js 18 or later, no packages, no network, no InfoGov code. The script checks that
//   1. every entry's hash is SHA-256 over its own fields (see "hash" below) and the previous entry's hash;
//   2. the entries run without a gap from "from" to "to", each linked to the one before;
//   3. each checkpoint is signed by a key of the export (or by the trusted key given as the second argument) and names
//      the hash of the entry at its sequence;
//   4. the last entry is covered by a checkpoint (otherwise the tail after the last checkpoint is reported as unanchored).
// It prints one line per problem and "VERIFIED ..." when there is none; exit code 0 verified, 1 not verified, 2 unusable input.
//
// hash: lowercase hex SHA-256 of the UTF-8 bytes of these fields joined by U+001F: previousHash, resource id, sequence,
// grantId, accessorDepartmentId, accessedAtTicks, accessedBy, items, purpose, recordCount, refusalCode (ids as 32
// lowercase hex digits, a missing value as the empty string, numbers in decimal).
// checkpoint signature: ECDSA P-256 with SHA-256, IEEE P1363 (r || s), base64, over the UTF-8 bytes of the lines
// "infogov-access-log-checkpoint/1", resource id, sequence, hash, signedAt, joined by "\n".
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [file, trustedKeyFile] = process.argv.slice(2);
if (!file) { console.error('usage: node verify-access-log.mjs export.json [trusted-key.pem]'); process.exit(2); }
let doc;
try { doc = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { console.error(`cannot read ${file}: ${e.message}`); process.exit(2); }
if (doc.format !== 'infogov-access-log-export/1') { console.error(`not an InfoGov access-log export: format ${doc.format}`); process.exit(2); }

const problems = [];
const resourceId = doc.resource.id;
const TICKS_AT_UNIX_EPOCH = 621355968000000000n;
const hashOf = e => createHash('sha256').update([
  e.previousHash, resourceId, String(e.sequence), e.grantId ?? '', e.accessorDepartmentId ?? '', e.accessedAtTicks,
  e.accessedBy, e.items, e.purpose, String(e.recordCount), e.refusalCode ?? '',
].join('\u001f'), 'utf8').digest('hex');

const bySequence = new Map();
let expected = doc.from;
let previous = null;
for (const e of doc.entries) {
  if (e.sequence > expected) problems.push(`${e.sequence - 1 > expected ? `entries ${expected}-${e.sequence - 1}` : `entry ${expected}`} missing (found ${e.sequence} next)`);
  else if (e.sequence !== expected) problems.push(`entry ${e.sequence} out of order (expected ${expected})`);
  if (previous && e.previousHash !== previous.hash) problems.push(`entry ${e.sequence} does not link to entry ${previous.sequence}`);
  if (hashOf(e) !== e.hash) problems.push(`entry ${e.sequence} was altered: its content does not give its hash`);
  // The readable time must be the hashed one (to the millisecond).
  const fromTicks = Number((BigInt(e.accessedAtTicks) - TICKS_AT_UNIX_EPOCH) / 10000n);
  if (Date.parse(e.accessedAt) !== fromTicks) problems.push(`entry ${e.sequence}: accessedAt ${e.accessedAt} is not the hashed time`);
  bySequence.set(e.sequence, e);
  expected = e.sequence + 1;
  previous = e;
}
if (doc.entries.length > 0 && previous.sequence !== doc.to) problems.push(`entries ${previous.sequence + 1}-${doc.to} missing at the end`);
if (doc.entries.length === 0 && doc.to >= doc.from) problems.push(`entries ${doc.from}-${doc.to} missing`);

const keys = new Map(doc.keys.map(k => [k.keyId, createPublicKey(k.publicKeyPem)]));
const trusted = trustedKeyFile ? createPublicKey(readFileSync(trustedKeyFile, 'utf8')) : null;
let anchoredTo = null;
for (const c of doc.checkpoints) {
  const key = trusted ?? keys.get(c.keyId);
  if (!key) { problems.push(`checkpoint ${c.sequence}: key ${c.keyId} not in the export`); continue; }
  const payload = [c.payloadFormat, resourceId, String(c.sequence), c.hash, c.signedAt].join('\n');
  if (c.payloadFormat !== 'infogov-access-log-checkpoint/1' || !verify('sha256', Buffer.from(payload, 'utf8'), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(c.signature, 'base64'))) {
    problems.push(`checkpoint ${c.sequence}: the signature does not verify`);
    continue;
  }
  const entry = bySequence.get(c.sequence);
  if (!entry) problems.push(`checkpoint ${c.sequence}: its entry is not in the export`);
  else if (entry.hash !== c.hash) problems.push(`checkpoint ${c.sequence}: the entry's hash differs from the signed one`);
  else anchoredTo = Math.max(anchoredTo ?? 0, c.sequence);
}
if (anchoredTo === null) problems.push('no signed checkpoint covers any entry of the range');
else if (doc.entries.length > 0 && anchoredTo < previous.sequence) problems.push(`entries ${anchoredTo + 1}-${previous.sequence} follow the last checkpoint: not anchored`);

if (problems.length > 0) {
  for (const p of problems) console.log(`FAILED ${p}`);
  process.exit(1);
}
console.log(`VERIFIED ${doc.resource.code} entries ${doc.from}-${doc.to}, anchored by ${doc.checkpoints.length} signed checkpoint(s)`);
