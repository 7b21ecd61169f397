/**
 * The vectors: current with the catalogue and the packages, valid against their own schema, every
 * rendered body valid against its code's schema in its dialect, and covering every code in every
 * dialect that sends it, every seed body and the hostile set.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogJson } from "@errata/catalog/zod";
import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, SCHEMAS_DIR, schemaAjv } from "../../../tests/support/schemas.js";
import { vectorArtifacts } from "./files.js";
import type { ParseInput, RenderInput, RenderOutput, Vector, VectorsFile } from "./protocol.js";
import { SEED_BODIES } from "./seed-bodies.js";
import { VECTORS_SCHEMA } from "./vectors-schema.js";

const DIR = join(SCHEMAS_DIR, "conformance");
const file = JSON.parse(readFileSync(join(DIR, "vectors.json"), "utf8")) as VectorsFile;
const catalog = catalogJson();
const byId = new Map(file.vectors.map((vector) => [vector.id, vector]));
/** The expected output of a vector that must exist. */
function output<T>(vector: Vector | undefined): T {
  if (vector === undefined) throw new Error("no such vector");
  return (vector.expected as { output: T }).output;
}

describe("the vectors files", () => {
  let built: Map<string, string>;
  beforeAll(async () => {
    built = await vectorArtifacts();
  });

  it.each(["vectors.json", "vectors.schema.json"])("%s is current (run `pnpm build` to regenerate it)", (name) => {
    expect(readFileSync(join(DIR, name), "utf8") === built.get(name)).toBe(true);
  });

  it("validates against its own schema", () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(VECTORS_SCHEMA);
    expect(validate(file) ? [] : validate.errors?.slice(0, 5)).toEqual([]);
  });

  it("counts what it holds, by operation", () => {
    for (const op of ["render", "parse", "retry"] as const)
      expect(file.counts[op]).toBe(file.vectors.filter((vector) => vector.op === op).length);
  });

  it("gives every vector a stable, unique id", () => {
    expect(byId.size).toBe(file.vectors.length);
  });
});

describe("coverage", () => {
  const pairs = catalog.errors.flatMap((entry) => entry.apis.map((dialect) => [entry.code, dialect] as const));

  it.each(["render", "parse", "retry"])("has a %s vector for every code in every dialect that sends it", (op) => {
    const missing = pairs.filter(
      ([code, dialect]) => !file.vectors.some((v) => v.op === op && v.id.startsWith(`${op}/${dialect}/${code}/`)),
    );
    expect(missing).toEqual([]);
  });

  it("reads back every rendered example to its code, known, in its dialect", () => {
    const wrong = pairs.filter(([code, dialect]) => {
      const parsed = output<Record<string, unknown>>(byId.get(`parse/${dialect}/${code}/rendered`));
      return !(parsed.code === code && parsed.known === true && parsed.dialect === dialect);
    });
    expect(wrong).toEqual([]);
  });

  it("holds every seed body verbatim, read to its code and dialect", () => {
    const seeds = file.vectors.filter((v) => v.id.startsWith("parse/seed/"));
    expect(seeds.map((v) => (v.input as ParseInput).body)).toEqual(SEED_BODIES.map((seed) => seed.text));
    seeds.forEach((vector, i) => {
      const seed = SEED_BODIES[i];
      expect(output(vector)).toMatchObject({ code: seed?.code, dialect: seed?.dialect, known: true, ...seed?.fields });
    });
  });

  it("holds every transport reason a body can cause, and refusals", () => {
    const reasons = new Set(
      file.vectors.map((v) => (v.op === "parse" ? output<{ reason?: string }>(v)?.reason : undefined)),
    );
    for (const reason of ["empty", "not_json", "not_error_body", "too_large"]) expect(reasons).toContain(reason);
    expect(file.vectors.filter((v) => "error" in v.expected).length).toBeGreaterThanOrEqual(10);
  });
});

describe("every rendered body", () => {
  const ajv = schemaAjv();
  const rendered = file.vectors.filter(
    (v) => v.op === "render" && "output" in v.expected && !(v.input as RenderInput).accept?.includes("problem"),
  );

  it("validates against its code's JSON Schema in its dialect", () => {
    const invalid: string[] = [];
    for (const vector of rendered) {
      const { code, dialect } = vector.input as RenderInput;
      const body = JSON.parse(output<RenderOutput>(vector).body);
      const strict = `https://errata.dev/schemas/dialects/${dialect}/error.schema.json`;
      // The standard body as a whole, and its error object against the code's own schema.
      const checks: [string, unknown][] =
        dialect === "standard"
          ? [
              ["https://errata.dev/schemas/error.schema.json", body],
              [`https://errata.dev/schemas/errors/${code}.schema.json`, body.error],
            ]
          : [
              [
                catalog.errors.find((e) => e.code === code)?.apis.includes(dialect)
                  ? `${strict}#/$defs/${code}`
                  : `https://errata.dev/schemas/dialects/${dialect}/error-any.schema.json`,
                body,
              ],
            ];
      for (const [id, value] of checks) {
        const validate = ajv.getSchema(id);
        if (validate === undefined) invalid.push(`${vector.id}: no schema ${id}`);
        else if (!validate(value)) invalid.push(`${vector.id}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    expect(rendered.length).toBeGreaterThan(100);
    expect(invalid).toEqual([]);
  });

  it("is written in UTF-8 without escaping what JSON.stringify leaves as it is", () => {
    const special = output<RenderOutput>(byId.get("render/hostile/special-message/sms")).body;
    for (const raw of ["<b>&amp;</b>", "💬", "\u2028", "\u007f", "Ünïcödé"]) expect(special).toContain(raw);
    expect(special).toContain("\\u0007");
  });
});

it("lives where the repository says it does", () => {
  expect(DIR.startsWith(ROOT)).toBe(true);
});
