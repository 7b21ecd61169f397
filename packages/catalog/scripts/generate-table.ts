/**
 * Writes src/generated/table.ts (the catalogue's constants without zod, so that importing them
 * never loads a validator) and src/generated/types.ts (its types as plain declarations). Run by
 * the build; a test fails when either file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { renderTable } from "../src/render-table.js";
import { renderTypes } from "../src/render-types.js";

const generated = (name: string) => fileURLToPath(new URL(`../src/generated/${name}`, import.meta.url));
mkdirSync(dirname(generated("table.ts")), { recursive: true });
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
writeFileSync(generated("table.ts"), renderTable(version));
writeFileSync(generated("types.ts"), renderTypes());
