/**
 * `schemas/openapi.json`: OpenAPI 3.1 components that API descriptions reference for their error
 * responses. The JSON Schemas are reused as they are, with `$id` refs rewritten to component refs.
 *
 * @module
 */
import { problemSchema, problemSchemaOf, toProblemDetails } from "./problem.js";
import { type Reference, type StatusGroup, reasonOf } from "./reference.js";
import { type JsonSchema, SchemaSetError } from "./schemas-dir.js";

export type OpenApiDocument = {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string; readonly description: string };
  readonly components: {
    readonly schemas: Record<string, JsonSchema>;
    readonly headers: Record<string, JsonSchema>;
    readonly responses: Record<string, JsonSchema>;
  };
};

const SCHEMAS = "#/components/schemas/";
const ref = (name: string) => ({ $ref: `${SCHEMAS}${name}` });

/** Component names: `ErrorObject.<code>`, `ErrorBody.<code>`, `Problem.<code>`. */
export const componentNames = {
  object: (code: string) => `ErrorObject.${code}`,
  body: (code: string) => `ErrorBody.${code}`,
  problem: (code: string) => `Problem.${code}`,
} as const;

/** The response component name of a status: its reason phrase in PascalCase (`TooManyRequests`). */
export function responseName(status: number): string {
  return reasonOf(status).replace(/[^A-Za-z0-9]/g, "");
}

/** A copy of `schema` fit for `components.schemas`: no `$schema`/`$id`, refs pointing at components. */
function embed(schema: JsonSchema, self: string, ids: ReadonlyMap<string, string>): JsonSchema {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => {
        if (key !== "$ref" || typeof member !== "string") return [key, rewrite(member)];
        const [base = "", fragment = ""] = member.split("#");
        const target = base === "" ? self : ids.get(base);
        if (target === undefined) throw new SchemaSetError(`${self}: \`$ref\` ${member} names no schema of the folder`);
        return [key, `${SCHEMAS}${target}${fragment === "" || fragment === "/" ? "" : fragment}`];
      }),
    );
  };
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rewrite(rest) as JsonSchema;
}

function response(ref_: Reference, group: StatusGroup): JsonSchema {
  const { status, codes } = group;
  const oneOf = (names: string[]) => (names.length === 1 ? ref(names[0] as string) : { oneOf: names.map(ref) });
  const examples = (form: "json" | "problem") =>
    Object.fromEntries(
      codes.map((entry) => [
        entry.code,
        { summary: entry.title, value: form === "json" ? entry.example : toProblemDetails(entry.example, entry) },
      ]),
    );
  const problems = codes.map((entry) => componentNames.problem(entry.code));
  const withRetryAfter = codes.filter((entry) => entry.retry === "retry_after" || entry.retry_after !== undefined);
  const headers: Record<string, JsonSchema> = { "Request-Id": { $ref: "#/components/headers/RequestId" } };
  if (withRetryAfter.length > 0) {
    const every = withRetryAfter.length === codes.length && codes.every((entry) => entry.retry_after !== undefined);
    headers["Retry-After"] = {
      description: `Whole seconds to wait before retrying${every ? "" : ` (sent with ${withRetryAfter.map((entry) => entry.code).join(", ")})`}; the same value as \`retry_after\` in the body when present.`,
      required: every,
      schema: { type: "integer", minimum: 0 },
    };
  }
  return {
    description: `${status} ${reasonOf(status)}: ${codes.map((entry) => entry.code).join(", ")}.`,
    headers,
    content: {
      "application/json": {
        schema: oneOf(codes.map((entry) => componentNames.body(entry.code))),
        examples: examples("json"),
      },
      "application/problem+json": {
        schema: {
          ...oneOf(problems),
          ...(problems.length > 1
            ? {
                discriminator: {
                  propertyName: "code",
                  mapping: Object.fromEntries(codes.map((entry) => [entry.code, `${SCHEMAS}${componentNames.problem(entry.code)}`])),
                },
              }
            : {}),
        },
        examples: examples("problem"),
      },
    },
  };
}

/** The OpenAPI 3.1 document of the error components. */
export function openApiDocument(reference: Reference): OpenApiDocument {
  const { set } = reference;
  const ids = new Map<string, string>([
    [String(set.body.$id), "ErrorBody"],
    [String(set.object.$id), "ErrorObject"],
    [String(set.any.$id), "AnyErrorBody"],
  ]);
  for (const [code, schema] of set.codes) ids.set(String(schema.$id), componentNames.object(code));

  const schemas: Record<string, JsonSchema> = {
    ErrorBody: embed(set.body, "ErrorBody", ids),
    ErrorObject: embed(set.object, "ErrorObject", ids),
    AnyErrorBody: embed(set.any, "AnyErrorBody", ids),
    RequestId: reference.requestIdSchema,
    Problem: problemSchema(reference.requestIdSchema),
  };
  for (const entry of reference.codes) {
    const schema = set.codes.get(entry.code) as JsonSchema;
    const name = componentNames.object(entry.code);
    // A deprecated code stays described; `deprecated` lets generators and linters flag its use.
    const note = entry.deprecated
      ? {
          deprecated: true,
          $comment: `Deprecated: ${entry.deprecated.reason}${entry.deprecated.replacement ? ` Use ${entry.deprecated.replacement} instead.` : ""}`,
        }
      : {};
    schemas[name] = { description: entry.description, ...note, ...embed(schema, name, ids) };
    schemas[componentNames.body(entry.code)] = {
      type: "object",
      description: `An error response with code \`${entry.code}\` (${entry.status}).`,
      ...note,
      properties: { error: ref(name), request_id: ref("RequestId") },
      required: ["error", "request_id"],
      additionalProperties: {},
    };
    schemas[componentNames.problem(entry.code)] = { ...note, ...problemSchemaOf(schema, entry, reference.requestIdSchema) };
  }

  const responses = Object.fromEntries(reference.statuses.map((group) => [responseName(group.status), response(reference, group)]));
  return {
    openapi: "3.1.0",
    info: {
      title: "Errata error responses",
      version: reference.version,
      description:
        "Components for the error responses of the messaging API: one schema per error code, the error body, its RFC 9457 problem details form, and one response per error status. Reference them from an API description, e.g. `$ref: 'openapi.json#/components/responses/TooManyRequests'`.",
    },
    components: {
      schemas,
      headers: {
        RequestId: {
          description: "The request's ID, the same as `request_id` in the body. Quote it in support requests.",
          required: true,
          schema: reference.requestIdSchema,
        },
      },
      responses,
    },
  };
}
