/**
 * Writes src/generated/table.ts: the catalogue's constants without zod, so that importing them
 * never loads a validator. Run by the build; a test fails when the file is stale.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname } from "node:path";
import { renderTable } from "../src/render-table.js";

const target = fileURLToPath(new URL("../src/generated/table.ts", import.meta.url));
mkdirSync(dirname(target), { recursive: true });
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
writeFileSync(target, renderTable(version));
