/**
 * Writes src/generated/rules.ts: the check table of each code's fields, so that the zod-free
 * core never returns a known code whose fields break its schema. Run by the build; a test fails
 * when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderRules } from "../src/render-rules.js";

writeFileSync(fileURLToPath(new URL("../src/generated/rules.ts", import.meta.url)), renderRules());
