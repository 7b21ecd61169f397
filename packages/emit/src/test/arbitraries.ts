/**
 * fast-check arbitraries of the values a field's JSON Schema accepts and refuses, shared by the
 * agreement tests of the standard and the dialect schemas.
 *
 * @module
 */
import * as fc from "fast-check";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type FieldSchema = {
  type?: string;
  enum?: string[];
  const?: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  items?: FieldSchema;
  minItems?: number;
  properties?: Record<string, FieldSchema>;
  required?: string[];
};

/** A value the field schema accepts. */
export function valid(schema: FieldSchema): fc.Arbitrary<Json> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1e9, max: Math.min(schema.maximum ?? 1e9, 1e9) });
    case "string":
      return schema.pattern
        ? fc.stringMatching(new RegExp(schema.pattern))
        : fc.string({ minLength: schema.minLength ?? 0, maxLength: 20 });
    case "array":
      return fc.array(valid(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: 3 });
    case "object":
      return fc.record(
        Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, valid(value)])),
      );
    default:
      throw new Error(`no generator for ${JSON.stringify(schema)}`);
  }
}

/** A value of another JSON type than the field schema's. */
export function wrongType(schema: FieldSchema): fc.Arbitrary<Json> {
  const all: Record<string, fc.Arbitrary<Json>> = {
    string: fc.string({ maxLength: 5 }),
    integer: fc.integer(),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.constant([]),
    object: fc.constant({}),
  };
  const type = schema.type ?? (schema.enum || schema.const !== undefined ? "string" : undefined);
  return fc.oneof(
    ...Object.entries(all)
      .filter(([name]) => name !== type)
      .map(([, arbitrary]) => arbitrary),
  );
}

/** Members no schema names, which open objects accept. */
export const extraMembers = fc.dictionary(
  fc.stringMatching(/^x_[a-z]{1,6}$/),
  fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean()),
  { maxKeys: 2 },
);
