/**
 * Catalogues of any size and mix, for `pnpm bench:scale`: the real catalogue's source grown with
 *
 * - copies of EVERY real entry in turn, each under every combination of the legacy APIs (none, each
 *   one, each pair, all three): the entry's fields, message, variants and claims are kept, its title
 *   and code are new, and its source names the catalogue's reason for each API no claim gives;
 * - entries from a seeded random generator: any number of fields (0 to 16), optional and required,
 *   of every kind the catalogue can check (counts, strings, patterns, enums, open strings, RFC 3339
 *   times), `requiredWhen` rules, message variants, deprecations, retry overrides, APIs, generic
 *   bodies (`withoutCode`).
 *
 * The two alternate (`mix: "mixed"`, the default), or one alone; `mix: "pair"` is the catalogue
 * TS2590 was once found with: copies of two entries in turn. The same seed gives the same
 * catalogue. A copy sent without its code by an API in the real catalogue is not, in a copy: two
 * generic bodies with one status and message could not be told apart (the self-check refuses them).
 *
 * @module
 */

const LEGACY = ["rcs", "imessage", "sms"] as const;
type Api = (typeof LEGACY)[number];
/** Every combination of the legacy APIs, none first. */
export const API_COMBINATIONS: readonly (readonly Api[])[] = Array.from({ length: 1 << LEGACY.length }, (_, mask) =>
  LEGACY.filter((_, bit) => mask & (1 << bit)),
);

export type Mix = "mixed" | "copies" | "random" | "pair";
/** The mix TS2590 was once found with: these two entries in turn, each sent by its own APIs. */
const PAIR_MIX = ["missing_api_key", "new_conversation_limit_reached"];

export interface GrowOptions {
  readonly seed?: number;
  readonly mix?: Mix;
}

/** What the generator reads of a real definition (the module's `errors`, at run time). */
interface Claim {
  readonly seed: string;
  readonly says: string;
  readonly gives: readonly string[];
  readonly message?: string;
}
interface Definition {
  readonly type: string;
  readonly status?: number;
  readonly title: string;
  readonly apis?: readonly string[];
  readonly withoutCode?: readonly string[];
  readonly deprecated?: unknown;
  readonly source: { readonly seeds: readonly Claim[]; readonly own: Readonly<Record<string, string>> };
  readonly [key: string]: unknown;
}
export interface RealCatalog {
  readonly types: Readonly<Record<string, { readonly status: number; readonly retry: string }>>;
  readonly errors: Readonly<Record<string, Definition>>;
}

const CLOSE = '} as const satisfies CatalogDefinition["errors"];';
const FIELDS = /\n {4}fields: (\{[^\n]*\}|\{\n[\s\S]*?\n {4}\}),\n/;

/** The entry of `code` in the catalogue's source, from its key to its closing brace. */
function entrySource(source: string, code: string): string {
  const start = source.indexOf(`\n  ${code}: {\n`);
  const end = source.indexOf("\n  },\n", start);
  if (start === -1 || end === -1) throw new Error(`scale: no entry ${code} in catalog.ts`);
  return source.slice(start + 1, end + "\n  },\n".length);
}

/** Members written in the catalogue's own order, each as a literal; `fields` as the source wrote it. */
function entryText(code: string, def: Record<string, unknown>, fields: string): string {
  const lines = Object.entries(def)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `    ${key}: ${key === "fields" ? fields : JSON.stringify(value)},`);
  return `  ${code}: {\n${lines.join("\n")}\n  },\n`;
}

/** A copy of a real entry under a new code and title, sent by `apis`. */
function copyOf(code: string, def: Definition, fields: string, apis: readonly Api[], index: number): string {
  const without = new Set<string>(LEGACY.filter((api) => !apis.includes(api)));
  // A claim keeps what it gives but the APIs that no longer send the copy; one left giving nothing goes.
  const seeds = def.source.seeds
    .map((claim) => ({ ...claim, gives: claim.gives.filter((part) => !without.has(part.slice(4))) }))
    .filter((claim) => claim.gives.length > 0);
  const given = new Set(seeds.flatMap((claim) => claim.gives));
  const own: Record<string, string> = {};
  for (const [part, reason] of Object.entries(def.source.own))
    if (!(part.startsWith("api:") && without.has(part.slice(4)))) own[part] = reason;
  for (const api of apis)
    if (!given.has(`api:${api}`) && own[`api:${api}`] === undefined)
      own[`api:${api}`] = "A copy made to measure scale.";
  const copy: Record<string, unknown> = {
    ...def,
    title: `${def.title} (copy ${index})`,
    apis: apis.length > 0 ? apis : undefined,
    withoutCode: undefined,
    source: { seeds, own },
  };
  return entryText(`${code}_c${index}`, copy, fields);
}

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Kind {
  readonly schema: string;
  readonly example: unknown;
  /** For an enum: its values. */
  readonly values?: readonly string[];
  /** An RFC 3339 time, which `retryAfterFrom` may name. */
  readonly time?: boolean;
}

const WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"];
/** Patterns, each with a value it takes (as the catalogue's own: explicit ASCII classes, no `format`). */
const PATTERNS: readonly (readonly [regex: string, example: string])[] = [
  ["/^[A-Z]{3}$/", "USD"],
  ["/^[0-9]+(\\.[0-9]+)?$/", "12.50"],
  ["/^\\+[1-9][0-9]{1,14}$/", "+15555550123"],
  ["/^[a-z]{2,8}_[a-zA-Z0-9]{4,32}$/", "alloc_x1y2z3"],
  ["/^https?:\\/\\/\\S+$/", "https://example.com/errata"],
];
const TIME = "/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/";

function kindOf(next: () => number, pick: <T>(list: readonly T[]) => T): Kind {
  const roll = next();
  if (roll < 0.25) return { schema: "z.int().min(0)", example: Math.floor(next() * 1000) };
  if (roll < 0.45) return { schema: "z.string().min(1)", example: pick(WORDS) };
  if (roll < 0.65) {
    const [regex, example] = pick(PATTERNS);
    return { schema: `z.string().regex(${regex})`, example };
  }
  if (roll < 0.85) {
    const values = WORDS.slice(0, 2 + Math.floor(next() * 6)).map((w, i) => `${w}_${i}`);
    return { schema: `z.enum(${JSON.stringify(values)})`, example: values[0], values };
  }
  if (roll < 0.95) {
    const known = WORDS.slice(0, 1 + Math.floor(next() * 4));
    return { schema: `z.string().min(1).meta({ examples: ${JSON.stringify(known)} })`, example: known[0] };
  }
  return { schema: `z.string().regex(${TIME})`, example: "2026-01-01T00:00:00Z", time: true };
}

/** A random entry: `index` names it; `real` lends it types, statuses and deprecation replacements. */
function randomEntry(next: () => number, index: number, real: RealCatalog): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const code = `gen_${index}`;
  const type = pick(Object.keys(real.types));
  const statuses = [
    ...new Set(Object.values(real.errors).flatMap((def) => (def.type === type && def.status ? [def.status] : []))),
  ];
  const count = Math.floor(next() ** 2 * 17);
  const fields: { name: string; kind: Kind; optional: boolean }[] = [];
  for (let j = 0; j < count; j++)
    fields.push({ name: `f${j}_${pick(WORDS)}`, kind: kindOf(next, pick), optional: next() < 0.5 });
  const required = fields.filter((field) => !field.optional);
  const optional = fields.filter((field) => field.optional);
  const def: Record<string, unknown> = { type };
  if (statuses.length > 0 && next() < 0.3) def.status = pick(statuses);
  if (next() < 0.15) def.retry = pick(["never", "backoff", "retry_after"]);
  const retry = def.retry ?? real.types[type]?.retry;
  const time = fields.find((field) => field.kind.time);
  if (retry === "retry_after" || next() < 0.2) def.retryAfter = 1 + Math.floor(next() * 3600);
  if (time !== undefined && next() < 0.5) {
    def.retryAfter ??= 60;
    def.retryAfterFrom = time.name;
  }
  if (next() < 0.1) def.ownerFacing = next() < 0.5;
  def.title = `Generated error ${index}`;
  const named = required.filter(() => next() < 0.5);
  def.message = `Generated error ${index}${named.map((field) => `, ${field.name.split("_")[1]} {${field.name}}`).join("")}.`;
  if (optional.length > 0 && next() < 0.5) {
    def.messageVariants = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, v) => {
      const extra = optional.filter(() => next() < 0.5);
      const names = [...named, ...(extra.length > 0 ? extra : [pick(optional)])];
      return `Generated error ${index} (variant ${v})${names.map((field) => `, {${field.name}}`).join("")}.`;
    });
  }
  def.description = `A generated error with ${count} fields, made to measure scale.`;
  def.fix = "Nothing to fix: no API sends it.";
  // requiredWhen: a required enum's first value makes some optional fields required.
  const on = required.find((field) => field.kind.values !== undefined);
  let rule: { field: string; equals: string; fields: string[] } | undefined;
  if (on !== undefined && optional.length > 0 && next() < 0.6) {
    const names = optional.filter(() => next() < 0.5).map((field) => field.name);
    rule = {
      field: on.name,
      equals: on.kind.values?.[0] as string,
      fields: names.length > 0 ? names : [pick(optional).name],
    };
  }
  const example: Record<string, unknown> = {};
  for (const field of fields)
    if (!field.optional || next() < 0.5 || rule?.fields.includes(field.name)) example[field.name] = field.kind.example;
  const apis = pick(API_COMBINATIONS);
  def.fields = true; // written from `fields` below, in this place
  if (rule !== undefined) def.requiredWhen = rule;
  def.example = example;
  if (next() < 0.1) {
    const current = Object.keys(real.errors).filter((name) => real.errors[name]?.deprecated === undefined);
    def.deprecated =
      next() < 0.5
        ? { replacement: pick(current), reason: "Generated: replaced by a real code." }
        : { reason: "Generated: on its way out, with no replacement." };
  }
  if (apis.length > 0) def.apis = apis;
  // A generic body (sent without its code): by an API whose dialect may leave the code out, with a
  // message of its own and no placeholders.
  if (apis.includes("imessage") && next() < 0.2) {
    def.message = `Generated error ${index} happened.`;
    delete def.messageVariants;
    def.withoutCode = ["imessage"];
  }
  def.source = { seeds: [], own: { entry: "Generated to measure scale: no reference document mentions it." } };
  const fieldText =
    fields.length === 0
      ? "{}"
      : `{\n${fields
          .map(
            ({ name, kind, optional }) =>
              `      ${name}: ${kind.schema}.describe("A generated field.")${optional ? ".optional()" : ""},`,
          )
          .join("\n")}\n    }`;
  return entryText(code, def, fieldText);
}

/**
 * The catalogue's source grown to `size` codes: copies of the real entries (each under every
 * combination of APIs, entry after entry) and random entries, in turn.
 */
export function grownCatalog(source: string, real: RealCatalog, size: number, options: GrowOptions = {}): string {
  const { seed = 1, mix = "mixed" } = options;
  const at = source.lastIndexOf(CLOSE);
  if (at === -1) throw new Error("scale: catalog.ts does not end as expected");
  const codes = Object.keys(real.errors);
  const fields = new Map(
    codes.map((code) => {
      const match = FIELDS.exec(entrySource(source, code));
      if (match === null) throw new Error(`scale: no fields in the entry ${code}`);
      return [code, match[1] as string] as const;
    }),
  );
  const next = random(seed);
  let copies = 0;
  let added = "";
  for (let i = 0; i < size - codes.length; i++) {
    if (mix === "pair") {
      const code = PAIR_MIX[i % PAIR_MIX.length] as string;
      const def = real.errors[code] as Definition;
      added += copyOf(code, def, fields.get(code) as string, (def.apis ?? []) as readonly Api[], i);
      continue;
    }
    const copy = mix === "copies" || (mix === "mixed" && i % 2 === 0);
    if (copy) {
      const code = codes[copies % codes.length] as string;
      const apis = API_COMBINATIONS[Math.floor(copies / codes.length) % API_COMBINATIONS.length] as readonly Api[];
      added += copyOf(code, real.errors[code] as Definition, fields.get(code) as string, apis, copies);
      copies++;
    } else added += randomEntry(next, i, real);
  }
  const grown = source.slice(0, at) + added + source.slice(at);
  // The generated fields are written with zod, which the real catalogue may not import itself.
  return /^import \* as z from "zod";$/m.test(grown)
    ? grown
    : grown.replace(/^import /m, 'import * as z from "zod";\nimport ');
}
