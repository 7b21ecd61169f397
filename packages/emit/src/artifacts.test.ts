import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ERROR_CODE_LIST, LEGACY_DIALECTS } from "@errata/catalog";
import { describe, expect, it } from "vitest";
import { schemaArtifacts, staleArtifacts, writeArtifacts } from "./artifacts.js";
import { ajvValidators } from "./test/validators.js";

const SCHEMAS = fileURLToPath(new URL("../../../schemas", import.meta.url));

describe("schemas/", () => {
  it("is what the catalogue emits (run `pnpm build` and commit when this fails)", () => {
    expect(staleArtifacts(SCHEMAS, schemaArtifacts())).toEqual([]);
  });

  it("holds the body, the lenient body, the error object, catalog.json, its schema, one schema per code and two per legacy dialect", () => {
    const paths = [...schemaArtifacts().keys()].sort();
    const perCode = ERROR_CODE_LIST.map((code) => `errors/${code}.schema.json`);
    const perDialect = LEGACY_DIALECTS.flatMap((dialect) =>
      ["error.schema.json", "error-any.schema.json"].map((file) => `dialects/${dialect}/${file}`),
    );
    expect(paths).toEqual(
      [
        "catalog.json",
        "catalog.schema.json",
        "error-any.schema.json",
        "error-object.schema.json",
        "error.schema.json",
        ...perCode,
        ...perDialect,
      ].sort(),
    );
  });

  it("gives every schema file an $id that matches its path", () => {
    for (const [path, content] of schemaArtifacts()) {
      expect((JSON.parse(content) as { $id: string }).$id.endsWith(`/${path}`), path).toBe(true);
    }
  });

  it("makes every schema file self-contained: each $ref points inside the same file", () => {
    for (const [path, content] of schemaArtifacts()) {
      if (!path.endsWith(".schema.json")) continue;
      const schema = JSON.parse(content) as Record<string, unknown>;
      for (const [, ref] of content.matchAll(/"\$ref": "([^"]+)"/g)) {
        expect(ref, path).toMatch(/^#\//);
        const target = (ref as string)
          .slice(2)
          .split("/")
          .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
          .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], schema);
        expect(target, `${path} ${ref}`).toBeTypeOf("object");
      }
    }
  });

  it("has catalog.json examples that Ajv accepts against error.schema.json", () => {
    const validate = ajvValidators(SCHEMAS).get("error.schema.json")!;
    const catalog = JSON.parse(schemaArtifacts().get("catalog.json")!) as {
      errors: { code: string; example: unknown }[];
    };
    for (const entry of catalog.errors) expect(validate(entry.example), entry.code).toBe(true);
  });

  it("never forbids unknown members, so adding an optional field breaks no older validator", () => {
    for (const content of schemaArtifacts().values()) expect(content).not.toContain('"additionalProperties": false');
  });
});

describe("writeArtifacts and staleArtifacts", () => {
  it("write every file once, then find nothing stale", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-emit-"));
    const files = schemaArtifacts();
    expect(writeArtifacts(dir, files).length).toBe(files.size);
    expect(staleArtifacts(dir, files)).toEqual([]);
    expect(writeArtifacts(dir, files)).toEqual([]);
  });

  it("find an edited file and a schema left over from a removed code, and mend both", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-emit-"));
    const files = schemaArtifacts();
    writeArtifacts(dir, files);
    writeFileSync(join(dir, "catalog.json"), "{}\n");
    writeFileSync(join(dir, "errors", "retired_code.schema.json"), "{}\n");
    expect(staleArtifacts(dir, files).sort()).toEqual(["catalog.json", "errors/retired_code.schema.json"]);
    writeArtifacts(dir, files);
    expect(existsSync(join(dir, "errors", "retired_code.schema.json"))).toBe(false);
    expect(readFileSync(join(dir, "catalog.json"), "utf8")).toBe(files.get("catalog.json"));
  });

  it("leave files outside the folders they own alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-emit-"));
    mkdirSync(join(dir, "released"));
    writeFileSync(join(dir, "released", "catalog.json"), "{}\n");
    writeFileSync(join(dir, "openapi.json"), "{}\n");
    writeArtifacts(dir, schemaArtifacts());
    expect(existsSync(join(dir, "released", "catalog.json"))).toBe(true);
    expect(existsSync(join(dir, "openapi.json"))).toBe(true);
  });

  it("leave the OpenAPI document beside a dialect's schemas alone, and remove a schema left over there", () => {
    const dir = mkdtempSync(join(tmpdir(), "errata-emit-"));
    const files = schemaArtifacts();
    writeArtifacts(dir, files);
    writeFileSync(join(dir, "dialects", "sms", "openapi.json"), "{}\n");
    writeFileSync(join(dir, "dialects", "sms", "retired.schema.json"), "{}\n");
    expect(staleArtifacts(dir, files)).toEqual(["dialects/sms/retired.schema.json"]);
    writeArtifacts(dir, files);
    expect(existsSync(join(dir, "dialects", "sms", "openapi.json"))).toBe(true);
    expect(existsSync(join(dir, "dialects", "sms", "retired.schema.json"))).toBe(false);
  });
});
