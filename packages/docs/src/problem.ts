/**
 * The RFC 9457 problem details form of an error body (`application/problem+json`), and its
 * JSON Schema, derived from each code's schema so the two forms cannot drift apart.
 *
 * @module
 */
import { PROBLEM_INSTANCE_PREFIX, problemInstanceOf } from "@errata/catalog";
import { type CatalogEntry, type JsonSchema, SchemaSetError } from "./schemas-dir.js";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An error body in RFC 9457 form: the standard members plus `code`, `request_id` and the code's fields. */
export interface ProblemDetails {
  /** The code's `doc_url`. */
  readonly type: string;
  /** The code's title. */
  readonly title: string;
  /** The HTTP status. */
  readonly status: number;
  /** The error's `message`. */
  readonly detail: string;
  /** The `request_id` as an absolute URI (`problemInstanceOf`). */
  readonly instance: string;
  readonly code: string;
  readonly request_id: string;
  readonly [extension: string]: unknown;
}

/** The members of `error` that the standard problem members take over. */
const REPLACED = new Set(["type", "message", "doc_url"]);
export const PROBLEM_MEMBERS = ["type", "title", "status", "detail", "instance", "code", "request_id"] as const;

/**
 * An error body (`{error, request_id}`) in problem details form: `type` = `doc_url`, `title`,
 * `status`, `detail` = `message`, `instance` = `request_id` as an absolute URI, and `code`, `request_id`, `param`,
 * `details` and the code's fields as extension members. Members named like a standard member are left
 * out; `buildReference` refuses a catalogue whose fields take such a name.
 */
export function toProblemDetails(
  body: { readonly error: { readonly [key: string]: unknown }; readonly request_id: string },
  entry: Pick<CatalogEntry, "title" | "status" | "doc_url">,
): ProblemDetails {
  const extensions = Object.entries(body.error).filter(
    ([key]) => !REPLACED.has(key) && !(PROBLEM_MEMBERS as readonly string[]).includes(key),
  );
  return {
    type: typeof body.error.doc_url === "string" ? body.error.doc_url : entry.doc_url,
    title: entry.title,
    status: entry.status,
    detail: String(body.error.message),
    instance: problemInstanceOf(body.request_id),
    code: String(body.error.code),
    request_id: body.request_id,
    ...Object.fromEntries(extensions),
  };
}

/**
 * The standard members' schemas. `requestId` is the body's `request_id` schema, so both forms
 * accept the same IDs.
 */
function standardMembers(requestId: JsonSchema, status: JsonSchema): Record<string, JsonSchema> {
  return {
    type: {
      type: "string",
      pattern: "^https?:\\/\\/\\S+$",
      description: "The code's `doc_url`: a link to its entry in the error reference.",
    },
    title: { type: "string", minLength: 1, description: "The code's short title." },
    status,
    detail: { type: "string", minLength: 1, description: "The error's `message`. Never branch on it." },
    instance: {
      type: "string",
      // The request ID's own pattern, behind the URI prefix, so both members name one request.
      pattern: `^${escapeRegExp(PROBLEM_INSTANCE_PREFIX)}${String(requestId.pattern ?? ".+").replace(/^\^/, "")}`,
      description: `This occurrence as an absolute URI: \`${PROBLEM_INSTANCE_PREFIX}\` and the request ID, the same as \`request_id\`.`,
    },
    code: {
      type: "string",
      pattern: "^[a-z][a-z0-9_]*$",
      description: "The machine-readable error code. Branch on it.",
    },
    request_id: requestId,
  };
}

/** The schema of any problem details error body, whatever its code. */
export function problemSchema(requestId: JsonSchema): JsonSchema {
  return {
    type: "object",
    description: "An error response in RFC 9457 problem details form (`application/problem+json`).",
    properties: standardMembers(requestId, {
      type: "integer",
      minimum: 400,
      maximum: 599,
      description: "The HTTP status.",
    }),
    required: [...PROBLEM_MEMBERS],
    additionalProperties: {},
  };
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One object variant of a code's schema, in problem form. */
function problemVariant(variant: JsonSchema, entry: CatalogEntry, requestId: JsonSchema): JsonSchema {
  const properties = variant.properties;
  if (!isObject(properties) || !isObject(properties.code)) {
    throw new SchemaSetError(`errors/${entry.code}.schema.json: expected an object schema with a \`code\` property`);
  }
  const standard = standardMembers(requestId, {
    type: "integer",
    const: entry.status,
    description: "The HTTP status.",
  });
  const kept = Object.entries(properties).filter(([key]) => !REPLACED.has(key) && !(key in standard));
  const required = Array.isArray(variant.required) ? (variant.required as string[]) : [];
  return {
    type: "object",
    properties: { ...standard, code: properties.code, ...Object.fromEntries(kept) },
    required: [...PROBLEM_MEMBERS, ...required.filter((key) => !REPLACED.has(key) && !(key in standard))],
    additionalProperties: {},
  };
}

/**
 * A code's problem details schema, from its JSON Schema (`errors/<code>.schema.json`): the code
 * fields and required list stay, the standard members replace `type`, `message` and `doc_url`.
 * A code whose schema is a `oneOf` (a field required conditionally) becomes one object schema with
 * the `required_when` rule as `if`/`then`, so that OpenAPI's discriminator can map `code` to it.
 */
export function problemSchemaOf(codeSchema: JsonSchema, entry: CatalogEntry, requestId: JsonSchema): JsonSchema {
  const description = `\`${entry.code}\` in RFC 9457 problem details form.`;
  if (!Array.isArray(codeSchema.oneOf)) return { description, ...problemVariant(codeSchema, entry, requestId) };
  const rule = entry.required_when;
  if (!rule) {
    throw new SchemaSetError(
      `errors/${entry.code}.schema.json: a \`oneOf\` schema needs a \`required_when\` rule in catalog.json`,
    );
  }
  const variants = codeSchema.oneOf.map((variant) => {
    if (!isObject(variant))
      throw new SchemaSetError(`errors/${entry.code}.schema.json: a \`oneOf\` member is not a schema`);
    return problemVariant(variant, entry, requestId);
  });
  // The variants differ in the rule's field (narrowed per variant) and in what they require.
  const properties = Object.assign({}, ...variants.map((variant) => variant.properties)) as Record<string, JsonSchema>;
  properties[rule.field] = entry.fields[rule.field] as JsonSchema;
  const required = variants
    .map((variant) => variant.required as string[])
    .reduce((common, list) => common.filter((name) => list.includes(name)));
  return {
    description,
    type: "object",
    properties,
    required,
    additionalProperties: {},
    if: { properties: { [rule.field]: { const: rule.equals } }, required: [rule.field] },
    // `properties` again in `then`, so strict validators (Ajv's strictRequired) see the names defined.
    then: {
      properties: Object.fromEntries(rule.required.map((name) => [name, properties[name] ?? {}])),
      required: [...rule.required],
    },
  };
}
