import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readJson, SCHEMAS_DIR, schemaAjv } from "../../../tests/support/schemas.js";
import { catalogJson } from "./catalog-json/write.js";
import {
  CATALOG_FILE_SCHEMA,
  CATALOG_SCHEMA_ID,
  CatalogReadError,
  parseCatalogFile,
  RETRY_GUIDANCE,
  readCatalogFile,
} from "./file.js";

const REPO_CATALOG = join(SCHEMAS_DIR, "catalog.json");
const RELEASED = [
  join(SCHEMAS_DIR, "released", "catalog.json"),
  ...["base", "seed-000", "seed-001"].map((name) =>
    join(SCHEMAS_DIR, "..", "packages", "evolution", "src", "test", "fixtures", `${name}.catalog.json`),
  ),
];

const validate = schemaAjv().getSchema(CATALOG_SCHEMA_ID)!;
const readerAccepts = (value: unknown) => {
  try {
    parseCatalogFile(value);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogReadError);
    return false;
  }
};

describe("catalog.schema.json", () => {
  it("is the schema the reader publishes", () => {
    expect(readJson(join(SCHEMAS_DIR, "catalog.schema.json"))).toEqual(CATALOG_FILE_SCHEMA);
  });

  it("accepts the repository's catalog.json, what the catalogue writes now, and every released file", () => {
    for (const file of [REPO_CATALOG, ...RELEASED])
      expect(validate(readJson(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(catalogJson())))).toBe(true);
  });

  it("accepts members it does not know, at the root, in a type and in an entry, as a newer catalogue may add them", () => {
    const catalog = readJson<Record<string, any>>(REPO_CATALOG);
    catalog.published = "2026-01-01";
    (Object.values(catalog.types)[0] as Record<string, unknown>).icon = "x";
    catalog.errors[0].reviewed_by = { team: "billing", on: "2026-01-01" };
    expect(validate(catalog)).toBe(true);
    expect(parseCatalogFile(catalog)).toBe(catalog);
  });

  // Edits of the real file, one member at a time: the schema and the reader must agree on each.
  const edits = fc.record({
    index: fc.nat({ max: 1000 }),
    member: fc.constantFrom(
      "code",
      "type",
      "status",
      "title",
      "retry",
      "retry_after",
      "owner_facing",
      "fields",
      "required",
      "example",
      "message",
    ),
    value: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(
        "",
        "never",
        "Bad Code",
        "rate_limit_error",
        200,
        429,
        600,
        -1,
        1.5,
        true,
        null,
        [],
        ["limit"],
        {},
      ),
    ),
  });

  it("and the reader agree on every file edited one member at a time", () => {
    const base = readJson<Record<string, any>>(REPO_CATALOG);
    fc.assert(
      fc.property(edits, ({ index, member, value }) => {
        const catalog = structuredClone(base);
        const entry = catalog.errors[index % catalog.errors.length];
        if (value === undefined) delete entry[member];
        else entry[member] = value;
        const schemaSays = validate(catalog) as boolean;
        const readerSays = readerAccepts(catalog);
        // The reader checks what a schema cannot (a type that exists, required fields that are fields).
        if (readerSays) expect(schemaSays).toBe(true);
        if (!schemaSays) expect(readerSays).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe("readCatalogFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "errata-catalog-file-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const problemOf = (read: () => unknown): string => {
    try {
      read();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogReadError);
      return (error as Error).message;
    }
    throw new Error("expected a CatalogReadError");
  };

  it("reads the repository's catalog.json, with the retry guidance, and every released file", () => {
    const catalog = readCatalogFile(REPO_CATALOG);
    expect(catalog.errors.length).toBeGreaterThan(40);
    expect(catalog.retry_guidance).toEqual(RETRY_GUIDANCE);
    for (const file of RELEASED) expect(readCatalogFile(file).errors.length, file).toBeGreaterThan(10);
  });

  it("names the file and says it is missing, a folder, or not JSON", () => {
    expect(problemOf(() => readCatalogFile(join(dir, "nope.json")))).toBe(`${join(dir, "nope.json")}: no such file.`);
    expect(problemOf(() => readCatalogFile(dir))).toBe(`${dir}: is a directory, not a file.`);
    const bad = write("bad.json", '{"errors": [');
    expect(problemOf(() => readCatalogFile(bad))).toMatch(new RegExp(`^${bad}: not valid JSON: `));
  });

  const entry = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    type: "t",
    status: 400,
    title: "T",
    description: "D",
    fix: "F",
    retry: "never",
    owner_facing: false,
    message: "M",
    doc_url: "https://example.com",
    fields: {},
    required: [],
    example: { error: {}, request_id: "req_000000000000" },
    ...extra,
  });
  const file = (errors: unknown[]) => ({
    version: "1.0.0",
    types: { t: { status: 400, retry: "never", title: "T", description: "D" } },
    errors,
  });

  it.each([
    [[], "not a catalogue: `(root)` must be an object"],
    [{ version: "1", types: {}, errors: {} }, "not a catalogue: `errors` must be an array"],
    [{ version: "1", errors: [] }, "not a catalogue: `types` must be an object"],
    [
      file([entry("a", { status: "400" })]),
      'not a catalogue: errors[0] (a): `status` must be an HTTP status from 400 to 599, got "400"',
    ],
    [file([{ type: "t" }]), "not a catalogue: errors[0]: `code` must be a non-empty string"],
    [file([entry("Bad Code")]), "not a catalogue: errors[0] (Bad Code): `code` must match /^[a-z][a-z0-9_]*$/"],
    [file([entry("a"), entry("a")]), "not a catalogue: errors[1] (a): the code is listed twice"],
    [file([entry("a", { fields: { x: 1 } })]), "not a catalogue: errors[0] (a): `fields.x` must be a JSON Schema"],
    [
      file([entry("a", { retry: "sometimes" })]),
      'not a catalogue: errors[0] (a): `retry` is "sometimes"; the policies are never, backoff, retry_after',
    ],
    [
      file([entry("a", { type: "mystery" })]),
      'not a catalogue: errors[0] (a): `type` "mystery" is not one of the file\'s types',
    ],
    [
      file([entry("a", { required: ["ghost"] })]),
      "not a catalogue: errors[0] (a): required field `ghost` is not in `fields`",
    ],
    [
      file([entry("a", { deprecated: { reason: "old", replacement: "b" } })]),
      "not a catalogue: `a` is deprecated in favour of `b`, which is not a listed code",
    ],
    [
      { ...file([]), types: { t: { status: 400 } } },
      "not a catalogue: types.t: `retry` is undefined; the policies are never, backoff, retry_after",
    ],
  ])("names the member that makes %j not a catalogue", (value, problem) => {
    expect(problemOf(() => parseCatalogFile(value, "inline.json"))).toBe(`inline.json: ${problem}`);
  });

  it("accepts a catalogue of no codes, parsed elsewhere", () => {
    expect(parseCatalogFile(file([]), "inline").errors).toEqual([]);
  });
});
