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

/** The changes one keyword (or group of keywords) makes, given both schemas. */
type Step = (before: JsonSchema, after: JsonSchema, make: Verdicts, path: string) => SchemaChange[];

/** A change at one path, by how much it bumps. */
interface Verdicts {
  readonly major: Make;
  readonly minor: Make;
}

function verdictsAt(path: string): Verdicts {
  return {
    major: (kind, detail) => ({ kind, bump: "major", detail: `${path}: ${detail}` }),
    minor: (kind, detail) => ({ kind, bump: "minor", detail: `${path}: ${detail}` }),
  };
}

/**
 * The changes from `before` to `after`, two schemas of the field at `path` (used in details, such
 * as `details[].field`). Empty when the schemas are equal.
 */
export function compareSchemas(before: Schema, after: Schema, path: string): SchemaChange[] {
  if (jsonEqual(before, after)) return [];
  const make = verdictsAt(path);
  if (typeof before === "boolean" || typeof after === "boolean") {
    // `true` accepts anything and `false` nothing: moving towards `false` narrows.
    if (after === true) return [make.minor("field-widened", "now accepts any value.")];
    return [make.major("field-narrowed", `schema ${show(before)} became ${show(after)}.`)];
  }
  return STEPS.flatMap((step) => step(before, after, make, path));
}

const compareTypes: Step = (before, after, { major, minor }) => {
  const [ta, tb] = [typesOf(before), typesOf(after)];
  if (jsonEqual(ta, tb)) return [];
  if (ta === undefined) return [major("field-narrowed", `now restricted to type ${tb!.join(" | ")}.`)];
  if (tb === undefined) return [minor("field-widened", `no longer restricted to type ${ta.join(" | ")}.`)];
  return [major("field-type-changed", `type ${ta.join(" | ")} became ${tb.join(" | ")}.`)];
};

const compareConst: Step = (before, after, { major, minor }) => {
  if (jsonEqual(before.const, after.const)) return [];
  if (after.const === undefined) return [minor("field-widened", `no longer fixed to ${show(before.const)}.`)];
  if (before.const === undefined) return [major("field-narrowed", `now fixed to ${show(after.const)}.`)];
  return [major("field-type-changed", `const ${show(before.const)} became ${show(after.const)}.`)];
};

/** Bounds: `narrows(a, b)` says whether moving the bound from `a` to `b` accepts fewer values. */
function compareBounds(keys: readonly string[], narrows: (a: number, b: number) => boolean): Step {
  return (before, after, { major, minor }) =>
    keys.flatMap((key) => {
      const [a, b] = [before[key], after[key]];
      if (jsonEqual(a, b)) return [];
      if (b === undefined) return [minor("field-widened", `${key} ${show(a)} removed.`)];
      if (a === undefined || typeof a !== typeof b || (typeof a === "number" && narrows(a, b as number)))
        return [major("field-narrowed", `${key} ${a === undefined ? "added" : show(a)} → ${show(b)}.`)];
      return [minor("field-widened", `${key} ${show(a)} → ${show(b)}.`)];
    });
}

const compareExact: Step = (before, after, { major, minor }) =>
  EXACT.flatMap((key) => {
    const [a, b] = [before[key], after[key]];
    if (jsonEqual(a, b)) return [];
    if (b === undefined) return [minor("field-widened", `${key} ${show(a)} removed.`)];
    return [major("field-narrowed", `${key} ${a === undefined ? "added" : show(a)} → ${show(b)}.`)];
  });

const compareUniqueItems: Step = (before, after, { major, minor }) => {
  if (Boolean(before.uniqueItems) === Boolean(after.uniqueItems)) return [];
  return [
    after.uniqueItems
      ? major("field-narrowed", "items must now be unique.")
      : minor("field-widened", "items need no longer be unique."),
  ];
};

const compareItems: Step = (before, after, { major, minor }, path) => {
  if (jsonEqual(before.items, after.items)) return [];
  if (after.items === undefined) return [minor("field-widened", "items are no longer constrained.")];
  if (before.items === undefined) return [major("field-narrowed", "items are now constrained.")];
  if (isSchemaOrBoolean(before.items) && isSchemaOrBoolean(after.items))
    return compareSchemas(before.items, after.items, `${path}[]`);
  return [major("field-type-changed", "items changed.")];
};

/** Any other keyword: its containment is not decided here, so adding, removing or changing it narrows. */
const compareOtherKeywords: Step = (before, after, { major }) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => !HANDLED.has(key) && !jsonEqual(before[key], after[key]))
    .map((key) =>
      major(
        "field-type-changed",
        `${key} ${before[key] === undefined ? "added" : after[key] === undefined ? "removed" : "changed"}.`,
      ),
    );

const compareAnnotations: Step = (before, after, _make, path) => {
  const notes = [...ANNOTATIONS].filter((key) => !jsonEqual(before[key], after[key]));
  return notes.length > 0
    ? [{ kind: "field-doc-changed", bump: "patch", detail: `${path}: ${notes.join(", ")} changed.` }]
    : [];
};

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

const compareProperties: Step = (before, after, { major, minor }, path) => {
  const changes: SchemaChange[] = [];
  const [pa, pb] = [propertiesOf(before), propertiesOf(after)];
  const rb = requiredOf(after);
  for (const name of Object.keys(pa)) {
    if (!Object.hasOwn(pb, name)) changes.push(major("field-removed", `property ${name} removed.`));
  }
  for (const [name, schema] of Object.entries(pb)) {
    if (Object.hasOwn(pa, name)) changes.push(...compareSchemas(pa[name]!, schema, `${path}.${name}`));
    else if (rb.has(name)) changes.push(major("field-added", `required property ${name} added.`));
    else changes.push(minor("field-added", `optional property ${name} added.`));
  }
  return changes;
};

// A property that was there before and changes its required status; new ones are counted with the properties.
const compareRequired: Step = (before, after, { major }) => {
  const [pa, pb] = [propertiesOf(before), propertiesOf(after)];
  const [ra, rb] = [requiredOf(before), requiredOf(after)];
  return [...new Set([...ra, ...rb])]
    .filter((name) => ra.has(name) !== rb.has(name) && (Object.hasOwn(pa, name) || !Object.hasOwn(pb, name)))
    .filter((name) => Object.hasOwn(pb, name) || rb.has(name))
    .map((name) =>
      rb.has(name)
        ? major("field-required", `property ${name} is now required.`)
        : major("field-optional", `property ${name} is no longer required: readers may not find it.`),
    );
};

const compareAdditional: Step = (before, after, { major, minor }, path) => {
  const [aa, ab] = [before.additionalProperties, after.additionalProperties];
  if (jsonEqual(aa, ab)) return [];
  const open = (value: unknown) =>
    value === undefined || value === true || (isSchemaObject(value) && Object.keys(value).length === 0);
  if (open(aa) && open(ab)) return [];
  if (open(ab)) return [minor("field-widened", "additional properties are now allowed.")];
  if (open(aa)) return [major("field-narrowed", "additional properties are now restricted.")];
  return compareSchemas(aa as Schema, ab as Schema, `${path}.*`);
};

const propertiesOf = (schema: JsonSchema): Record<string, Schema> =>
  isSchemaObject(schema.properties) ? (schema.properties as Record<string, Schema>) : {};
const requiredOf = (schema: JsonSchema): Set<string> =>
  new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);

// In the order their changes are listed.
const STEPS: readonly Step[] = [
  compareTypes,
  compareConst,
  (before, after, { major, minor }) => compareEnums(before.enum, after.enum, major, minor),
  compareBounds(LOWER_BOUNDS, (a, b) => b > a),
  compareBounds(UPPER_BOUNDS, (a, b) => b < a),
  compareExact,
  compareUniqueItems,
  compareItems,
  compareProperties,
  compareRequired,
  compareAdditional,
  compareOtherKeywords,
  compareAnnotations,
];
