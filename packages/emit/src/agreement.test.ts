/**
 * zod, Ajv and Python's jsonschema give the same verdict on every body: the proof that a service in
 * another language can use the emitted schemas as they are. Bodies are generated from catalog.json
 * with fast-check, valid ones and mutations of them.
 */
import { fileURLToPath } from "node:url";
import {
  anyErrorBodySchema,
  type CatalogJsonError,
  catalogJson,
  DIALECTS,
  type ErrorCode,
  errorBodySchema,
  errorObjectSchemas,
  type LegacyDialect,
} from "@errata/catalog/zod";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaAjv } from "../../../tests/support/schemas.js";
import { extraMembers, type FieldSchema, type Json, valid, wrongType } from "./test/arbitraries.js";
import {
  ajvValidators,
  type Case,
  findPython,
  type PythonExplanation,
  pythonExplanations,
  pythonVerdicts,
} from "./test/validators.js";

const SCHEMAS = fileURLToPath(new URL("../../../schemas", import.meta.url));
const catalog = catalogJson();
const ajv = ajvValidators(SCHEMAS);
const python = findPython();

/** A valid body of one catalogue entry. */
function validBody(entry: CatalogJsonError): fc.Arbitrary<{ error: Record<string, Json>; request_id: string }> {
  const fields = Object.entries(entry.fields) as [string, FieldSchema][];
  const rule = entry.required_when;
  return fc
    .record({
      required: fc.record(
        Object.fromEntries(
          fields.filter(([name]) => entry.required.includes(name)).map(([name, s]) => [name, valid(s)]),
        ),
      ),
      optional: fc.record(
        Object.fromEntries(
          fields.filter(([name]) => !entry.required.includes(name)).map(([name, s]) => [name, valid(s)]),
        ),
        { requiredKeys: [] },
      ),
      ruleFields: fc.record(
        Object.fromEntries(
          fields.filter(([name]) => rule?.required.includes(name)).map(([name, s]) => [name, valid(s)]),
        ),
      ),
      extra: extraMembers,
      message: fc.string({ minLength: 1, maxLength: 30 }),
      request_id: fc.stringMatching(/^req_[A-Za-z0-9]{12,24}$/),
    })
    .map(({ required, optional, ruleFields, extra, message, request_id }) => {
      const error: Record<string, Json> = {
        ...extra,
        type: entry.type,
        code: entry.code,
        message,
        ...optional,
        ...required,
      };
      if (rule && error[rule.field] === rule.equals) Object.assign(error, ruleFields);
      return { error, request_id };
    });
}

type Mutation = { kind: string; body: unknown; strict: boolean; lenient: boolean };

/** Mutations of a valid body, each with the verdict it must get from the strict and lenient schemas. */
function mutation(entry: CatalogJsonError): fc.Arbitrary<Mutation> {
  const fields = Object.entries(entry.fields) as [string, FieldSchema][];
  const typeNames = Object.keys(catalog.types).filter((type) => type !== entry.type);
  const invalid = (kind: string, change: (error: Record<string, Json>, body: Record<string, unknown>) => void) =>
    validBody(entry).map((body) => {
      const copy = structuredClone(body) as Record<string, unknown> & { error: Record<string, Json> };
      change(copy.error, copy);
      return { kind, body: copy, strict: false, lenient: false };
    });
  const options: fc.Arbitrary<Mutation>[] = [
    invalid("no request_id", (_, body) => delete body.request_id),
    validBody(entry).chain((body) =>
      fc.constantFrom(...typeNames).map((type) => ({
        kind: "type does not match code",
        body: { ...body, error: { ...body.error, type } },
        strict: false,
        lenient: false,
      })),
    ),
    validBody(entry).chain((body) =>
      fc
        .stringMatching(/^[a-z][a-z0-9_]{2,20}$/)
        .filter((code) => !catalog.errors.some((e) => e.code === code))
        .map((code) => ({
          kind: "unknown code",
          body: { ...body, error: { ...body.error, code } },
          strict: false,
          // A code this version does not know is what the lenient schema is for.
          lenient: true,
        })),
    ),
    invalid("message missing", (error) => delete error.message),
    fc
      .constantFrom(...entry.required, "type", "code")
      .chain((name) => invalid(`required ${name} missing`, (error) => delete error[name])),
  ];
  if (fields.length > 0) {
    options.push(
      fc
        .constantFrom(...fields)
        .chain(([name, schema]) =>
          wrongType(schema).chain((value) => invalid(`${name} of a wrong type`, (error) => (error[name] = value))),
        ),
    );
  }
  const enums = fields.filter(([, schema]) => schema.enum);
  if (enums.length > 0) {
    options.push(
      fc.constantFrom(...enums).chain(([name, schema]) =>
        fc
          .stringMatching(/^[a-z_]{1,12}$/)
          .filter((value) => !schema.enum?.includes(value))
          .chain((value) => invalid(`${name} outside its enum`, (error) => (error[name] = value))),
      ),
    );
  }
  const rule = entry.required_when;
  if (rule) {
    // A valid body in the rule's case, less one of the members the rule requires.
    const inRuleCase = validBody(entry).filter((body) => body.error[rule.field] === rule.equals);
    options.push(
      fc.constantFrom(...rule.required).chain((name) =>
        inRuleCase.map((body) => {
          const { [name]: _, ...error } = body.error;
          return {
            kind: `${rule.field} ${rule.equals} without ${name}`,
            body: { ...body, error },
            strict: false,
            lenient: false,
          };
        }),
      ),
    );
  }
  return fc.oneof(...options);
}

interface Verdicts {
  readonly zod: boolean;
  readonly ajv: boolean;
  python?: boolean;
}

function jsVerdicts(schema: "error.schema.json" | "error-any.schema.json", body: unknown): Verdicts {
  const zod = (schema === "error.schema.json" ? errorBodySchema : anyErrorBodySchema).safeParse(body).success;
  return { zod, ajv: ajv.get(schema)!(body) };
}

describe("zod, Ajv and Python jsonschema agree", () => {
  it("finds Python's jsonschema (Debian's python3-jsonschema)", () => {
    expect(python, "install python3-jsonschema (apt-get install python3-jsonschema)").toBeDefined();
  });

  it.each(catalog.errors.map((entry) => [entry.code, entry] as const))(
    "on valid and mutated bodies of %s",
    (code, entry) => {
      const cases: { case: Case; expected: boolean; js: Verdicts; kind: string }[] = [];
      const valids = fc.sample(validBody(entry), { numRuns: 15, seed: code.length });
      const mutations = fc.sample(mutation(entry), { numRuns: 40, seed: code.length });
      for (const body of valids) {
        expect(errorObjectSchemas[code as ErrorCode].safeParse(body.error).success).toBe(true);
        for (const schema of ["error.schema.json", "error-any.schema.json"] as const) {
          cases.push({ case: { schema, instance: body }, expected: true, js: jsVerdicts(schema, body), kind: "valid" });
        }
        const own = `errors/${code}.schema.json`;
        cases.push({
          case: { schema: own, instance: body.error },
          expected: true,
          js: { zod: true, ajv: ajv.get(own)!(body.error) },
          kind: "valid object",
        });
      }
      for (const m of mutations) {
        cases.push({
          case: { schema: "error.schema.json", instance: m.body },
          expected: m.strict,
          js: jsVerdicts("error.schema.json", m.body),
          kind: m.kind,
        });
        cases.push({
          case: { schema: "error-any.schema.json", instance: m.body },
          expected: m.lenient,
          js: jsVerdicts("error-any.schema.json", m.body),
          kind: m.kind,
        });
      }
      const fromPython = python
        ? pythonVerdicts(
            python,
            SCHEMAS,
            cases.map((c) => c.case),
          )
        : [];
      const disagreements = cases
        .map((c, i) => ({ ...c, python: fromPython[i] }))
        .filter(
          (c) =>
            c.js.zod !== c.expected || c.js.ajv !== c.expected || (python !== undefined && c.python !== c.expected),
        )
        .map((c) => ({
          kind: c.kind,
          schema: c.case.schema,
          expected: c.expected,
          zod: c.js.zod,
          ajv: c.js.ajv,
          python: c.python,
          instance: c.case.instance,
        }));
      expect(disagreements).toEqual([]);
      expect(cases.length).toBeGreaterThan(100);
    },
  );
});

describe("validation errors that name the member at fault", () => {
  const ajvAll = schemaAjv(SCHEMAS, { allErrors: true });
  /** A value of another JSON type than the field's. */
  const wrong = (schema: FieldSchema): Json => (schema.type === "string" ? 12.5 : "12.5");
  /**
   * Every field of every code set to a wrong type, in the standard body and in each legacy API's
   * body of the code that names it.
   */
  const cases = catalog.errors.flatMap((entry) =>
    Object.entries(entry.fields as Record<string, FieldSchema>).flatMap(([field, schema]) => {
      const standard = structuredClone(entry.example) as { error: Record<string, Json> };
      standard.error[field] = wrong(schema);
      const own = [
        { schema: "error-any.schema.json", instance: standard, at: ["error", field] },
        { schema: "error.schema.json", instance: standard, at: ["error", field] },
        { schema: "error-object.schema.json", instance: standard.error, at: [field] },
      ];
      const legacy = Object.entries(entry.dialect_examples).flatMap(([dialect, example]) => {
        // A generic iMessage body names no code: nothing chooses a code's schema for it.
        if (
          example === undefined ||
          (example as Record<string, Json>)[DIALECTS[dialect as LegacyDialect].code] === undefined
        )
          return [];
        const body = { ...(example as Record<string, Json>), [field]: wrong(schema) };
        return ["error-any", "error"].map((name) => ({
          schema: `dialects/${dialect}/${name}.schema.json`,
          instance: body,
          at: [field],
        }));
      });
      return [...own, ...legacy].map((c) => ({ ...c, code: entry.code, field }));
    }),
  );

  it("has a case for every field of every code, in every dialect", () => {
    expect(cases.length).toBeGreaterThan(100);
    expect(new Set(cases.map((c) => c.schema)).size).toBe(9);
  });

  it("regression: Ajv reports a known code's field of the wrong type at that field, and nothing else", () => {
    const wrongs = cases.flatMap((c) => {
      const validate = ajvAll.getSchema(`https://errata.dev/schemas/${c.schema}`);
      if (!validate) throw new Error(`Ajv has no ${c.schema}`);
      expect(validate(c.instance), `${c.schema} ${c.code}.${c.field}`).toBe(false);
      const pointer = `/${c.at.join("/")}`;
      // Besides the errors at the field, only the `if` that chose the code's schema is reported.
      const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if");
      const elsewhere = errors.filter((e) => e.instancePath !== pointer);
      return errors.length === 0 || elsewhere.length > 0
        ? [`${c.schema} ${c.code}.${c.field}: ${errors.map((e) => `${e.instancePath} ${e.message}`).join("; ")}`]
        : [];
    });
    expect(wrongs).toEqual([]);
  });

  it.skipIf(python === undefined)(
    "regression: Python's jsonschema names a known code's field of the wrong type as its best match, among at most two errors",
    () => {
      const told = pythonExplanations(python as string, SCHEMAS, cases);
      const wrongs = cases.flatMap((c, i) => {
        const { valid, path, message, errors } = told[i] as PythonExplanation;
        const right =
          !valid && JSON.stringify(path) === JSON.stringify(c.at) && /is not of type/.test(message) && errors <= 2;
        return right ? [] : [`${c.schema} ${c.code}.${c.field}: ${path.join(".")} "${message}" (${errors} errors)`];
      });
      expect(wrongs).toEqual([]);
    },
  );
});
