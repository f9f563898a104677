// Validates the catalog the API exports (a Turtle file) against the DCAT-AP 3.0 shapes in docs/dcat-ap with a SHACL
// validator (rdf-validate-shacl), and prints one JSON line: whether it conforms at the Violation level, the
// violations (focus node, path, message) and the number of warnings by message. Arguments: the .ttl file, the shapes file.
import { readFile } from 'node:fs/promises';
import rdf from '@zazuko/env';
import N3 from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const [dataFile, shapesFile] = process.argv.slice(2);
const load = async file => rdf.dataset(new N3.Parser({ format: 'Turtle' }).parse(await readFile(file, 'utf8')));
const validator = new SHACLValidator(await load(shapesFile), { factory: rdf });
const report = await validator.validate(await load(dataFile));
const SH = 'http://www.w3.org/ns/shacl#';
const describe = r => ({ focus: r.focusNode?.value, path: r.path?.value, message: r.message.map(m => m.value).join(' ') });
const violations = report.results.filter(r => r.severity?.value === SH + 'Violation').map(describe);
const warnings = {};
for (const r of report.results.filter(r => r.severity?.value === SH + 'Warning').map(describe))
  warnings[r.message] = (warnings[r.message] ?? 0) + 1;
console.log(JSON.stringify({ results: report.results.length, violations, warnings }));
