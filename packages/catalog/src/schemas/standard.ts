/**
 * zod schemas of the wire body, one per code and one for the whole body, derived from the
 * catalogue. Objects are loose: a newer server may add optional members, and an older validator
 * must not reject them.
 *
 * @module
 */
import * as z from "zod";
import { errors } from "../catalog.js";
import { ERROR_CODE_LIST } from "../codes.js";
import * as f from "../fields.js";
import { CODE_PATTERN, REQUEST_ID_PATTERN } from "../patterns.js";
import type {
  AnyErrorBody,
  AnyErrorObject,
  ErrorBody,
  ErrorCode,
  ErrorDefinition,
  ErrorObject,
  UnknownErrorObject,
} from "../types.js";

/** `req_` and 12 to 128 base62 characters. */
export const requestIdSchema = z
  .string()
  .regex(REQUEST_ID_PATTERN)
  .meta({ title: "request ID", examples: ["req_a1b2c3d4e5f6"] })
  .describe("The request's ID (`req_...`). Quote it in support requests.");

export const base = {
  message: f.message,
  param: f.param.optional(),
  details: f.details.optional(),
  doc_url: f.docUrl.optional(),
};

function objectSchema(code: string, def: ErrorDefinition): z.ZodType {
  const shape = {
    type: z.literal(def.type).describe("The error's type (category)."),
    code: z.literal(code).describe("The machine-readable error code. Branch on it."),
    ...base,
    ...def.fields,
  };
  const rule = def.requiredWhen;
  if (!rule) return z.looseObject(shape);
  // Two variants discriminated on the rule's field: JSON Schema gets a `oneOf` every validator
  // reads the same way, and TypeScript narrows on the field.
  const on = def.fields[rule.field] as z.ZodEnum;
  const required = Object.fromEntries(rule.fields.map((name) => [name, (def.fields[name] as z.ZodOptional).unwrap()]));
  return z.discriminatedUnion(rule.field, [
    z.looseObject({ ...shape, [rule.field]: z.literal(rule.equals), ...required }),
    z.looseObject({ ...shape, [rule.field]: on.exclude([rule.equals]) }),
  ]);
}

/**
 * A schema under the type the catalogue declares for what it accepts (`generated/types.ts`), which
 * the type tests hold to zod's own inference: inferred over every code, that type is too deep for
 * the compiler at a catalogue's scale.
 */
function declared<T>(schema: z.ZodType): z.ZodType<T> {
  // zod's inferred type and the declared one are written apart: the one cast between them.
  return schema as unknown as z.ZodType<T>;
}

/** The schema of each code's `error` object. */
export const errorObjectSchemas = Object.freeze(
  Object.fromEntries(ERROR_CODE_LIST.map((code) => [code, objectSchema(code, errors[code])])),
) as { readonly [C in ErrorCode]: z.ZodType<ErrorObject<C>> };

/** The `error` object of any catalogued code, discriminated on `code`. */
export const errorObjectSchema = declared<AnyErrorObject>(
  z.discriminatedUnion(
    "code",
    // Each is an object or a union of two, all discriminable on `code`; the typed table says only ZodType.
    ERROR_CODE_LIST.map((code) => errorObjectSchemas[code]) as unknown as [z.ZodObject, ...z.ZodObject[]],
  ),
);

/** A whole error body of a catalogued code, with each code's rules. */
export const errorBodySchema = declared<ErrorBody>(
  z.looseObject({
    error: errorObjectSchema,
    request_id: requestIdSchema,
  }),
);

/** A whole error body of one code. */
export function errorBodySchemaOf<C extends ErrorCode>(code: C): z.ZodType<ErrorBody<C>> {
  return declared<ErrorBody<C>>(z.looseObject({ error: errorObjectSchemas[code], request_id: requestIdSchema }));
}

const knownCodes: ReadonlySet<string> = new Set(ERROR_CODE_LIST);

/** An error object of a code this version does not know: only the common members are checked. */
const unknownErrorObjectSchema = z.looseObject({
  type: z
    .string()
    .regex(CODE_PATTERN)
    .meta({ title: "snake_case name", examples: ["rate_limit_error"] })
    .describe("The error's type; may be one this version does not know."),
  code: z
    .string()
    .regex(CODE_PATTERN)
    // An example of its own: every catalogued code is refused here.
    .meta({ title: "snake_case name", examples: ["a_newer_code"] })
    .refine((code) => !knownCodes.has(code), "A catalogued code must match its own schema.")
    // The same rule for JSON Schema, which cannot see the refinement.
    .meta({ not: { enum: [...ERROR_CODE_LIST] } })
    .describe("A code this version does not know."),
  ...base,
});

/** The `error` object of a known code (checked fully) or of an unknown one (common members only). */
export const anyErrorObjectSchema = declared<AnyErrorObject | UnknownErrorObject>(
  z.union([errorObjectSchema, unknownErrorObjectSchema]),
);

/**
 * The lenient body: any well-formed error body. Known codes are checked fully; a code this version
 * does not know (a newer server may send one) needs only the common members.
 */
export const anyErrorBodySchema = declared<AnyErrorBody>(
  z.looseObject({
    error: anyErrorObjectSchema,
    request_id: z.string().min(1).describe("The request's ID. Quote it in support requests."),
  }),
);
