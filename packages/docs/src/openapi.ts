/**
 * `schemas/openapi.json`: OpenAPI 3.1 components that API descriptions reference for their error
 * responses. The JSON Schemas are reused as they are, with `$id` refs rewritten to component refs.
 *
 * @module
 */

import { apisOf } from "@errata/catalog/file";
import { problemSchema, problemSchemaOf, toProblemDetails } from "./problem.js";
import { type Reference, reasonOf, type StatusGroup } from "./reference.js";
import { type CatalogEntry, type JsonSchema, SchemaSetError } from "./schemas-dir.js";

export type OpenApiDocument = {
  readonly openapi: string;
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly description: string;
    readonly license: { readonly name: string; readonly identifier: string };
    readonly contact: { readonly name: string; readonly url: string };
  };
  readonly servers: readonly { readonly url: string; readonly description: string }[];
  readonly paths: Record<string, JsonSchema>;
  readonly security: readonly JsonSchema[];
  readonly tags: readonly { readonly name: string; readonly description: string }[];
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

/** The file name of a schema's `$id` without folder and suffix: how a file names its copies in `$defs`. */
const stemOf = (id: string) => id.slice(id.lastIndexOf("/") + 1).replace(/\.schema\.json$/, "");

/**
 * A copy of `schema` fit for `components.schemas`: no `$schema`/`$id`, refs pointing at components.
 * The copies of other files that a self-contained schema carries in `$defs` are components of their
 * own already, so they are dropped and refs to them point at those components.
 */
function embed(schema: JsonSchema, self: string, ids: ReadonlyMap<string, string>): JsonSchema {
  const stems = new Map([...ids].map(([id, name]) => [stemOf(id), name]));
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => {
        if (key !== "$ref" || typeof member !== "string") return [key, rewrite(member)];
        const local = /^#\/\$defs\/([^/]+)(.*)$/.exec(member);
        const component = local ? stems.get(local[1] as string) : undefined;
        if (component !== undefined) return [key, `${SCHEMAS}${component}${local?.[2] ?? ""}`];
        const [base = "", fragment = ""] = member.split("#");
        const target = base === "" ? self : ids.get(base);
        if (target === undefined) throw new SchemaSetError(`${self}: \`$ref\` ${member} names no schema of the folder`);
        return [key, `${SCHEMAS}${target}${fragment === "" || fragment === "/" ? "" : fragment}`];
      }),
    );
  };
  const { $schema: _schema, $id: _id, $defs: defs, ...rest } = schema;
  const own = Object.entries((defs ?? {}) as Record<string, unknown>).filter(([name]) => !stems.has(name));
  return rewrite(own.length > 0 ? { ...rest, $defs: Object.fromEntries(own) } : rest) as JsonSchema;
}

/** How a document writes a code's JSON body: its component's name and its example. */
interface JsonForm {
  readonly body: (code: string) => string;
  readonly example: (entry: CatalogEntry) => unknown;
}

/** The standard dialect's JSON bodies: `{error, request_id}`, with the catalogue's example. */
const STANDARD_FORM: JsonForm = { body: componentNames.body, example: (entry) => entry.example };

function response(group: StatusGroup, form: JsonForm): JsonSchema {
  const { status, codes } = group;
  // A JSON body's code sits inside `error`, where OpenAPI's discriminator cannot reach, so its bodies
  // are `anyOf`: they exclude each other by `error.code` all the same, and linters do not mistake
  // them for overlapping `oneOf` options. Problem details carry `code` on top, so they discriminate.
  const anyOf = (names: string[]) => (names.length === 1 ? ref(names[0] as string) : { anyOf: names.map(ref) });
  const oneOf = (names: string[]) => (names.length === 1 ? ref(names[0] as string) : { oneOf: names.map(ref) });
  const examples = (kind: "json" | "problem") =>
    Object.fromEntries(
      codes.map((entry) => [
        entry.code,
        { summary: entry.title, value: kind === "json" ? form.example(entry) : toProblemDetails(entry.example, entry) },
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
        schema: anyOf(codes.map((entry) => form.body(entry.code))),
        examples: examples("json"),
      },
      "application/problem+json": {
        schema: {
          ...oneOf(problems),
          ...(problems.length > 1
            ? {
                discriminator: {
                  propertyName: "code",
                  mapping: Object.fromEntries(
                    codes.map((entry) => [entry.code, `${SCHEMAS}${componentNames.problem(entry.code)}`]),
                  ),
                },
              }
            : {}),
        },
        examples: examples("problem"),
      },
    },
  };
}

/** Where `errata mock` listens by default; the document's paths are its routes. */
export const MOCK_SERVER_URL = "http://127.0.0.1:4010";

/**
 * Path templates and operations of the mock server, answering with the components above; with
 * `dialect`, the error route takes `?dialect=<name>` and answers in that dialect.
 */
function mockPaths(
  statuses: readonly StatusGroup[],
  dialect?: { readonly name: string; readonly title: string },
): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = Object.fromEntries(
    statuses.map((group) => [String(group.status), { $ref: `#/components/responses/${responseName(group.status)}` }]),
  );
  responses.default = { $ref: "#/components/responses/Error" };
  const code = {
    name: "code",
    in: "path",
    required: true,
    description: "The error code to answer with.",
    schema: { type: "string", pattern: "^[a-z][a-z0-9_]*$" },
  };
  const override = {
    name: "fields",
    in: "query",
    required: false,
    description: "Values of the code's fields overriding its example, such as `?limit=50`.",
    style: "form",
    explode: true,
    schema: { type: "object", additionalProperties: { type: "string" } },
  };
  const inDialect = dialect && {
    name: "dialect",
    in: "query",
    required: true,
    description: `Answer in the ${dialect.title} API's shape.`,
    schema: { type: "string", enum: [dialect.name] },
  };
  const operation = (method: string) => ({
    operationId: `${method}Error`,
    summary: `Answers with the code's example error (${method.toUpperCase()})`,
    description: `Sends the catalogued error of \`code\` exactly as ${dialect ? `the ${dialect.title} API` : "a service"} sends it, the JSON body or problem details by \`Accept\`. An unknown code answers \`not_found\`.${dialect ? " A code this API does not send is answered in its shape all the same, as the `Error` response describes." : ""}`,
    tags: ["mock"],
    parameters: inDialect ? [code, inDialect, override] : [code, override],
    responses,
  });
  const json = (description: string, schema: JsonSchema) => ({
    description,
    content: { "application/json": { schema } },
  });
  return {
    "/errors/{code}": { get: operation("get"), post: operation("post") },
    "/catalog.json": {
      get: {
        operationId: "getCatalog",
        summary: "The catalogue, as `schemas/catalog.json` holds it",
        description: "Every type and code of this version, with statuses, messages, fields and retry policy.",
        tags: ["mock"],
        responses: {
          "200": json("The catalogue of this version.", {
            type: "object",
            properties: {
              version: { type: "string" },
              types: { type: "object" },
              errors: { type: "array", items: { type: "object" } },
            },
            required: ["version", "types", "errors"],
          }),
          "4XX": { $ref: "#/components/responses/Error" },
        },
      },
    },
  };
}

/** A deprecated code stays described; `deprecated` lets generators and linters flag its use. */
function deprecationNote(entry: CatalogEntry): JsonSchema {
  return entry.deprecated
    ? {
        deprecated: true,
        $comment: `Deprecated: ${entry.deprecated.reason}${entry.deprecated.replacement ? ` Use ${entry.deprecated.replacement} instead.` : ""}`,
      }
    : {};
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
    const note = deprecationNote(entry);
    schemas[name] = { description: entry.description, ...note, ...embed(schema, name, ids) };
    schemas[componentNames.body(entry.code)] = {
      type: "object",
      description: `An error response with code \`${entry.code}\` (${entry.status}).`,
      ...note,
      properties: { error: ref(name), request_id: ref("RequestId") },
      required: ["error", "request_id"],
      additionalProperties: {},
    };
    schemas[componentNames.problem(entry.code)] = {
      ...note,
      ...problemSchemaOf(schema, entry, reference.requestIdSchema),
    };
  }

  return document(reference, {
    title: "Errata error responses",
    description:
      "Components for the error responses of the messaging API: one schema per error code, the error body, its RFC 9457 problem details form, and one response per error status. Reference them from an API description, e.g. `$ref: 'openapi.json#/components/responses/TooManyRequests'`. The RCS, iMessage and SMS APIs' own shapes are described by `dialects/<name>/openapi.json` beside this file.",
    schemas,
    statuses: reference.statuses,
    form: STANDARD_FORM,
  });
}

/** What sets one document apart from another: its codes' schemas, statuses and JSON form. */
interface DocumentParts {
  readonly title: string;
  readonly description: string;
  readonly schemas: Record<string, JsonSchema>;
  readonly statuses: readonly StatusGroup[];
  readonly form: JsonForm;
  readonly dialect?: { readonly name: string; readonly title: string };
}

/** A whole document: the responses per status, `Error`, the mock's paths and the shared headers. */
function document(reference: Reference, parts: DocumentParts): OpenApiDocument {
  const responses: Record<string, JsonSchema> = Object.fromEntries(
    parts.statuses.map((group) => [responseName(group.status), response(group, parts.form)]),
  );
  // Any other error: a code a newer catalogue adds, read with the lenient schema.
  responses.Error = {
    description: "Any error response, including one of a code this version does not know.",
    headers: { "Request-Id": { $ref: "#/components/headers/RequestId" } },
    content: {
      "application/json": { schema: ref("AnyErrorBody") },
      "application/problem+json": { schema: ref("Problem") },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: parts.title,
      version: reference.version,
      license: { name: "MIT", identifier: "MIT" },
      contact: { name: "Errata", url: "https://errata.dev" },
      description: parts.description,
    },
    servers: [
      { url: MOCK_SERVER_URL, description: "The mock server (`errata mock`), which answers every catalogued error." },
    ],
    paths: mockPaths(parts.statuses, parts.dialect),
    // The mock server asks for no credentials.
    security: [],
    tags: [{ name: "mock", description: "The routes of the mock server." }],
    components: {
      schemas: parts.schemas,
      headers: {
        RequestId: {
          description: `The request's ID${parts.dialect ? "" : ", the same as `request_id` in the body"}. Quote it in support requests.`,
          required: true,
          schema: reference.requestIdSchema,
        },
      },
      responses,
    },
  };
}

/** The error statuses of `codes`, ascending, each with its codes. */
function statusGroups(codes: readonly CatalogEntry[]): StatusGroup[] {
  return [...new Set(codes.map((entry) => entry.status))]
    .sort((a, b) => a - b)
    .map((status) => ({ status, reason: reasonOf(status), codes: codes.filter((entry) => entry.status === status) }));
}

/** Component names of a legacy dialect's document: `ErrorBody.<code>` (strict) and `AnyErrorBody.<code>` (lenient). */
export const dialectComponentNames = {
  body: (code: string) => `ErrorBody.${code}`,
  any: (code: string) => `AnyErrorBody.${code}`,
} as const;

/**
 * The OpenAPI 3.1 document of one legacy API (`dialects/<name>/openapi.json`): the codes that API
 * sends, their bodies in its shape (from `dialects/<name>/error.schema.json`), the lenient body for
 * any other code, problem details as in every dialect, and the mock's routes with `?dialect=<name>`.
 */
export function dialectOpenApiDocument(reference: Reference, dialect: string): OpenApiDocument {
  const { set } = reference;
  const files = set.dialects?.get(dialect);
  const envelope = set.catalog.dialects?.[dialect];
  if (files === undefined || envelope === undefined)
    throw new SchemaSetError(`dialects/${dialect}: no such dialect in catalog.json, or its schemas are missing`);
  const codes = reference.codes.filter((entry) => apisOf(entry).includes(dialect));
  // Each file names its codes' bodies in `$defs` after the code: those become components.
  const componentsOf = (file: JsonSchema, self: string, name: (code: string) => string) => {
    const defs = (file.$defs ?? {}) as Record<string, JsonSchema>;
    const folder = String(file.$id).replace(/[^/]*$/, "");
    const ids = new Map<string, string>([[String(file.$id), self]]);
    for (const code of Object.keys(defs)) ids.set(`${folder}${self}/${code}.schema.json`, name(code));
    const out: Record<string, JsonSchema> = { [self]: embed(file, self, ids) };
    for (const entry of reference.codes) {
      const def = defs[entry.code];
      if (def !== undefined)
        out[name(entry.code)] = {
          description: entry.description,
          ...deprecationNote(entry),
          ...embed(def, name(entry.code), ids),
        };
    }
    return out;
  };
  const schemas: Record<string, JsonSchema> = {
    ...componentsOf(files.body, "ErrorBody", dialectComponentNames.body),
    ...componentsOf(files.any, "AnyErrorBody", dialectComponentNames.any),
    Problem: problemSchema(reference.requestIdSchema),
  };
  for (const entry of codes) {
    const schema = set.codes.get(entry.code) as JsonSchema;
    schemas[componentNames.problem(entry.code)] = {
      ...deprecationNote(entry),
      ...problemSchemaOf(schema, entry, reference.requestIdSchema),
    };
  }
  const title = envelope.title;
  return document(reference, {
    title: `Errata error responses (${title} API)`,
    description: `The error responses of the ${title} API, in its own shape: ${envelope.description} One schema per code it sends, the body, its RFC 9457 problem details form (the same in every API), and one response per error status. \`AnyErrorBody\` reads any body in this shape, of a code this API does not send or this version does not know.`,
    schemas,
    statuses: statusGroups(codes),
    form: {
      body: dialectComponentNames.body,
      example: (entry) => entry.dialect_examples?.[dialect] ?? {},
    },
    dialect: { name: dialect, title },
  });
}
