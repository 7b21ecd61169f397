import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../catalog-file.js";
import { compareSchemas, jsonEqual } from "./schemas.js";

const kinds = (before: JsonSchema | boolean, after: JsonSchema | boolean) =>
  compareSchemas(before, after, "f").map((c) => `${c.kind}:${c.bump}`);

describe("compareSchemas", () => {
  it("finds nothing between a schema and a copy of it", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (schema) => {
        expect(compareSchemas(schema, structuredClone(schema), "f")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("calls a raised lower bound narrowing (major) and a lowered one widening (minor), for every bound keyword", () => {
    const lower = fc.constantFrom("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties");
    fc.assert(
      fc.property(lower, fc.nat(1000), fc.nat(1000), (key, a, b) => {
        const changes = compareSchemas({ [key]: a }, { [key]: b }, "f");
        if (a === b) expect(changes).toEqual([]);
        else expect(changes.map((c) => c.bump)).toEqual([b > a ? "major" : "minor"]);
      }),
      { numRuns: 150 },
    );
  });

  it("calls a lowered upper bound narrowing (major) and a raised one widening (minor), for every bound keyword", () => {
    const upper = fc.constantFrom("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties");
    fc.assert(
      fc.property(upper, fc.nat(1000), fc.nat(1000), (key, a, b) => {
        const changes = compareSchemas({ [key]: a }, { [key]: b }, "f");
        if (a === b) expect(changes).toEqual([]);
        else expect(changes.map((c) => c.bump)).toEqual([b < a ? "major" : "minor"]);
      }),
      { numRuns: 150 },
    );
  });

  it("calls an enum that loses values a major and one that gains values a minor, one change per value", () => {
    const values = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e"), { minLength: 1 });
    fc.assert(
      fc.property(values, values, (a, b) => {
        const changes = compareSchemas({ type: "string", enum: a }, { type: "string", enum: b }, "f");
        const removed = a.filter((v) => !b.includes(v));
        const added = b.filter((v) => !a.includes(v));
        expect(changes.filter((c) => c.kind === "enum-value-removed" && c.bump === "major")).toHaveLength(
          removed.length,
        );
        expect(changes.filter((c) => c.kind === "enum-value-added" && c.bump === "minor")).toHaveLength(added.length);
        expect(changes).toHaveLength(removed.length + added.length);
      }),
      { numRuns: 150 },
    );
  });

  it("counts a new constraint as narrowing and a dropped one as widening", () => {
    expect(kinds({ type: "string" }, { type: "string", pattern: "^a" })).toEqual(["field-narrowed:major"]);
    expect(kinds({ type: "string", pattern: "^a" }, { type: "string" })).toEqual(["field-widened:minor"]);
    expect(kinds({}, { type: "string" })).toEqual(["field-narrowed:major"]);
    expect(kinds({ type: "string" }, {})).toEqual(["field-widened:minor"]);
    expect(kinds({ type: "array" }, { type: "array", uniqueItems: true })).toEqual(["field-narrowed:major"]);
  });

  it("treats true as any value and false as none", () => {
    expect(kinds({ type: "string" }, true)).toEqual(["field-widened:minor"]);
    expect(kinds(true, { type: "string" })).toEqual(["field-narrowed:major"]);
    expect(kinds({ type: "string" }, false)).toEqual(["field-narrowed:major"]);
  });

  it("takes a change of a keyword it cannot reason about as major", () => {
    expect(kinds({ anyOf: [{ type: "string" }] }, { anyOf: [{ type: "string" }, { type: "null" }] })).toEqual([
      "field-type-changed:major",
    ]);
  });

  it("looks inside objects: a new required property, a new optional one, one that becomes required", () => {
    const base = { type: "object", properties: { a: { type: "string" } }, required: ["a"] };
    expect(
      kinds(base, { ...base, properties: { ...base.properties, b: { type: "string" } }, required: ["a", "b"] }),
    ).toEqual(["field-added:major"]);
    expect(kinds(base, { ...base, properties: { ...base.properties, b: { type: "string" } } })).toEqual([
      "field-added:minor",
    ]);
    expect(kinds({ ...base, required: [] }, base)).toEqual(["field-required:major"]);
    expect(kinds(base, { ...base, required: [] })).toEqual(["field-optional:major"]);
    expect(kinds(base, { ...base, additionalProperties: false })).toEqual(["field-narrowed:major"]);
    expect(kinds({ ...base, additionalProperties: false }, { ...base, additionalProperties: {} })).toEqual([
      "field-widened:minor",
    ]);
  });

  it("names the path of a nested change", () => {
    const before = { type: "array", items: { type: "object", properties: { n: { type: "integer", maximum: 10 } } } };
    const after = { type: "array", items: { type: "object", properties: { n: { type: "integer", maximum: 5 } } } };
    expect(compareSchemas(before, after, "details")).toEqual([
      { kind: "field-narrowed", bump: "major", detail: "details[].n: maximum 10 → 5." },
    ]);
  });

  it("calls a reworded description a patch", () => {
    expect(kinds({ type: "string", description: "A." }, { type: "string", description: "B." })).toEqual([
      "field-doc-changed:patch",
    ]);
  });
});

describe("jsonEqual", () => {
  it("agrees with comparing canonical JSON", () => {
    const canonical = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(canonical)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.keys(value)
                .sort()
                .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
            )
          : value;
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(jsonEqual(a, b)).toBe(JSON.stringify(canonical(a)) === JSON.stringify(canonical(b)));
        expect(jsonEqual(a, structuredClone(a))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
