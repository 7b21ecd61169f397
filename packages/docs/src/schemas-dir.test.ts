import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDocs } from "./generate.js";
import { SchemaSetError, parseCatalog, readSchemaSet } from "./schemas-dir.js";
import { SCHEMAS_DIR, readJson, scratchSchemas } from "./test-helpers.js";

type Raw = { errors: Record<string, unknown>[]; types: Record<string, Record<string, unknown>>; [key: string]: unknown };
const raw = () => readJson<Raw>(join(SCHEMAS_DIR, "catalog.json"));

/** The message parseCatalog throws for a catalogue changed by `edit`. */
function failure(edit: (catalog: Raw) => void): string {
  const catalog = raw();
  edit(catalog);
  try {
    parseCatalog(catalog);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaSetError);
    return (error as Error).message;
  }
  throw new Error("parseCatalog accepted the catalogue");
}

const first = (catalog: Raw) => catalog.errors[0] as Record<string, unknown>;

describe("readSchemaSet", () => {
  it("reads the repository's schemas folder: every code with its schema file", () => {
    const set = readSchemaSet(SCHEMAS_DIR);
    expect(set.catalog.errors.map((entry) => entry.code)).toEqual(raw().errors.map((entry) => entry.code));
    for (const entry of set.catalog.errors) expect(set.codes.get(entry.code)?.$id, entry.code).toMatch(new RegExp(`errors/${entry.code}\\.schema\\.json$`));
  });

  it("names the file when one is missing or is not JSON", () => {
    const dir = scratchSchemas();
    rmSync(join(dir, "errors", "throttled.schema.json"));
    expect(() => readSchemaSet(dir)).toThrow(/errors\/throttled\.schema\.json: not found/);
    writeFileSync(join(dir, "error.schema.json"), "{ nope");
    expect(() => readSchemaSet(dir)).toThrow(/error\.schema\.json: not valid JSON/);
  });
});

describe("parseCatalog refuses a catalogue it cannot describe, naming the code and the rule", () => {
  it("an unknown retry policy", () => {
    expect(failure((c) => (first(c).retry = "sometimes"))).toMatch(/errors\[0\] \(missing_api_key\): `retry` is "sometimes"; this generator knows never, backoff, retry_after/);
  });
  it("a type the catalogue does not define", () => {
    expect(failure((c) => (first(c).type = "mystery_error"))).toMatch(/\(missing_api_key\): `type` "mystery_error" is not one of catalog\.json's types/);
  });
  it("a status outside 400-599", () => {
    expect(failure((c) => (first(c).status = 200))).toMatch(/\(missing_api_key\): `status` must be an HTTP status from 400 to 599, got 200/);
  });
  it("a required field that is not a field", () => {
    expect(failure((c) => (first(c).required = ["ghost"]))).toMatch(/required field `ghost` is not in `fields`/);
  });
  it("a code listed twice", () => {
    expect(failure((c) => c.errors.push({ ...first(c) }))).toMatch(/code `missing_api_key` is listed twice/);
  });
  it("a deprecation whose replacement is not a code", () => {
    expect(failure((c) => (first(c).deprecated = { reason: "old", replacement: "nothing_like_it" }))).toMatch(
      /`missing_api_key` is deprecated in favour of `nothing_like_it`, which is not a listed code/,
    );
  });
  it("a missing title, or no errors at all", () => {
    expect(failure((c) => delete first(c).title)).toMatch(/`title` must be a non-empty string/);
    expect(failure((c) => (c.errors = []))).toMatch(/`errors` must be a non-empty array/);
    expect(() => parseCatalog([])).toThrow(/`\(root\)` must be an object/);
  });
});

describe("generateDocs", () => {
  it("refuses a field named like a problem details member, rather than drop it from that form", () => {
    const dir = scratchSchemas((catalog) => {
      const entry = catalog.errors.find((candidate) => candidate.code === "spend_limit_exceeded") as Record<string, unknown>;
      entry.fields = { ...(entry.fields as object), instance: { type: "string" } };
    });
    expect(() => generateDocs({ schemasDir: dir })).toThrow(/`spend_limit_exceeded` has a field `instance`, a name the problem details form reserves/);
  });
});
