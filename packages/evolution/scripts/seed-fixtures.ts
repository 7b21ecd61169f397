/**
 * Writes src/test/fixtures/seed-000.catalog.json and seed-001.catalog.json: the two editions of the
 * reference the catalogue started from (seeds 000 and 001) as catalogues. Each code takes its type,
 * status and meaning (as its description) from the edition's own tables, and everything the
 * editions do not say (retry, fields, texts) from the repository's schemas/catalog.json.
 *
 * Usage: tsx scripts/seed-fixtures.ts SEED_DIR
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCatalogFile } from "../src/catalog-file.js";

const seedDir = process.argv[2];
if (!seedDir) throw new Error("usage: tsx scripts/seed-fixtures.ts SEED_DIR");
const repo = readCatalogFile(new URL("../../../schemas/catalog.json", import.meta.url).pathname);
const byCode = new Map(repo.errors.map((e) => [e.code, e]));

interface SeedCode {
  code: string;
  type: string;
  status: number;
  meaning: string;
}

/** The codes of one edition: a `type_error (NNN)` heading, then one code a row, with or without `|`. */
function parseSeed(text: string): SeedCode[] {
  const codes: SeedCode[] = [];
  let type: { name: string; status: number } | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const heading = /^([a-z_]+_error) \((\d{3})\)$/.exec(line);
    if (heading) {
      type = { name: heading[1]!, status: Number(heading[2]) };
      continue;
    }
    if (!type) continue;
    // 000: "code | meaning |"; 001: "codeMeaning" or "code400Meaning" (the columns run together).
    const row = /^([a-z][a-z0-9_]*) \| (.+?) \|$/.exec(line) ?? /^([a-z][a-z0-9_]*?)(\d{3})?([A-Z].*)$/.exec(line);
    if (!row) continue;
    const [code, status, meaning] = row.length === 3 ? [row[1]!, undefined, row[2]!] : [row[1]!, row[2], row[3]!];
    if (!byCode.has(code)) continue;
    codes.push({ code, type: type.name, status: status ? Number(status) : type.status, meaning });
  }
  return codes;
}

function edition(codes: SeedCode[], version: string) {
  const types = Object.fromEntries(Object.entries(repo.types).filter(([name]) => codes.some((c) => c.type === name)));
  const errors = codes.map(({ code, type, status, meaning }) => ({
    ...byCode.get(code)!,
    type,
    status,
    description: meaning,
  }));
  return { version, types, errors };
}

const files = readdirSync(seedDir).sort();
for (const [prefix, version] of [
  ["000", "0.1.0"],
  ["001", "0.2.0"],
] as const) {
  const name = files.find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}_*.txt in ${seedDir}`);
  const codes = parseSeed(readFileSync(join(seedDir, name), "utf8"));
  const target = new URL(`../src/test/fixtures/seed-${prefix}.catalog.json`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(edition(codes, version), null, 2)}\n`);
  process.stdout.write(`${prefix}: ${codes.length} codes → ${target.pathname}\n`);
}
