/**
 * One base for the errors the packages throw, and `instanceof` that holds across copies of a
 * package: the built ESM and CommonJS files each carry their own copy of every class.
 */
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ErrataBaseError } from "./base-error.js";
import { CatalogReadError, parseCatalogFile } from "./file.js";
import { CatalogError } from "./self-check/problems.js";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const require = createRequire(import.meta.url);

type Classes = { ErrataBaseError: typeof ErrataBaseError; CatalogReadError: typeof CatalogReadError };

describe("ErrataBaseError", () => {
  it("is the base of the catalogue's errors, each named on its prototype", () => {
    const read = new CatalogReadError("catalog.json", "no version");
    const broken = new CatalogError([{ code: "x", rule: "code-format", message: "bad" }]);
    for (const [error, name] of [
      [read, "CatalogReadError"],
      [broken, "CatalogError"],
    ] as const) {
      expect(error).toBeInstanceOf(ErrataBaseError);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(Object.hasOwn(error, "name")).toBe(false);
      expect(String(error)).toMatch(new RegExp(`^${name}: `));
    }
    expect(read).not.toBeInstanceOf(CatalogError);
    expect(broken).not.toBeInstanceOf(CatalogReadError);
  });

  it("is what a reader throws", () => {
    expect(() => parseCatalogFile("{", "bad.json")).toThrow(ErrataBaseError);
  });

  it("counts no other error, whatever its name", () => {
    const lookalike = Object.assign(new Error("x"), { name: "CatalogReadError" });
    expect(lookalike).not.toBeInstanceOf(CatalogReadError);
    expect(lookalike).not.toBeInstanceOf(ErrataBaseError);
    for (const value of [undefined, null, 0, "CatalogReadError", {}, { name: "ErrataBaseError" }])
      expect(value instanceof ErrataBaseError).toBe(false);
  });

  it("holds across the built ESM and CommonJS copies, and across two entries of one format", async () => {
    const esm = (await import(pathToFileURL(`${DIST}index.js`).href)) as Pick<Classes, "ErrataBaseError">;
    const esmFile = (await import(pathToFileURL(`${DIST}file.js`).href)) as Pick<Classes, "CatalogReadError">;
    const cjs = require(`${DIST}index.cjs`) as Pick<Classes, "ErrataBaseError">;
    const cjsFile = require(`${DIST}file.cjs`) as Pick<Classes, "CatalogReadError">;
    // Each CommonJS entry inlines its own copy of the base: these are different classes.
    expect(cjs.ErrataBaseError).not.toBe(esm.ErrataBaseError);
    const fromCjs = new cjsFile.CatalogReadError("catalog.json", "no version");
    const fromEsm = new esmFile.CatalogReadError("catalog.json", "no version");
    for (const error of [fromCjs, fromEsm]) {
      expect(error).toBeInstanceOf(esm.ErrataBaseError);
      expect(error).toBeInstanceOf(cjs.ErrataBaseError);
      expect(error).toBeInstanceOf(esmFile.CatalogReadError);
      expect(error).toBeInstanceOf(cjsFile.CatalogReadError);
      expect(error).toBeInstanceOf(ErrataBaseError);
    }
    expect(new esm.ErrataBaseError("x")).not.toBeInstanceOf(cjsFile.CatalogReadError);
  });
});
