/**
 * Writes src/generated/table.ts (the catalogue's constants without zod, so that importing them
 * never loads a validator), src/generated/types.ts (its types as plain declarations),
 * src/generated/checks.ts (each code's field checks as plain code), src/generated/compact.ts
 * (what a client needs of each code, as compact data) and src/generated/policy.ts (what a client
 * reads before any code's entry). Run by the build; a test fails when any of them is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { renderTable } from "../src/generate/table.js";
import { renderTypes } from "../src/generate/types.js";

const generated = (name: string) => fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));
mkdirSync(dirname(generated("table.ts")), { recursive: true });
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
writeFileSync(generated("table.ts"), renderTable(version));
writeFileSync(generated("types.ts"), renderTypes());
// The validators read the code list from the table just written: load them only now.
const { renderChecks } = await import("../src/generate/checks.js");
writeFileSync(generated("checks.ts"), renderChecks());
const { renderCompact } = await import("../src/generate/compact.js");
writeFileSync(generated("compact.ts"), renderCompact());
const { renderPolicy } = await import("../src/generate/policy.js");
writeFileSync(generated("policy.ts"), renderPolicy());
