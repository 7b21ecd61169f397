/**
 * The error reference as a model: what the pages and the OpenAPI document say, derived from a
 * schemas folder. Nothing here restates a status, code, type or policy; it is all read.
 *
 * @module
 */

import { apisOf, type CatalogFileDialect, type CatalogFileType } from "@errata/catalog/file";
import { PROBLEM_MEMBERS, type ProblemDetails, toProblemDetails } from "./problem.js";
import { type CatalogEntry, type JsonSchema, type SchemaSet, SchemaSetError } from "./schemas-dir.js";
import { type SnippetSet, typescriptSnippets } from "./snippets.js";

/** A type of `catalog.json` with its name. */
export interface NamedType extends CatalogFileType {
  readonly name: string;
}

/** A row of a field table; every text is inline Markdown. */
export interface FieldRow {
  readonly name: string;
  readonly type: string;
  readonly required: string;
  readonly description: string;
}

export interface TypeGroup {
  readonly type: NamedType;
  readonly codes: readonly CatalogEntry[];
}

/** An API: its dialect (where its envelope puts each part) and the codes it sends. */
export interface ApiGroup {
  readonly name: string;
  readonly dialect: CatalogFileDialect;
  readonly codes: readonly CatalogEntry[];
}

export interface StatusGroup {
  readonly status: number;
  readonly reason: string;
  readonly codes: readonly CatalogEntry[];
}

export interface Reference {
  readonly set: SchemaSet;
  readonly version: string;
  readonly types: readonly TypeGroup[];
  readonly codes: readonly CatalogEntry[];
  /** The error statuses in use, ascending. */
  readonly statuses: readonly StatusGroup[];
  /** The APIs, standard first; none for a `catalog.json` written before dialects (all standard). */
  readonly apis: readonly ApiGroup[];
  /** The members of `error` every code shares, then `request_id`. */
  readonly shape: readonly FieldRow[];
  /** The code whose example illustrates the response shape. */
  readonly shapeExample: CatalogEntry;
  /** The `request_id` schema of the body. */
  readonly requestIdSchema: JsonSchema;
  /** Each code's snippet in every language, TypeScript first. */
  readonly snippets: readonly SnippetSet[];
}

/** Reason phrases of RFC 9110 (and 429 of RFC 6585), for the statuses an API sends. */
const REASONS: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  423: "Locked",
  425: "Too Early",
  428: "Precondition Required",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The reason phrase of a status, or a neutral name for one without a registered phrase. */
export function reasonOf(status: number): string {
  return REASONS[status] ?? (status >= 500 ? `Server Error ${status}` : `Client Error ${status}`);
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const code = (text: string) => `\`${text}\``;

/** A short, readable type of a JSON Schema, as inline Markdown. */
export function typeText(schema: JsonSchema): string {
  if ("const" in schema) return code(JSON.stringify(schema.const));
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => code(JSON.stringify(value))).join(" or ");
  if (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) {
    const options = (schema.oneOf ?? schema.anyOf) as unknown[];
    return options.filter(isObject).map(typeText).join(" or ");
  }
  const type = typeof schema.type === "string" ? schema.type : "any";
  const notes: string[] = [];
  if (
    typeof schema.minimum === "number" &&
    typeof schema.maximum === "number" &&
    schema.maximum < Number.MAX_SAFE_INTEGER
  ) {
    notes.push(`${schema.minimum} to ${schema.maximum}`);
  } else if (typeof schema.minimum === "number") {
    notes.push(`≥ ${schema.minimum}`);
  } else if (typeof schema.maximum === "number" && schema.maximum < Number.MAX_SAFE_INTEGER) {
    notes.push(`≤ ${schema.maximum}`);
  }
  // A patterned kind names itself (`decimal string, e.g. 12.50`); a bare pattern is shown as a last resort.
  if (typeof schema.title === "string" && typeof schema.pattern === "string") {
    const example =
      Array.isArray(schema.examples) && typeof schema.examples[0] === "string"
        ? `, e.g. ${code(schema.examples[0])}`
        : "";
    return `${schema.title}${example}`;
  }
  if (typeof schema.pattern === "string") notes.push(`matching ${code(schema.pattern)}`);
  else if (type === "string" && Array.isArray(schema.examples) && schema.examples.length > 0) {
    // An open string: its known values, and room for others.
    return `${schema.examples.map((value) => code(JSON.stringify(value))).join(", ")} or another string`;
  } else if (typeof schema.minLength === "number" && schema.minLength > 0) notes.push("non-empty");
  if (type === "array" && isObject(schema.items)) {
    const items = schema.items;
    const inner = isObject(items.properties) ? `{${Object.keys(items.properties).join(", ")}}` : typeText(items);
    const least = typeof schema.minItems === "number" && schema.minItems > 0 ? `, at least ${schema.minItems}` : "";
    return `array of ${inner}${least}`;
  }
  if (type === "object" && isObject(schema.properties)) return `object {${Object.keys(schema.properties).join(", ")}}`;
  return notes.length === 0 ? type : `${type}, ${notes.join(", ")}`;
}

function description(schema: JsonSchema | undefined): string {
  return typeof schema?.description === "string" ? schema.description : "";
}

/** The field table of a code: its own fields, with the `required_when` rule spelt out. */
export function fieldRows(entry: CatalogEntry): FieldRow[] {
  const rule = entry.required_when;
  return Object.entries(entry.fields).map(([name, schema]) => {
    let required = entry.required.includes(name) ? "yes" : "no";
    if (rule?.required.includes(name) && !entry.required.includes(name)) {
      required = `when ${code(rule.field)} is ${code(rule.equals)}`;
    }
    // An enum of the rule's field is narrowed per variant in the code's schema; describe the whole enum.
    return { name, type: typeText(schema), required, description: description(schema) };
  });
}

/** The object variant(s) of a code's schema. */
function variantsOf(schema: JsonSchema): JsonSchema[] {
  if (Array.isArray(schema.oneOf)) return schema.oneOf.filter(isObject);
  return [schema];
}

/** The lenient branch of `error-any.schema.json`: the members any error object has. */
function lenientObject(set: SchemaSet): JsonSchema {
  const properties = isObject(set.any.properties) ? set.any.properties : {};
  const error = isObject(properties.error) ? properties.error : {};
  const branches = Array.isArray(error.anyOf) ? error.anyOf.filter(isObject) : [];
  const lenient = branches.find((branch) => isObject(branch.properties));
  if (!lenient) throw new SchemaSetError("error-any.schema.json: no branch of `error` lists the common members");
  return lenient;
}

/** The response shape: the common members of `error` (from the lenient schema), then `request_id`. */
function shapeRows(set: SchemaSet, requestIdSchema: JsonSchema): FieldRow[] {
  const lenient = lenientObject(set);
  const properties = lenient.properties as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(lenient.required) ? (lenient.required as string[]) : []);
  // A catalogued code's schema words the shared members for known codes; the lenient one for unknown codes.
  const first = set.codes.values().next().value;
  const known = first ? (variantsOf(first)[0]?.properties as Record<string, JsonSchema> | undefined) : undefined;
  const rows = Object.entries(properties).map(([name, schema]) => ({
    name: `error.${name}`,
    type: typeText(schema),
    required: required.has(name) ? "yes" : "no",
    description: description(known?.[name]) || description(schema),
  }));
  const bodyRequired = Array.isArray(set.body.required) ? (set.body.required as string[]) : [];
  rows.push({
    name: "request_id",
    type: typeText(requestIdSchema),
    required: bodyRequired.includes("request_id") ? "yes" : "no",
    description: description(requestIdSchema),
  });
  return rows;
}

/** The `request_id` schema of `error.schema.json`. */
function requestIdOf(set: SchemaSet): JsonSchema {
  const properties = isObject(set.body.properties) ? set.body.properties : {};
  const requestId = properties.request_id;
  if (!isObject(requestId)) throw new SchemaSetError("error.schema.json: no `request_id` property");
  return requestId;
}

/**
 * Builds the reference model of a schemas folder, with the snippets of the other languages' packages
 * beside TypeScript's.
 */
export function buildReference(set: SchemaSet, snippets: readonly SnippetSet[] = []): Reference {
  const { catalog } = set;
  for (const entry of catalog.errors) {
    const clash = Object.keys(entry.fields).find((name) => (PROBLEM_MEMBERS as readonly string[]).includes(name));
    if (clash !== undefined) {
      throw new SchemaSetError(
        `catalog.json: \`${entry.code}\` has a field \`${clash}\`, a name the problem details form reserves (${PROBLEM_MEMBERS.join(", ")})`,
      );
    }
    if (!set.codes.has(entry.code)) throw new SchemaSetError(`errors/${entry.code}.schema.json: missing`);
  }
  const types = Object.entries(catalog.types)
    .map(([name, type]) => ({ type: { name, ...type }, codes: catalog.errors.filter((entry) => entry.type === name) }))
    .filter((group) => group.codes.length > 0);
  const statuses = [...new Set(catalog.errors.map((entry) => entry.status))]
    .sort((a, b) => a - b)
    .map((status) => ({
      status,
      reason: reasonOf(status),
      codes: catalog.errors.filter((entry) => entry.status === status),
    }));
  const apis = Object.entries(catalog.dialects ?? {}).map(([name, dialect]) => ({
    name,
    dialect,
    codes: catalog.errors.filter((entry) => apisOf(entry).includes(name)),
  }));
  const requestIdSchema = requestIdOf(set);
  const shapeExample =
    catalog.errors.find((entry) => "param" in entry.example.error) ?? (catalog.errors[0] as CatalogEntry);
  return {
    set,
    version: catalog.version,
    types,
    codes: catalog.errors,
    statuses,
    apis,
    shape: shapeRows(set, requestIdSchema),
    shapeExample,
    requestIdSchema,
    snippets: [typescriptSnippets(catalog.errors), ...snippets],
  };
}

/** A code's example body in problem details form. */
export function problemExample(entry: CatalogEntry): ProblemDetails {
  return toProblemDetails(entry.example, entry);
}
