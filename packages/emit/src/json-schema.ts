/**
 * JSON Schema (draft 2020-12) of the wire body, converted from the catalogue's zod schemas with
 * zod's own converter. Every file stands on its own: a schema that uses another carries a copy of it
 * in `$defs`, so code generators and validators read any one file without fetching anything.
 *
 * @module
 */

import {
  anyErrorBodySchema,
  DIALECTS,
  definitionOf,
  dialectBodySchemas,
  ERROR_CODE_LIST,
  errorBodySchema,
  errorObjectSchema,
  errorObjectSchemas,
  type JsonSchema,
  LEGACY_DIALECTS,
  type LegacyDialect,
  SCHEMA_BASE_URL,
} from "@errata/catalog/zod";
import * as z from "zod";

/** The `$id` of a schema file, from its path under `schemas/` without `.schema.json`. */
export function schemaId(id: string): string {
  return `${SCHEMA_BASE_URL}${id}.schema.json`;
}

/** Every schema file: path under `schemas/` → schema. */
export function jsonSchemas(): Map<string, JsonSchema> {
  const registry = z.registry<{ id: string; title?: string; description?: string }>();
  for (const code of ERROR_CODE_LIST) {
    const def = definitionOf(code);
    registry.add(errorObjectSchemas[code], { id: `errors/${code}`, title: code, description: def.description });
  }
  registry.add(errorObjectSchema, {
    id: "error-object",
    title: "Error object",
    description: "The `error` member of an error response of any catalogued code, discriminated on `code`.",
  });
  registry.add(errorBodySchema, {
    id: "error",
    title: "Error response",
    description: "An error response body of a catalogued code, with each code's fields and rules.",
  });
  registry.add(anyErrorBodySchema, {
    id: "error-any",
    title: "Error response (lenient)",
    description:
      "Any well-formed error response body. Catalogued codes are checked fully; a code this version does not know needs only the common members.",
  });
  const { schemas } = z.toJSONSchema(registry, { uri: schemaId, target: "draft-2020-12" });
  const byUri = new Map(Object.entries(schemas).map(([id, schema]) => [schemaId(id), schema as JsonSchema]));
  return new Map([
    ...Object.entries(schemas).map(
      ([id, schema]) => [`${id}.schema.json`, byCode(selfContained(schema as JsonSchema, byUri))] as const,
    ),
    ...LEGACY_DIALECTS.flatMap((dialect) => [...dialectJsonSchemas(dialect)]),
  ]);
}

/**
 * The two files of a legacy dialect, `dialects/<name>/error.schema.json` (strict) and
 * `error-any.schema.json` (lenient). Each code's body is a `$defs` entry named after the code; the
 * per-code schemas are registered only to be copied there, not written as files of their own.
 */
function dialectJsonSchemas(dialect: LegacyDialect): Map<string, JsonSchema> {
  const { title } = DIALECTS[dialect];
  const folder = `dialects/${dialect}`;
  const { body, any, codes, anyCodes } = dialectBodySchemas[dialect];
  const registry = z.registry<{ id: string; title?: string; description?: string }>();
  for (const code of ERROR_CODE_LIST) {
    const { description } = definitionOf(code);
    const strict = codes[code];
    if (strict) registry.add(strict, { id: `${folder}/errors/${code}`, title: code, description });
    registry.add(anyCodes[code], { id: `${folder}/errors-any/${code}`, title: code, description });
  }
  registry.add(body, {
    id: `${folder}/error`,
    title: `Error response (${title})`,
    description: `An error response body of the ${title} API: one of the codes it sends, in its envelope, with each code's fields and rules. A member of another dialect's envelope (request_id, type, ...) is refused; other members are allowed.`,
  });
  registry.add(any, {
    id: `${folder}/error-any`,
    title: `Error response, lenient (${title})`,
    description: `Any well-formed error response body in the ${title} API's envelope. Catalogued codes are checked fully; a code this version does not know needs only the envelope; other members are allowed.`,
  });
  const { schemas } = z.toJSONSchema(registry, { uri: schemaId, target: "draft-2020-12" });
  const byUri = new Map(Object.entries(schemas).map(([id, schema]) => [schemaId(id), schema as JsonSchema]));
  return new Map(
    ["error", "error-any"].map((name) => {
      const id = `${folder}/${name}`;
      return [`${id}.schema.json`, byCode(selfContained(schemas[id] as JsonSchema, byUri))];
    }),
  );
}

/** The `$defs` name of a schema file's copy: its file name without folder and suffix (`error-object`, a code). */
export function defName(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1).replace(/\.schema\.json$/, "");
}

/**
 * `schema` with every `$ref` to another file rewritten to a copy of that file under `$defs`. The
 * files' `$id`s are absolute URLs that nothing serves, so a tool that follows them would go to the
 * network and fail; within one document a local reference always resolves.
 */
function selfContained(schema: JsonSchema, byUri: ReadonlyMap<string, JsonSchema>): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, member]) => {
        if (key !== "$ref" || typeof member !== "string" || member.startsWith("#")) return [key, rewrite(member)];
        const [uri = "", fragment = ""] = member.split("#");
        const target = byUri.get(uri);
        if (target === undefined) throw new Error(`JSON Schema: \`$ref\` ${member} names no emitted schema`);
        const name = defName(uri);
        if (!(name in defs)) {
          defs[name] = {}; // Reserved first, so a schema that refers back to itself ends.
          const { $schema: _schema, $id: _id, ...copy } = target;
          defs[name] = rewrite(copy) as JsonSchema;
        }
        return [key, `#/$defs/${name}${fragment}`];
      }),
    );
  };
  const result = rewrite(schema) as JsonSchema;
  return Object.keys(defs).length === 0 ? result : { ...result, $defs: { ...(result.$defs as object), ...defs } };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `schema` with every choice among codes made by the code, not by trying each branch. zod writes a
 * discriminated union as a `oneOf` of every code's schema, and a lenient body as an `anyOf` of the
 * known codes and branches for the others: a validator then tries every branch, and reports that
 * none matched, its "best match" an unrelated branch, the real cause buried among about 120 errors.
 * Here a choice whose branches each fix one required member to a constant of their own (the code)
 * becomes an enum of that member and one `if`/`then` a constant; the branches for other values
 * (a code this version does not know, none at all) become the `else`, when each of them refuses
 * every one of those constants. The verdicts are the same; a validator in any language applies the
 * code's own schema alone and names the member at fault (`error.required_amount: 12.5 is not of
 * type 'string'`), and checks one code's schema instead of all of them.
 */
export function byCode(schema: JsonSchema): JsonSchema {
  /** A branch, its local `$ref` (a JSON pointer into this file) followed. */
  const follow = (branch: unknown, depth = 0): Record<string, unknown> | undefined => {
    if (!isObject(branch) || depth > 8) return undefined;
    if (typeof branch.$ref !== "string") return branch;
    if (!branch.$ref.startsWith("#/")) return undefined;
    let target: unknown = schema;
    for (const token of branch.$ref.slice(2).split("/")) {
      const name = token.replaceAll("~1", "/").replaceAll("~0", "~");
      target = Array.isArray(target) ? target[Number(name)] : isObject(target) ? target[name] : undefined;
    }
    return follow(target, depth + 1);
  };
  // Every step below asks for the same branches again (once per member name of every branch): a
  // pointer is followed once, or a catalogue of thousands of codes takes seconds to emit.
  const followed = new WeakMap<object, Record<string, unknown> | undefined>();
  const resolve = (branch: unknown): Record<string, unknown> | undefined => {
    if (!isObject(branch)) return undefined;
    if (!followed.has(branch)) followed.set(branch, follow(branch));
    return followed.get(branch);
  };
  /** The branches of a choice, a branch that is itself only an `anyOf` replaced by its own (by pointer). */
  const flatten = (branches: unknown[]): unknown[] =>
    branches.flatMap((branch) => {
      const resolved = resolve(branch);
      const inner = resolved?.anyOf;
      if (
        !Array.isArray(inner) ||
        Object.keys(resolved as object).some((k) => !["anyOf", "description", "title"].includes(k))
      ) {
        return [branch];
      }
      const ref = isObject(branch) && typeof branch.$ref === "string" ? branch.$ref : undefined;
      return ref ? inner.map((_, i) => ({ $ref: `${ref}/anyOf/${i}` })) : inner;
    });
  /** The string constant a branch requires `key` to be, if it does. */
  const constant = (branch: unknown, key: string): string | undefined => {
    const resolved = resolve(branch);
    const member = isObject(resolved?.properties) ? resolved.properties[key] : undefined;
    const required = Array.isArray(resolved?.required) && resolved.required.includes(key);
    return required && isObject(member) && typeof member.const === "string" ? member.const : undefined;
  };
  /** Whether a branch refuses `key` at every one of `values` (`not: {enum}` listing them, or `not: {}`). */
  const refuses = (branch: unknown, key: string, values: readonly string[]): boolean => {
    const resolved = resolve(branch);
    const member = isObject(resolved?.properties) ? resolved.properties[key] : undefined;
    if (!isObject(member) || !isObject(member.not)) return false;
    const not = member.not;
    if (Object.keys(not).length === 0) return true;
    return Array.isArray(not.enum) && values.every((value) => (not.enum as unknown[]).includes(value));
  };
  /** The branches a choice can end in: a branch that is a choice among \`$ref\`s opened into them. */
  const leaves = (branches: unknown[], depth = 0): unknown[] =>
    branches.flatMap((branch) => {
      const resolved = resolve(branch);
      const inner = resolved?.oneOf ?? resolved?.anyOf;
      const refs = Array.isArray(inner) && inner.every((each) => isObject(each) && typeof each.$ref === "string");
      return refs && depth < 4 ? leaves(inner as unknown[], depth + 1) : [branch];
    });
  /**
   * Every body of the choice for code generators (quicktype makes one type with each code's fields
   * from it), which read no \`if\`/\`then\`. Its first branch accepts any object, so it decides no
   * verdict and a validator stops there.
   */
  const hint = (branches: unknown[]) => ({
    $comment:
      "anyOf: every body, for code generators, which do not read if/then. Its first branch accepts any object, so it decides no verdict: if/then on the code does.",
    anyOf: [{ type: "object" }, ...leaves(branches)],
  });
  /**
   * What every body of a lenient choice has, declared beside the \`if\`: an object, \`key\` a string
   * when every body has a string there or none (a code generator then types it a plain string, and
   * reads a newer server's code), and the members all of them require. No verdict changes.
   */
  const declared = (branches: unknown[], key: string): Record<string, unknown> => {
    const all = leaves(branches).flatMap((leaf) => {
      const resolved = resolve(leaf);
      const inner = resolved?.oneOf ?? resolved?.anyOf;
      return Array.isArray(inner) ? inner.map((each) => resolve(each)) : [resolved];
    });
    const string = all.every((leaf) => {
      const member = isObject(leaf?.properties) ? leaf.properties[key] : undefined;
      if (!isObject(member)) return false;
      if (isObject(member.not) && Object.keys(member.not).length === 0) return true;
      return member.type === "string" || typeof member.const === "string";
    });
    // The members every body requires, required beside the \`if\` too: a generator's type requires them.
    const names = all.flatMap((leaf) => (Array.isArray(leaf?.required) ? (leaf.required as string[]) : []));
    const required = [...new Set(names)].filter((name) =>
      all.every((leaf) => Array.isArray(leaf?.required) && leaf.required.includes(name)),
    );
    // Each declared beside the requirement: the schema every body gives it, else the type they share.
    const properties: Record<string, unknown> = {};
    for (const name of required) {
      const given = all.map((leaf) => (isObject(leaf?.properties) ? leaf.properties[name] : undefined));
      const types = new Set(given.map((schema) => (isObject(schema) ? schema.type : undefined)));
      const [type] = types;
      if (new Set(given.map((schema) => JSON.stringify(schema))).size === 1 && isObject(given[0])) {
        properties[name] = given[0];
      } else properties[name] = types.size === 1 && typeof type === "string" ? { type } : {};
    }
    if (string) properties[key] = { type: "string" };
    return {
      type: "object",
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
      ...(required.length > 0 ? { required } : {}),
    };
  };
  /** The choice `branches` made by one member, when one member makes it. */
  const choose = (branches: unknown[]): Record<string, unknown> | undefined => {
    const keys = new Set(
      branches.flatMap((branch) => {
        const resolved = resolve(branch);
        return isObject(resolved?.properties) ? Object.keys(resolved.properties) : [];
      }),
    );
    for (const key of keys) {
      const named: unknown[] = [];
      const values: string[] = [];
      const others: unknown[] = [];
      for (const branch of branches) {
        const value = constant(branch, key);
        if (value === undefined) {
          others.push(branch);
        } else {
          named.push(branch);
          values.push(value);
        }
      }
      if (named.length < 2 || new Set(values).size !== values.length) continue;
      if (!others.every((branch) => refuses(branch, key, values))) continue;
      const cases = named.map((branch, i) => ({
        if: { type: "object", properties: { [key]: { const: values[i] } }, required: [key] },
        then: branch,
      }));
      if (others.length === 0) {
        return {
          type: "object",
          properties: { [key]: { enum: values } },
          required: [key],
          allOf: cases,
          ...hint(branches),
        };
      }
      return {
        ...hint(branches),
        ...declared(branches, key),
        if: { type: "object", properties: { [key]: { enum: values } }, required: [key] },
        then: { allOf: cases },
        else: others.length === 1 ? others[0] : { anyOf: others },
      };
    }
    return undefined;
  };
  /** A branch refusing some values of a member, and one other branch: the other for those values. */
  const split = (branches: unknown[]): Record<string, unknown> | undefined => {
    if (branches.length !== 2) return undefined;
    for (const [index, branch] of branches.entries()) {
      const resolved = resolve(branch);
      if (!isObject(resolved?.properties) || !Array.isArray(resolved.required)) continue;
      for (const [key, member] of Object.entries(resolved.properties)) {
        if (!resolved.required.includes(key) || !isObject(member) || !isObject(member.not)) continue;
        const values = member.not.enum;
        if (!Array.isArray(values)) continue;
        return {
          ...hint(branches),
          ...declared(branches, key),
          if: { type: "object", properties: { [key]: { enum: values } }, required: [key] },
          then: branches[1 - index],
          else: branch,
        };
      }
    }
    return undefined;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    const node = Object.fromEntries(Object.entries(value).map(([key, member]) => [key, walk(member)]));
    const { oneOf, anyOf, ...rest } = node;
    const branches = oneOf ?? anyOf;
    if (!Array.isArray(branches) || (oneOf !== undefined && anyOf !== undefined)) return node;
    if (["if", "then", "else", "allOf", "properties", "required"].some((key) => key in rest)) return node;
    const chosen = choose(flatten(branches)) ?? (anyOf !== undefined ? split(branches) : undefined);
    return chosen === undefined ? node : { ...rest, ...chosen };
  };
  return walk(schema) as JsonSchema;
}
