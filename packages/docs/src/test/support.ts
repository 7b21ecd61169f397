/**
 * Shared by the tests: where the repository's schemas and generated files are, an Ajv that knows
 * every schema file, and scratch copies of the schemas folder to break or extend.
 *
 * @module
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { ROOT, readJson, SCHEMAS_DIR } from "../../../../tests/support/schemas.js";

export { ROOT, readJson, SCHEMAS_DIR, schemaAjv, schemaFiles } from "../../../../tests/support/schemas.js";
export const DOCS_DIR = join(ROOT, "docs");
/** What the build makes the reference from: the schemas, and the other languages' snippets. */
export const REFERENCE = { schemasDir: SCHEMAS_DIR, snippetsDir: join(DOCS_DIR, "snippets") } as const;
/** Where tests leave files worth looking at (screenshots, generated types); gitignored. */
export const TEST_OUTPUT = fileURLToPath(new URL("../../.test-output/", import.meta.url));

/** The id under which `openApiAjv` holds the OpenAPI document. */
export const OPENAPI_ID = "urn:errata:openapi";

/**
 * An Ajv holding an OpenAPI document, so `#/components/schemas/...` refs resolve. OpenAPI's own
 * keywords (`discriminator`, `components`, ...) are not JSON Schema, hence `strictSchema: false`.
 */
export function openApiAjv(document: object): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictSchema: false, allErrors: true });
  ajv.addSchema(document, OPENAPI_ID);
  return ajv;
}

/** A scratch copy of the repository's schemas folder; `edit` changes its catalog.json. */
export function scratchSchemas(
  edit?: (catalog: { errors: Record<string, unknown>[]; [key: string]: unknown }) => void,
): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "errata-docs-"));
  cpSync(SCHEMAS_DIR, dir, { recursive: true });
  if (edit) {
    const path = join(dir, "catalog.json");
    const catalog = readJson<{ errors: Record<string, unknown>[] }>(path);
    edit(catalog);
    writeFileSync(path, JSON.stringify(catalog, null, 2));
  }
  return dir;
}

/** A code's entry in the HTML page, from its opening tag to its end (an entry holds no section). */
export function entryHtml(html: string, code: string): string {
  const start = html.indexOf(`<section id="${code}" class="code`);
  if (start === -1) throw new Error(`the page has no entry for ${code}`);
  return html.slice(start, html.indexOf("</section>", start) + "</section>".length);
}
