/**
 * Compares two JSON Schemas of one field and says, keyword by keyword, whether the new one accepts
 * less (narrowed: a body valid before may now fail, a major change), more (widened: a reader may
 * see values it never saw, minor), or only reads differently (annotations, patch).
 *
 * Keywords whose containment cannot be decided cheaply (a new `pattern`, `anyOf`, `$ref`, ...) are
 * taken as narrowing when they are added or changed: a diff that errs towards a larger bump costs
 * a version number, one that errs the other way breaks a client.
 *
 * @module
 */
import type { Bump } from "../bump.js";
import type { JsonSchema } from "../catalog-file.js";

/** What changed in a field's schema. */
export type SchemaChangeKind =
  | "field-type-changed"
  | "field-narrowed"
  | "field-widened"
  | "enum-value-removed"
  | "enum-value-added"
  | "field-added"
  | "field-removed"
  | "field-required"
  | "field-optional"
  | "field-doc-changed";

export interface SchemaChange {
  readonly kind: SchemaChangeKind;
  readonly bump: Bump;
  readonly detail: string;
}

type Schema = JsonSchema | boolean;

// Keywords that document a schema without constraining it.
const ANNOTATIONS = new Set([
  "description",
  "title",
  "examples",
  "default",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$id",
  "$schema",
]);
// Raising one of these (or adding it) accepts fewer values.
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"];
// Lowering one of these (or adding it) accepts fewer values.
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"];
// Adding or changing one of these accepts fewer (or other) values; removing it accepts more.
const EXACT = ["pattern", "format", "multipleOf", "contentEncoding", "contentMediaType"];
// Handled on their own below.
const HANDLED = new Set([
  ...ANNOTATIONS,
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...EXACT,
  "type",
  "enum",
  "const",
  "uniqueItems",
  "items",
  "properties",
  "required",
  "additionalProperties",
]);

/** Structural equality of JSON values (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((key) => Object.hasOwn(b, key) && jsonEqual((a as never)[key], (b as never)[key]))
  );
}

const show = (value: unknown) => JSON.stringify(value);

function typesOf(schema: JsonSchema): string[] | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  return (Array.isArray(type) ? type.map(String) : [String(type)]).sort();
}

const isSchemaObject = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The changes from `before` to `after`, two schemas of the field at `path` (used in details, such
 * as `details[].field`). Empty when the schemas are equal.
 */
export function compareSchemas(before: Schema, after: Schema, path: string): SchemaChange[] {
  if (jsonEqual(before, after)) return [];
  const major = (kind: SchemaChangeKind, detail: string): SchemaChange => ({
    kind,
    bump: "major",
    detail: `${path}: ${detail}`,
  });
  const minor = (kind: SchemaChangeKind, detail: string): SchemaChange => ({
    kind,
    bump: "minor",
    detail: `${path}: ${detail}`,
  });

  if (typeof before === "boolean" || typeof after === "boolean") {
    // `true` accepts anything and `false` nothing: moving towards `false` narrows.
    if (after === true) return [minor("field-widened", "now accepts any value.")];
    return [major("field-narrowed", `schema ${show(before)} became ${show(after)}.`)];
  }

  const changes: SchemaChange[] = [];
  const ta = typesOf(before);
  const tb = typesOf(after);
  if (!jsonEqual(ta, tb)) {
    if (ta === undefined) changes.push(major("field-narrowed", `now restricted to type ${tb!.join(" | ")}.`));
    else if (tb === undefined) changes.push(minor("field-widened", `no longer restricted to type ${ta.join(" | ")}.`));
    else changes.push(major("field-type-changed", `type ${ta.join(" | ")} became ${tb.join(" | ")}.`));
  }

  if (!jsonEqual(before.const, after.const)) {
    if (after.const === undefined) changes.push(minor("field-widened", `no longer fixed to ${show(before.const)}.`));
    else if (before.const === undefined) changes.push(major("field-narrowed", `now fixed to ${show(after.const)}.`));
    else changes.push(major("field-type-changed", `const ${show(before.const)} became ${show(after.const)}.`));
  }

  changes.push(...compareEnums(before.enum, after.enum, major, minor));

  for (const key of LOWER_BOUNDS) {
    const [a, b] = [before[key], after[key]];
    if (jsonEqual(a, b)) continue;
    if (b === undefined) changes.push(minor("field-widened", `${key} ${show(a)} removed.`));
    else if (a === undefined || (typeof a === "number" && typeof b === "number" && b > a) || typeof a !== typeof b) {
      changes.push(major("field-narrowed", `${key} ${a === undefined ? "added" : show(a)} → ${show(b)}.`));
    } else changes.push(minor("field-widened", `${key} ${show(a)} → ${show(b)}.`));
  }
  for (const key of UPPER_BOUNDS) {
    const [a, b] = [before[key], after[key]];
    if (jsonEqual(a, b)) continue;
    if (b === undefined) changes.push(minor("field-widened", `${key} ${show(a)} removed.`));
    else if (a === undefined || (typeof a === "number" && typeof b === "number" && b < a) || typeof a !== typeof b) {
      changes.push(major("field-narrowed", `${key} ${a === undefined ? "added" : show(a)} → ${show(b)}.`));
    } else changes.push(minor("field-widened", `${key} ${show(a)} → ${show(b)}.`));
  }
  for (const key of EXACT) {
    const [a, b] = [before[key], after[key]];
    if (jsonEqual(a, b)) continue;
    if (b === undefined) changes.push(minor("field-widened", `${key} ${show(a)} removed.`));
    else changes.push(major("field-narrowed", `${key} ${a === undefined ? "added" : show(a)} → ${show(b)}.`));
  }
  if (Boolean(before.uniqueItems) !== Boolean(after.uniqueItems)) {
    changes.push(
      after.uniqueItems
        ? major("field-narrowed", "items must now be unique.")
        : minor("field-widened", "items need no longer be unique."),
    );
  }

  if (!jsonEqual(before.items, after.items)) {
    if (after.items === undefined) changes.push(minor("field-widened", "items are no longer constrained."));
    else if (before.items === undefined) changes.push(major("field-narrowed", "items are now constrained."));
    else if (isSchemaOrBoolean(before.items) && isSchemaOrBoolean(after.items))
      changes.push(...compareSchemas(before.items, after.items, `${path}[]`));
    else changes.push(major("field-type-changed", "items changed."));
  }

  changes.push(...compareObjects(before, after, path, major, minor));

  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (HANDLED.has(key) || jsonEqual(before[key], after[key])) continue;
    changes.push(
      major(
        "field-type-changed",
        `${key} ${before[key] === undefined ? "added" : after[key] === undefined ? "removed" : "changed"}.`,
      ),
    );
  }

  const notes = [...ANNOTATIONS].filter((key) => !jsonEqual(before[key], after[key]));
  if (notes.length > 0)
    changes.push({ kind: "field-doc-changed", bump: "patch", detail: `${path}: ${notes.join(", ")} changed.` });
  return changes;
}

const isSchemaOrBoolean = (value: unknown): value is Schema => typeof value === "boolean" || isSchemaObject(value);

type Make = (kind: SchemaChangeKind, detail: string) => SchemaChange;

function compareEnums(a: unknown, b: unknown, major: Make, minor: Make): SchemaChange[] {
  if (jsonEqual(a, b)) return [];
  if (!Array.isArray(b)) return [minor("field-widened", "no longer limited to an enum.")];
  if (!Array.isArray(a)) return [major("field-narrowed", `now limited to ${b.map(show).join(", ")}.`)];
  const removed = a.filter((value) => !b.some((other) => jsonEqual(value, other)));
  const added = b.filter((value) => !a.some((other) => jsonEqual(value, other)));
  return [
    ...removed.map((value) => major("enum-value-removed", `enum value ${show(value)} removed.`)),
    ...added.map((value) =>
      minor("enum-value-added", `enum value ${show(value)} added; exhaustive clients will notice.`),
    ),
  ];
}

function compareObjects(before: JsonSchema, after: JsonSchema, path: string, major: Make, minor: Make): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const pa = isSchemaObject(before.properties) ? (before.properties as Record<string, Schema>) : {};
  const pb = isSchemaObject(after.properties) ? (after.properties as Record<string, Schema>) : {};
  const ra = new Set(Array.isArray(before.required) ? (before.required as string[]) : []);
  const rb = new Set(Array.isArray(after.required) ? (after.required as string[]) : []);
  for (const name of Object.keys(pa)) {
    if (!Object.hasOwn(pb, name)) changes.push(major("field-removed", `property ${name} removed.`));
  }
  for (const [name, schema] of Object.entries(pb)) {
    if (!Object.hasOwn(pa, name)) {
      changes.push(
        rb.has(name)
          ? major("field-added", `required property ${name} added.`)
          : minor("field-added", `optional property ${name} added.`),
      );
      continue;
    }
    changes.push(...compareSchemas(pa[name]!, schema, `${path}.${name}`));
  }
  // A property that was there before and changes its required status; new ones are counted above.
  for (const name of new Set([...ra, ...rb])) {
    if (ra.has(name) === rb.has(name) || (!Object.hasOwn(pa, name) && Object.hasOwn(pb, name))) continue;
    if (!Object.hasOwn(pb, name) && !rb.has(name)) continue;
    changes.push(
      rb.has(name)
        ? major("field-required", `property ${name} is now required.`)
        : major("field-optional", `property ${name} is no longer required: readers may not find it.`),
    );
  }
  const [aa, ab] = [before.additionalProperties, after.additionalProperties];
  if (!jsonEqual(aa, ab)) {
    const open = (value: unknown) =>
      value === undefined || value === true || (isSchemaObject(value) && Object.keys(value).length === 0);
    if (open(aa) && open(ab)) return changes;
    if (open(ab)) changes.push(minor("field-widened", "additional properties are now allowed."));
    else if (open(aa)) changes.push(major("field-narrowed", "additional properties are now restricted."));
    else changes.push(...compareSchemas(aa as Schema, ab as Schema, `${path}.*`));
  }
  return changes;
}
