/**
 * Choices among codes, made by the code: zod writes a discriminated union as a `oneOf` of every
 * code's schema, and a lenient body as an `anyOf` of the known codes and branches for the others.
 * A validator then tries every branch, and reports that none matched, its "best match" an
 * unrelated branch, the real cause buried among about 120 errors.
 *
 * Here a choice whose branches each fix one required member to a constant of their own (the code)
 * becomes an enum of that member and one `if`/`then` a constant; the branches for other values (a
 * code this version does not know, none at all) become the `else`, when each of them refuses every
 * one of those constants. The verdicts are the same; a validator in any language applies the code's
 * own schema alone and names the member at fault (`error.required_amount: 12.5 is not of type
 * 'string'`), and checks one code's schema instead of all of them.
 *
 * @module
 */
import type { JsonSchema } from "@errata/catalog/zod";

type Node = Record<string, unknown>;

const isObject = (value: unknown): value is Node =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// How far a chain of pointers, and a choice among choices, is followed.
const MAX_POINTERS = 8;
const MAX_NESTING = 4;

/** The branches of one schema, their local `$ref`s (JSON pointers into it) followed. */
class Branches {
  readonly #schema: JsonSchema;
  // Every step asks for the same branches again (once per member name of every branch): a pointer
  // is followed once, or a catalogue of thousands of codes takes seconds to emit.
  readonly #followed = new WeakMap<object, Node | undefined>();

  constructor(schema: JsonSchema) {
    this.#schema = schema;
  }

  /** The schema a branch stands for. */
  resolve(branch: unknown): Node | undefined {
    if (!isObject(branch)) return undefined;
    if (!this.#followed.has(branch)) this.#followed.set(branch, this.#follow(branch, 0));
    return this.#followed.get(branch);
  }

  /** The member `key` of a branch's `properties`. */
  member(branch: unknown, key: string): unknown {
    const resolved = this.resolve(branch);
    return isObject(resolved?.properties) ? resolved.properties[key] : undefined;
  }

  #follow(branch: unknown, depth: number): Node | undefined {
    if (!isObject(branch) || depth > MAX_POINTERS) return undefined;
    if (typeof branch.$ref !== "string") return branch;
    if (!branch.$ref.startsWith("#/")) return undefined;
    let target: unknown = this.#schema;
    for (const token of branch.$ref.slice(2).split("/")) {
      const name = token.replaceAll("~1", "/").replaceAll("~0", "~");
      target = Array.isArray(target) ? target[Number(name)] : isObject(target) ? target[name] : undefined;
    }
    return this.#follow(target, depth + 1);
  }
}

const requires = (schema: Node | undefined, key: string): boolean =>
  Array.isArray(schema?.required) && schema.required.includes(key);

/** The branches of a choice, a branch that is itself only an `anyOf` replaced by its own (by pointer). */
function flatten(all: Branches, branches: readonly unknown[]): unknown[] {
  return branches.flatMap((branch) => {
    const resolved = all.resolve(branch);
    const inner = resolved?.anyOf;
    if (
      !Array.isArray(inner) ||
      Object.keys(resolved as object).some((k) => !["anyOf", "description", "title"].includes(k))
    )
      return [branch];
    const ref = isObject(branch) && typeof branch.$ref === "string" ? branch.$ref : undefined;
    return ref ? inner.map((_, i) => ({ $ref: `${ref}/anyOf/${i}` })) : inner;
  });
}

/** The string constant a branch requires `key` to be, if it does. */
function constant(all: Branches, branch: unknown, key: string): string | undefined {
  const member = all.member(branch, key);
  return requires(all.resolve(branch), key) && isObject(member) && typeof member.const === "string"
    ? member.const
    : undefined;
}

/** Whether a branch refuses `key` at every one of `values` (`not: {enum}` listing them, or `not: {}`). */
function refuses(all: Branches, branch: unknown, key: string, values: readonly string[]): boolean {
  const member = all.member(branch, key);
  if (!isObject(member) || !isObject(member.not)) return false;
  const not = member.not;
  if (Object.keys(not).length === 0) return true;
  return Array.isArray(not.enum) && values.every((value) => (not.enum as unknown[]).includes(value));
}

/** The branches a choice can end in: a branch that is a choice among `$ref`s opened into them. */
function leaves(all: Branches, branches: readonly unknown[], depth = 0): unknown[] {
  return branches.flatMap((branch) => {
    const resolved = all.resolve(branch);
    const inner = resolved?.oneOf ?? resolved?.anyOf;
    const refs = Array.isArray(inner) && inner.every((each) => isObject(each) && typeof each.$ref === "string");
    return refs && depth < MAX_NESTING ? leaves(all, inner as unknown[], depth + 1) : [branch];
  });
}

/**
 * Every body of the choice for code generators (quicktype makes one type with each code's fields
 * from it), which read no `if`/`then`. Its first branch accepts any object, so it decides no
 * verdict and a validator stops there.
 */
function hint(all: Branches, branches: readonly unknown[]): Node {
  return {
    $comment:
      "anyOf: every body, for code generators, which do not read if/then. Its first branch accepts any object, so it decides no verdict: if/then on the code does.",
    anyOf: [{ type: "object" }, ...leaves(all, branches)],
  };
}

/** Whether every body gives `key` a string, or refuses it (`not: {}`). */
function stringEverywhere(bodies: readonly (Node | undefined)[], key: string): boolean {
  return bodies.every((body) => {
    const member = isObject(body?.properties) ? body.properties[key] : undefined;
    if (!isObject(member)) return false;
    if (isObject(member.not) && Object.keys(member.not).length === 0) return true;
    return member.type === "string" || typeof member.const === "string";
  });
}

/** The schema every body gives member `name`, else the type they share, else any value. */
function sharedMember(bodies: readonly (Node | undefined)[], name: string): unknown {
  const given = bodies.map((body) => (isObject(body?.properties) ? body.properties[name] : undefined));
  if (new Set(given.map((schema) => JSON.stringify(schema))).size === 1 && isObject(given[0])) return given[0];
  const types = new Set(given.map((schema) => (isObject(schema) ? schema.type : undefined)));
  const [type] = types;
  return types.size === 1 && typeof type === "string" ? { type } : {};
}

/**
 * What every body of a lenient choice has, declared beside the `if`: an object, `key` a string
 * when every body has a string there or none (a code generator then types it a plain string, and
 * reads a newer server's code), and the members all of them require (a generator's type requires
 * them too). No verdict changes.
 */
function declared(all: Branches, branches: readonly unknown[], key: string): Node {
  const bodies = leaves(all, branches).flatMap((leaf) => {
    const resolved = all.resolve(leaf);
    const inner = resolved?.oneOf ?? resolved?.anyOf;
    return Array.isArray(inner) ? inner.map((each) => all.resolve(each)) : [resolved];
  });
  const names = bodies.flatMap((body) => (Array.isArray(body?.required) ? (body.required as string[]) : []));
  const required = [...new Set(names)].filter((name) => bodies.every((body) => requires(body, name)));
  const properties: Node = Object.fromEntries(required.map((name) => [name, sharedMember(bodies, name)]));
  if (stringEverywhere(bodies, key)) properties[key] = { type: "string" };
  return {
    type: "object",
    ...(Object.keys(properties).length > 0 ? { properties } : {}),
    ...(required.length > 0 ? { required } : {}),
  };
}

/** The branches that fix `key` to a constant of their own (with those constants), and the others. */
function partition(all: Branches, branches: readonly unknown[], key: string) {
  const named: unknown[] = [];
  const values: string[] = [];
  const others: unknown[] = [];
  for (const branch of branches) {
    const value = constant(all, branch, key);
    if (value === undefined) others.push(branch);
    else {
      named.push(branch);
      values.push(value);
    }
  }
  return { named, values, others };
}

/**
 * The members that may make a choice, in the order the branches name them: those at least two
 * branches fix to a constant. A dialect's branches name thousands of fields between them, and
 * trying each against every branch would take seconds at scale.
 */
function candidates(all: Branches, branches: readonly unknown[]): string[] {
  const fixed = new Map<string, number>();
  for (const branch of branches) {
    const properties = all.resolve(branch)?.properties;
    if (!isObject(properties)) continue;
    for (const key of Object.keys(properties))
      fixed.set(key, (fixed.get(key) ?? 0) + (constant(all, branch, key) === undefined ? 0 : 1));
  }
  return [...fixed].filter(([, count]) => count >= 2).map(([key]) => key);
}

/** The choice `branches` made by one member, when one member makes it. */
function choose(all: Branches, branches: readonly unknown[]): Node | undefined {
  for (const key of candidates(all, branches)) {
    const { named, values, others } = partition(all, branches, key);
    if (named.length < 2 || new Set(values).size !== values.length) continue;
    if (!others.every((branch) => refuses(all, branch, key, values))) continue;
    const cases = named.map((branch, i) => ({
      if: { type: "object", properties: { [key]: { const: values[i] } }, required: [key] },
      then: branch,
    }));
    const onKey = { type: "object", properties: { [key]: { enum: values } }, required: [key] };
    if (others.length === 0) return { ...onKey, allOf: cases, ...hint(all, branches) };
    return {
      ...hint(all, branches),
      ...declared(all, branches, key),
      if: onKey,
      then: { allOf: cases },
      else: others.length === 1 ? others[0] : { anyOf: others },
    };
  }
  return undefined;
}

/** A branch refusing some values of a member, and one other branch: the other for those values. */
function split(all: Branches, branches: readonly unknown[]): Node | undefined {
  if (branches.length !== 2) return undefined;
  for (const [index, branch] of branches.entries()) {
    const resolved = all.resolve(branch);
    if (!isObject(resolved?.properties) || !Array.isArray(resolved.required)) continue;
    for (const [key, member] of Object.entries(resolved.properties)) {
      if (!resolved.required.includes(key) || !isObject(member) || !isObject(member.not)) continue;
      const values = member.not.enum;
      if (!Array.isArray(values)) continue;
      return {
        ...hint(all, branches),
        ...declared(all, branches, key),
        if: { type: "object", properties: { [key]: { enum: values } }, required: [key] },
        then: branches[1 - index],
        else: branch,
      };
    }
  }
  return undefined;
}

/** `schema` with every choice among codes made by the code, not by trying each branch. */
export function byCode(schema: JsonSchema): JsonSchema {
  const all = new Branches(schema);
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    const node = Object.fromEntries(Object.entries(value).map(([key, member]) => [key, walk(member)]));
    const { oneOf, anyOf, ...rest } = node;
    const branches = oneOf ?? anyOf;
    if (!Array.isArray(branches) || (oneOf !== undefined && anyOf !== undefined)) return node;
    if (["if", "then", "else", "allOf", "properties", "required"].some((key) => key in rest)) return node;
    const chosen = choose(all, flatten(all, branches)) ?? (anyOf !== undefined ? split(all, branches) : undefined);
    return chosen === undefined ? node : { ...rest, ...chosen };
  };
  return walk(schema) as JsonSchema;
}
