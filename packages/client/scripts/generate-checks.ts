/**
 * Writes src/generated/field-checks.ts: the check of each code's fields, so that the zod-free
 * core never returns a known code whose fields break its schema. Run by the build; a test fails
 * when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderChecks } from "../src/render-checks.js";

writeFileSync(fileURLToPath(new URL("../src/generated/field-checks.ts", import.meta.url)), renderChecks());
