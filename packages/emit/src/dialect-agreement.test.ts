/**
 * zod, Ajv and Python's jsonschema give the same verdict on the bodies of the legacy dialects
 * (`schemas/dialects/<name>/`): the catalogue's examples, the reference documents' bodies verbatim,
 * broken variants of each, and bodies generated with fast-check and written by `dialectBody`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type CatalogJsonError,
  catalogJson,
  DIALECTS,
  dialectBody,
  dialectBodySchemas,
  ERROR_CODE_LIST,
  ERRORS,
  exampleBody,
  GENERIC_CODES,
  LEGACY_DIALECTS,
  type LegacyDialect,
} from "@errata/catalog/zod";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEED_BODIES } from "../../../tests/support/seed-bodies.js";
import { extraMembers, type FieldSchema, type Json, valid, wrongType } from "./test/arbitraries.js";
import { ajvValidators, type Case, findPython, pythonVerdicts } from "./test/validators.js";

const SCHEMAS = fileURLToPath(new URL("../../../schemas", import.meta.url));
const catalog = catalogJson();
const ajv = ajvValidators(SCHEMAS);
const python = findPython();

type Body = Record<string, Json>;

/** A body and the verdicts the strict and the lenient schema must give it. */
interface Expectation {
  readonly kind: string;
  readonly body: unknown;
  readonly strict: boolean;
  readonly lenient: boolean;
}

const strictFile = (dialect: LegacyDialect) => `dialects/${dialect}/error.schema.json`;
const lenientFile = (dialect: LegacyDialect) => `dialects/${dialect}/error-any.schema.json`;

/** The cases whose verdict differs from the expected one in zod, Ajv or Python, with every verdict. */
function disagreements(dialect: LegacyDialect, expectations: readonly Expectation[]) {
  const { body: strict, any: lenient } = dialectBodySchemas[dialect];
  const cases: { case: Case; expected: boolean; zod: boolean; ajv: boolean; kind: string }[] = [];
  for (const e of expectations) {
    for (const [schema, zod, expected] of [
      [strictFile(dialect), strict, e.strict],
      [lenientFile(dialect), lenient, e.lenient],
    ] as const) {
      const check = ajv.get(schema);
      if (!check) throw new Error(`Ajv has no ${schema}`);
      cases.push({
        case: { schema, instance: e.body },
        expected,
        zod: zod.safeParse(e.body).success,
        ajv: check(e.body),
        kind: e.kind,
      });
    }
  }
  const fromPython = python
    ? pythonVerdicts(
        python,
        SCHEMAS,
        cases.map((c) => c.case),
      )
    : [];
  return cases
    .map((c, i) => ({ ...c, python: fromPython[i] }))
    .filter((c) => c.zod !== c.expected || c.ajv !== c.expected || (python !== undefined && c.python !== c.expected))
    .map(({ case: { schema, instance }, ...rest }) => ({ schema, ...rest, instance }));
}

const entryOf = (code: string) => catalog.errors.find((entry) => entry.code === code) as CatalogJsonError;
const sends = (dialect: LegacyDialect, entry: CatalogJsonError) => entry.apis.includes(dialect);

/** The exact message of a code's generic body, as the catalogue maps it back. */
function genericMessage(dialect: LegacyDialect, entry: CatalogJsonError): string | undefined {
  const byMessage = GENERIC_CODES[dialect]?.[String(entry.status)] ?? {};
  return Object.keys(byMessage).find((message) => byMessage[message] === entry.code);
}

/** Whether a body in `dialect` leaves its code out (a generic body). */
function codeless(dialect: LegacyDialect, body: Body): boolean {
  return !Object.hasOwn(body, DIALECTS[dialect].code);
}

/**
 * Whether the lenient schema takes a body whose field `name` is wrong: only a generic body's, whose
 * code it cannot tell, and then only for the code's own fields (`param` and `details` are the envelope's).
 */
const leniently = (dialect: LegacyDialect, body: Body, name: string) =>
  codeless(dialect, body) && name !== "param" && name !== "details";

/** A value of another JSON type than the field schema's, fixed. */
const wrongValue = (schema: FieldSchema): Json => (schema.type === "string" ? 42 : "42");

/**
 * Broken (and merely unexpected) variants of a valid body of `entry` in `dialect`, each with its
 * verdicts. `strict` is whether the API sends the code; a generic body's own fields are checked by
 * the strict schema only (the lenient one cannot tell which code it is).
 */
function variants(dialect: LegacyDialect, entry: CatalogJsonError, body: Body, strict: boolean): Expectation[] {
  const envelope = DIALECTS[dialect];
  const generic = codeless(dialect, body);
  const out: Expectation[] = [];
  const add = (kind: string, change: (copy: Body) => void, verdicts: { strict?: boolean; lenient: boolean }) => {
    const copy = structuredClone(body);
    change(copy);
    out.push({ kind, body: copy, strict: verdicts.strict ?? false, lenient: verdicts.lenient });
  };
  add("message missing", (copy) => delete copy.message, { lenient: false });
  add("an extra member", (copy) => (copy.x_extra = 1), { strict: true, lenient: true });
  add("the standard dialect's request_id", (copy) => (copy.request_id = "req_a1b2c3d4e5f6"), { lenient: true });
  add("the standard dialect's type", (copy) => (copy.type = entry.type), { lenient: true });
  add("the standard dialect's doc_url", (copy) => (copy.doc_url = "https://errata.dev/docs/errors"), { lenient: true });
  if (envelope.code === "error") {
    add(
      "code moved to `code`",
      (copy) => {
        copy.code = copy.error as Json;
        delete copy.error;
      },
      { lenient: false },
    );
    add("status in the body", (copy) => (copy.status = entry.status), { lenient: true });
    add("a `code` member", (copy) => (copy.code = entry.code), { lenient: true });
    add("unknown code", (copy) => (copy.error = "a_code_no_version_knows"), { lenient: true });
  } else {
    add("`error` not ApiError", (copy) => (copy.error = "Error"), { lenient: false });
    add(
      "code moved to `error`",
      (copy) => {
        copy.error = entry.code;
        delete copy.code;
      },
      { lenient: false },
    );
    const other = entry.status === 500 ? 503 : 500;
    add("a wrong status for the code", (copy) => (copy.status = other), { lenient: generic });
    add("status a string", (copy) => (copy.status = String(entry.status)), { lenient: false });
    add("unknown code", (copy) => (copy.code = "a_code_no_version_knows"), { lenient: true });
    if (generic) add("a generic body's message changed", (copy) => (copy.message = "Not found."), { lenient: true });
  }
  for (const [name, schema] of Object.entries(entry.fields) as [string, FieldSchema][]) {
    add(`${name} of a wrong type`, (copy) => (copy[name] = wrongValue(schema)), {
      lenient: leniently(dialect, body, name),
    });
  }
  for (const name of entry.required) {
    add(`required ${name} missing`, (copy) => delete copy[name], { lenient: generic });
  }
  // Only a sent code's body passes the strict schema; the verdicts above hold for any code.
  return strict ? out : out.map((e) => ({ ...e, strict: false }));
}

/** A valid standard error object of `entry`, with a generated message and fields. */
function errorObject(entry: CatalogJsonError): fc.Arbitrary<Record<string, Json>> {
  const fields = Object.entries(entry.fields) as [string, FieldSchema][];
  const rule = entry.required_when;
  const some = (names: (name: string) => boolean, requiredKeys?: []) =>
    fc.record(
      Object.fromEntries(fields.filter(([name]) => names(name)).map(([name, schema]) => [name, valid(schema)])),
      requiredKeys ? { requiredKeys } : {},
    );
  return fc
    .record({
      required: some((name) => entry.required.includes(name)),
      optional: some((name) => !entry.required.includes(name), []),
      ruleFields: some((name) => rule?.required.includes(name) === true),
      message: fc.string({ minLength: 1, maxLength: 30 }),
    })
    .map(({ required, optional, ruleFields, message }) => {
      const error: Record<string, Json> = { type: entry.type, code: entry.code, message, ...optional, ...required };
      if (rule && error[rule.field] === rule.equals) Object.assign(error, ruleFields);
      return error;
    });
}

/** A valid body of `entry` in `dialect`, as `dialectBody` writes it; a generic one where the API sends it so. */
function dialectBodyOf(dialect: LegacyDialect, entry: CatalogJsonError): fc.Arbitrary<Body> {
  const exact = entry.without_code?.includes(dialect) ? genericMessage(dialect, entry) : undefined;
  return fc.record({ error: errorObject(entry), generic: fc.boolean() }).map(({ error, generic }) => {
    const withoutCode = exact !== undefined && generic;
    const object = withoutCode ? { ...error, message: exact } : error;
    return dialectBody(dialect, object as never, {
      status: entry.status,
      requestId: "req_a1b2c3d4e5f6",
      withoutCode,
    }) as Body;
  });
}

describe.each(LEGACY_DIALECTS)("the %s dialect's schemas under zod, Ajv and Python jsonschema", (dialect) => {
  it("finds Python's jsonschema (Debian's python3-jsonschema)", () => {
    expect(python, "install python3-jsonschema (apt-get install python3-jsonschema)").toBeDefined();
  });

  it("accept every example of catalog.json in the dialect, strict and lenient", () => {
    const examples = catalog.errors.flatMap((entry) =>
      Object.entries(entry.dialect_examples)
        .filter(([name]) => name === dialect)
        .map(([, body]) => ({ kind: `${entry.code} example`, body, strict: true, lenient: true })),
    );
    expect(examples.length).toBe(catalog.errors.filter((entry) => sends(dialect, entry)).length);
    expect(disagreements(dialect, examples)).toEqual([]);
  });

  it("refuse alike the broken variants of every example, and accept the unexpected ones leniently", () => {
    const broken = catalog.errors.flatMap((entry) => {
      const body = entry.dialect_examples[dialect] as Body | undefined;
      return body ? variants(dialect, entry, body, true) : [];
    });
    const kinds = new Set(broken.map((e) => e.kind));
    expect(kinds).toContain("message missing");
    expect(kinds).toContain("an extra member");
    expect(broken.some((e) => e.kind.endsWith("of a wrong type"))).toBe(true);
    expect(disagreements(dialect, broken)).toEqual([]);
  });

  it("agree on generated bodies of every code, sent by the API or not, and on their mutations", () => {
    const expectations = catalog.errors.flatMap((entry) => {
      const seed = entry.code.length + dialect.length;
      const strict = sends(dialect, entry);
      const bodies = fc.sample(dialectBodyOf(dialect, entry), { numRuns: 6, seed });
      const withExtras = fc.sample(
        fc.tuple(dialectBodyOf(dialect, entry), extraMembers).map(([body, extra]) => ({ ...extra, ...body })),
        { numRuns: 2, seed },
      );
      const mutated = fc.sample(
        dialectBodyOf(dialect, entry).chain((body) => fc.constantFrom(...variants(dialect, entry, body, strict))),
        { numRuns: 8, seed },
      );
      const wrongTyped = Object.entries(entry.fields).length
        ? fc.sample(
            fc
              .tuple(
                dialectBodyOf(dialect, entry),
                fc.constantFrom(...(Object.entries(entry.fields) as [string, FieldSchema][])),
              )
              .chain(([body, [name, schema]]) =>
                wrongType(schema).map((value) => ({
                  kind: `${name} of a generated wrong type`,
                  body: { ...body, [name]: value },
                  strict: false,
                  lenient: leniently(dialect, body, name),
                })),
              ),
            { numRuns: 3, seed },
          )
        : [];
      return [
        ...bodies.map((body) => ({ kind: "valid", body, strict, lenient: true })),
        ...withExtras.map((body) => ({
          kind: "valid with extra members",
          body,
          strict,
          lenient: true,
        })),
        ...mutated,
        ...wrongTyped,
      ];
    });
    expect(expectations.length).toBeGreaterThan(catalog.errors.length * 15);
    expect(disagreements(dialect, expectations)).toEqual([]);
  });
});

describe.each(LEGACY_DIALECTS)("the %s dialect's strict schema", (dialect) => {
  it("accepts the reference document's bodies (verbatim where it prints them), each as its own code and no other", () => {
    const bodies = SEED_BODIES.filter((seed) => seed.dialect === dialect).map((seed) => ({
      ...seed,
      body: JSON.parse(seed.text) as Body,
    }));
    expect(bodies.length).toBeGreaterThan(0);
    const { codes } = dialectBodySchemas[dialect];
    for (const { code, body } of bodies) {
      const readAs = Object.entries(codes)
        .filter(([, schema]) => schema?.safeParse(body).success)
        .map(([name]) => name);
      expect(readAs, JSON.stringify(body)).toEqual([code]);
    }
    const expectations = bodies.map(({ code, body }) => ({ kind: `seed ${code}`, body, strict: true, lenient: true }));
    expect(disagreements(dialect, expectations)).toEqual([]);
  });
});

describe("the dialect schemas", () => {
  it("leave unknown members to every schema but a member of another dialect's envelope to the lenient one", () => {
    const body = entryOf("throttled").dialect_examples.sms as Body;
    const { body: strict, any } = dialectBodySchemas.sms;
    expect(strict.safeParse({ ...body, x_added_later: 1 }).success).toBe(true);
    expect(strict.safeParse({ ...body, status: 429 }).success).toBe(false);
    expect(any.safeParse({ ...body, status: 429 }).success).toBe(true);
  });

  it("accept a generic iMessage body only with its exact message in the strict schema", () => {
    const entry = entryOf("not_found");
    const body = entry.dialect_examples.imessage as Body;
    const { body: strict, any } = dialectBodySchemas.imessage;
    expect(strict.safeParse(body).success).toBe(true);
    expect(strict.safeParse({ ...body, message: `${body.message} ` }).success).toBe(false);
    expect(strict.safeParse({ ...body, message: "Something else.", code: "not_found" }).success).toBe(true);
    expect(any.safeParse({ ...body, message: "A message this version does not know." }).success).toBe(true);
  });
});

describe("which dialect schema to use when", () => {
  it("regression: a strict dialect schema refuses the server's body of a code its API does not list, the lenient one reads it, and the READMEs say so", () => {
    for (const dialect of LEGACY_DIALECTS) {
      const unlisted = ERROR_CODE_LIST.filter((code) => !ERRORS[code].apis.includes(dialect));
      expect(unlisted.length, dialect).toBeGreaterThan(0);
      for (const code of unlisted) {
        // What @errata/server sends for that code in this API: the catalogue's dialectBody.
        const sent = dialectBody(dialect, exampleBody(code).error, {
          status: ERRORS[code].status,
          requestId: "req_a1b2c3d4e5f6",
        });
        expect(ajv.get(`dialects/${dialect}/error.schema.json`)?.(sent), `${dialect} ${code} strict`).toBe(false);
        expect(ajv.get(`dialects/${dialect}/error-any.schema.json`)?.(sent), `${dialect} ${code} lenient`).toBe(true);
      }
    }
    const read = (path: string) =>
      readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8").replace(/\s+/g, " ");
    expect(read("packages/schemas/README.md")).toContain("**Which to use when.**");
    expect(read("packages/schemas/README.md")).toContain("which its lenient schema accepts");
    expect(read("README.md")).toContain("test a service's bodies of such codes with the lenient schema");
  });
});
