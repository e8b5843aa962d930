// Lints Cypher with Neo4j's own parser (@neo4j-cypher/language-support).
// Usage: node lint.mjs [FILE.cypher ...]   (default: every graph-schema/cypher/*.cypher)
// Fails (exit 1) on syntax errors, unknown functions or procedures, and deprecated or removed syntax.
// "Parameter $x is not defined" is expected: the code always sends parameters.
import { lintCypherQuery, isNotParamError, testData } from '@neo4j-cypher/language-support';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cypherDir = resolve(here, '..', 'cypher');
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(cypherDir).filter(f => f.endsWith('.cypher')).sort().map(f => join(cypherDir, f));

// The function and procedure catalogue of a real server: unknown functions are reported only when it is given.
const schema = { functions: testData.mockSchema.functions, procedures: testData.mockSchema.procedures };
const deprecated = /deprecat|no longer supported|removed/i;

let failures = 0;
let statements = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  statements += text.split(/;\s*$/m).filter(s => s.replace(/\/\/.*$/gm, '').trim().length > 0).length;
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  for (const d of diagnostics) {
    const fatal = (d.severity === 1 && isNotParamError(d)) || deprecated.test(d.message);
    if (!fatal) continue;
    const line = text.slice(0, d.offsets?.start ?? 0).split('\n').length;
    console.error(`${file}:${line}: ${d.message}`);
    failures++;
  }
}
console.log(`cypher lint: ${files.length} files, ${statements} statements, ${failures} problems`);
process.exit(failures > 0 ? 1 : 0);
