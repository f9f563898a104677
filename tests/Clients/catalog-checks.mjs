// Reads the DCAT-AP catalog the API exports, in JSON-LD with a JSON-LD processor (jsonld) and in
// Turtle with an RDF parser (n3), and prints one JSON line: whether both parsed, whether they carry
// the same triples, and what every dataset has. Arguments: the .jsonld file and the .ttl file.
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';
import N3 from 'n3';

const [jsonldFile, turtleFile] = process.argv.slice(2);
// Offline: a document that needed a remote context would fail here, as it would for a harvester behind a firewall.
const documentLoader = url => { throw new Error(`remote context requested: ${url}`); };
const nquads = await jsonld.toRDF(JSON.parse(await readFile(jsonldFile, 'utf8')), { format: 'application/n-quads', documentLoader });
const fromJsonLd = new N3.Parser({ format: 'N-Quads' }).parse(nquads);
const fromTurtle = new N3.Parser({ format: 'Turtle' }).parse(await readFile(turtleFile, 'utf8'));

const key = q => `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
const a = new Set(fromJsonLd.map(key));
const b = new Set(fromTurtle.map(key));
const same = a.size === b.size && [...a].every(t => b.has(t));

const DCAT = 'http://www.w3.org/ns/dcat#', DCT = 'http://purl.org/dc/terms/', RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const store = new N3.Store(fromJsonLd);
const datasets = store.getSubjects(RDF_TYPE, N3.DataFactory.namedNode(DCAT + 'Dataset')).map(s => s.id);
const has = (s, p) => store.getObjects(N3.DataFactory.namedNode(s), N3.DataFactory.namedNode(p)).length > 0;
const required = ['dct:title', 'dct:description', 'dct:publisher', 'dcat:theme', 'dct:accessRights', 'dct:accrualPeriodicity', 'dcat:distribution']
  .map(p => p.replace('dct:', DCT).replace('dcat:', DCAT));
const incomplete = datasets.filter(d => !required.every(p => has(d, p)));
const distributions = store.getObjects(null, N3.DataFactory.namedNode(DCAT + 'distribution')).map(o => o.id);
const badDistributions = distributions.filter(d => !has(d, RDF_TYPE) || !has(d, DCT + 'format') || !has(d, DCAT + 'accessURL'));
const catalogs = store.getSubjects(RDF_TYPE, N3.DataFactory.namedNode(DCAT + 'Catalog')).length;
const titles = datasets.map(d => store.getObjects(N3.DataFactory.namedNode(d), N3.DataFactory.namedNode(DCT + 'identifier'))[0]?.value);
console.log(JSON.stringify({ triplesJsonLd: a.size, triplesTurtle: b.size, same, catalogs, datasets: datasets.length, incomplete, badDistributions, identifiers: titles }));
