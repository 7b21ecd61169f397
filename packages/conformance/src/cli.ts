#!/usr/bin/env node
/**
 * `errata-conformance`: runs the conformance vectors through testees, or writes the vectors.
 *
 *   errata-conformance [run] [--vectors FILE] [--testees FILE] [--only NAME]...
 *   errata-conformance [run] --testee "COMMAND" [--cwd DIR] [--name NAME] [--vectors FILE]
 *   errata-conformance vectors [--out DIR]
 *
 * @module
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConformanceFileError, readTestees, readVectors, vectorArtifacts } from "./files.js";
import { formatResult, runTestee, type Testee } from "./runner.js";

const USAGE = `usage:
  errata-conformance [run] [--vectors FILE] [--testees FILE] [--only NAME]... [--filter PREFIX] [--failures N]
  errata-conformance [run] --testee "COMMAND" [--cwd DIR] [--name NAME] [--vectors FILE]
  errata-conformance vectors [--out DIR]`;

/** The repository's vectors when run inside it; else the ones `@errata/schemas` publishes. */
function defaultVectors(): string {
  const local = "schemas/conformance/vectors.json";
  if (existsSync(local)) return local;
  try {
    return createRequire(import.meta.url).resolve("@errata/schemas/conformance/vectors.json");
  } catch {
    return local;
  }
}

async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      vectors: { type: "string", default: defaultVectors() },
      testees: { type: "string", default: "packages/conformance/testees.json" },
      testee: { type: "string" },
      cwd: { type: "string" },
      name: { type: "string", default: "testee" },
      only: { type: "string", multiple: true },
      filter: { type: "string" },
      failures: { type: "string", default: "10" },
      timeout: { type: "string", default: "300" },
    },
  });
  const file = readVectors(values.vectors);
  const vectors = file.vectors.filter((vector) => values.filter === undefined || vector.id.startsWith(values.filter));
  const testees: Testee[] =
    values.testee !== undefined
      ? [{ name: values.name, command: values.testee, ...(values.cwd ? { cwd: values.cwd } : {}) }]
      : readTestees(values.testees).filter((testee) => values.only === undefined || values.only.includes(testee.name));
  if (testees.length === 0) throw new ConformanceFileError("no testee to run");
  const counts = Object.entries(file.counts)
    .map(([op, n]) => `${n} ${op}`)
    .join(", ");
  console.log(
    `conformance: ${vectors.length} vectors (${counts}) of catalogue ${file.catalog_version}, ${testees.length} testees`,
  );
  let passed = 0;
  let failed = 0;
  for (const testee of testees) {
    const result = await runTestee(testee, vectors, { timeoutSeconds: Number(values.timeout) });
    console.log(formatResult(result, Number(values.failures)));
    passed += result.passed;
    failed += result.failed + (result.problem === undefined ? 0 : 1);
  }
  console.log(`conformance: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

async function writeVectors(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: "string", default: "schemas/conformance" } } });
  mkdirSync(values.out, { recursive: true });
  const files = await vectorArtifacts();
  for (const [name, content] of files) writeFileSync(join(values.out, name), content);
  const counts = JSON.parse(files.get("vectors.json") as string).counts as Record<string, number>;
  console.log(
    `errata-conformance vectors: ${Object.values(counts).reduce((a, b) => a + b, 0)} vectors in ${values.out}`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === "vectors") return await writeVectors(rest);
    if (first === "run") return await run(rest);
    if (first === "--help" || first === "-h") {
      console.log(USAGE);
      return 0;
    }
    return await run(argv);
  } catch (error) {
    if (error instanceof ConformanceFileError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`errata-conformance: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
