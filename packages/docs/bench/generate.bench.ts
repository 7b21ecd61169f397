/**
 * How long the generator takes, against reading and parsing the schemas folder it starts from
 * (the floor any generator pays), measured in the same process; and how big its files are.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateDocs, readSchemaSet } from "../src/index.js";

const SCHEMAS = fileURLToPath(new URL("../../../schemas/", import.meta.url));

function time(label: string, runs: number, task: () => unknown): number {
  for (let i = 0; i < 3; i++) task();
  const start = performance.now();
  for (let i = 0; i < runs; i++) task();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(36)} ${ms.toFixed(2).padStart(8)} ms`);
  return ms;
}

const parseOnly = time("read + JSON.parse every schema file", 50, () => {
  for (const name of ["catalog.json", "error.schema.json", "error-object.schema.json", "error-any.schema.json"]) {
    JSON.parse(readFileSync(join(SCHEMAS, name), "utf8"));
  }
  for (const name of readdirSync(join(SCHEMAS, "errors")))
    JSON.parse(readFileSync(join(SCHEMAS, "errors", name), "utf8"));
});
const read = time("readSchemaSet (read + check)", 50, () => readSchemaSet(SCHEMAS));
const set = readSchemaSet(SCHEMAS);
const generate = time("generateDocs from a read set", 20, () => generateDocs({ set }));
const total = time("generateDocs({ schemasDir })", 20, () => generateDocs({ schemasDir: SCHEMAS }));

console.log(`\ncheck overhead vs parse:    ${(read / parseOnly).toFixed(2)}x`);
console.log(`generate vs parse:          ${(generate / parseOnly).toFixed(2)}x`);
console.log(`end to end vs parse:        ${(total / parseOnly).toFixed(2)}x\n`);
for (const [file, content] of generateDocs({ set })) {
  console.log(`${file.padEnd(14)} ${(Buffer.byteLength(content) / 1024).toFixed(1).padStart(7)} KiB`);
}
