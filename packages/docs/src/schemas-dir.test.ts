import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CatalogReadError } from "@errata/catalog/file";
import { describe, expect, it } from "vitest";
import { generateDocs } from "./generate.js";
import { readSchemaSet, SchemaSetError } from "./schemas-dir.js";
import { readJson, SCHEMAS_DIR, scratchSchemas } from "./test/support.js";

type Raw = {
  errors: Record<string, unknown>[];
  types: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
};
const raw = () => readJson<Raw>(join(SCHEMAS_DIR, "catalog.json"));

describe("readSchemaSet", () => {
  it("reads the repository's schemas folder: every code with its schema file", () => {
    const set = readSchemaSet(SCHEMAS_DIR);
    expect(set.catalog.errors.map((entry) => entry.code)).toEqual(raw().errors.map((entry) => entry.code));
    for (const entry of set.catalog.errors)
      expect(set.codes.get(entry.code)?.$id, entry.code).toMatch(new RegExp(`errors/${entry.code}\\.schema\\.json$`));
  });

  it("names the file when one is missing or is not JSON", () => {
    const dir = scratchSchemas();
    rmSync(join(dir, "errors", "throttled.schema.json"));
    expect(() => readSchemaSet(dir)).toThrow(/errors\/throttled\.schema\.json: not found/);
    writeFileSync(join(dir, "error.schema.json"), "{ nope");
    expect(() => readSchemaSet(dir)).toThrow(/error\.schema\.json: not valid JSON/);
  });
});

describe("readSchemaSet refuses a catalog.json it cannot describe, naming the file, the code and the rule", () => {
  it("with the catalogue's reader, for a file that is not a catalogue", () => {
    const dir = scratchSchemas((c) => (c.errors[0]!.retry = "sometimes"));
    expect(() => readSchemaSet(dir)).toThrow(CatalogReadError);
    expect(() => readSchemaSet(dir)).toThrow(
      /catalog\.json: not a catalogue: errors\[0\] \(missing_api_key\): `retry` is "sometimes"/,
    );
  });
  it("for a catalogue of no codes", () => {
    const dir = scratchSchemas((c) => (c.errors = []));
    expect(() => readSchemaSet(dir)).toThrow(SchemaSetError);
    expect(() => readSchemaSet(dir)).toThrow(/catalog\.json: lists no codes to describe/);
  });
});

describe("generateDocs", () => {
  it("refuses a field named like a problem details member, rather than drop it from that form", () => {
    const dir = scratchSchemas((catalog) => {
      const entry = catalog.errors.find((candidate) => candidate.code === "spend_limit_exceeded") as Record<
        string,
        unknown
      >;
      entry.fields = { ...(entry.fields as object), instance: { type: "string" } };
    });
    expect(() => generateDocs({ schemasDir: dir })).toThrow(
      /`spend_limit_exceeded` has a field `instance`, a name the problem details form reserves/,
    );
  });
});
