import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CatalogReadError, parseCatalog, readCatalogFile } from "./catalog-file.js";
import { REPO_CATALOG, SEED_000 } from "./fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "errata-catalog-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

function problemOf(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogReadError);
    return (error as Error).message;
  }
  throw new Error("expected a CatalogReadError");
}

describe("readCatalogFile", () => {
  it("reads the repository's catalog.json and the seed fixtures", () => {
    expect(readCatalogFile(REPO_CATALOG).errors.length).toBeGreaterThan(40);
    expect(readCatalogFile(SEED_000).errors).toHaveLength(16);
  });

  it("names the file and says it is missing", () => {
    const file = join(dir, "nope.json");
    expect(problemOf(() => readCatalogFile(file))).toBe(`${file}: no such file.`);
  });

  it("names the file and says it is a folder", () => {
    expect(problemOf(() => readCatalogFile(dir))).toBe(`${dir}: is a directory, not a file.`);
  });

  it("names the file and says it is not JSON", () => {
    const file = write("bad.json", '{"errors": [');
    expect(problemOf(() => readCatalogFile(file))).toMatch(new RegExp(`^${file}: not valid JSON: `));
  });

  it.each([
    ["[]", "expected a JSON object with `types` and `errors`."],
    ['{"types": {}, "errors": {}}', "`errors` is not an array."],
    ['{"errors": []}', "`types` is not an object."],
    ['{"types": {}, "errors": [{"code": "a", "type": "t", "status": "400", "retry": "never", "fields": {}, "required": []}]}', "errors[0] (a).status is not an integer."],
    ['{"types": {}, "errors": [{"type": "t"}]}', "errors[0].code is not a non-empty string."],
    ['{"types": {}, "errors": [{"code": "Bad Code"}]}', 'errors[0].code "Bad Code" does not match /^[a-z][a-z0-9_]*$/.'],
    [
      '{"types": {}, "errors": [{"code": "a", "type": "t", "status": 400, "retry": "never", "fields": {}, "required": []}, {"code": "a", "type": "t", "status": 400, "retry": "never", "fields": {}, "required": []}]}',
      "errors[1] (a): the code appears twice.",
    ],
    ['{"types": {}, "errors": [{"code": "a", "type": "t", "status": 400, "retry": "never", "fields": {"x": 1}, "required": []}]}', "errors[0] (a).fields.x is not a JSON Schema."],
    ['{"types": {"t": {"status": 400}}, "errors": []}', "types.t.retry is not a string."],
  ])("names the member that makes %s not a catalogue", (text, problem) => {
    const file = write("shape.json", text);
    expect(problemOf(() => readCatalogFile(file))).toBe(`${file}: not a catalogue: ${problem}`);
  });

  it("accepts a catalogue parsed elsewhere", () => {
    expect(parseCatalog({ types: {}, errors: [] }, "inline")).toEqual({ types: {}, errors: [] });
  });
});
