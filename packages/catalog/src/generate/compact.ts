/**
 * Renders `generated/compact.ts`: what a client needs of each code to read a body (its type, the
 * legacy APIs that send it, its field checks) as compact data, read by `compact.ts` and
 * `compact-rules.ts`, with the legacy envelopes and their generic bodies. A bundle then grows by a
 * short line per code, not by a function per code. Runs at build time only.
 *
 * The format, one line per code: `code,type[,apis]` then, after a space, the code's field rules
 * where they differ from the shared ones, `name:rule` separated by spaces, one group per
 * `requiredWhen` branch separated by `;`, each after the first as its difference from the first
 * (`name:-` for a member it does not have). `type` is an index into `ERROR_TYPES`' order, `apis` a
 * bit set over `LEGACY_DIALECTS`. A rule is as in `generate/checks.ts`, but a pattern is `/` and
 * its index into `patterns`, and enum values are URI-encoded (so that no separator can occur in
 * one). The codes that `generated/policy.ts`'s `retries` names come first, in its order, with
 * `code` left empty: a client reads their names there, so that no code is named twice.
 *
 * What a client reads before any code's entry (each type's status and retry policy, the codes' own
 * retry policies, the limits) is rendered apart, by `generate/policy.ts`: a file of its own, so
 * that a bundle can load this one on demand.
 *
 * @module
 */
import * as z from "zod";
import { ERROR_CODE_LIST, ERROR_INFO, ERROR_TYPES, GENERIC_CODES } from "../codes.js";
import { base as commonMembers, errorObjectSchemas } from "../schemas/standard.js";
import { DIALECTS, LEGACY_DIALECTS } from "../wire/dialects.js";
import { CHECKS_HEADER, type Rules, rulesOf } from "./checks.js";
import { retryCodes } from "./policy.js";

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** A rule with its pattern as an index into `patterns`, and enum values URI-encoded. */
function compactRule(rule: string, patterns: string[]): string {
  const optional = rule.startsWith("?") ? "?" : "";
  const body = optional ? rule.slice(1) : rule;
  if (body.startsWith("/")) {
    const source = body.slice(1);
    if (!patterns.includes(source)) patterns.push(source);
    return `${optional}/${patterns.indexOf(source)}`;
  }
  if (body.startsWith("=")) return `${optional}=${body.slice(1).split("|").map(encodeURIComponent).join("|")}`;
  return rule;
}

/** The members of `rules` that `base` lacks or checks otherwise, as `name:rule` words. */
function ownWords(rules: Rules, base: Rules, patterns: string[]): string {
  return Object.entries(rules)
    .filter(([name, rule]) => base[name] !== rule)
    .map(([name, rule]) => {
      if (!IDENTIFIER.test(name)) throw new Error(`${name}: not a field name the compact table can hold`);
      return `${name}:${compactRule(rule, patterns)}`;
    })
    .join(" ");
}

/** The source of `generated/compact.ts`. */
export function renderCompact(schemas: Readonly<Record<string, z.ZodType>> = errorObjectSchemas): string {
  const all = rulesOf(schemas);
  const base = rulesOf({ base: z.looseObject(commonMembers) }).base?.[0] as Rules;
  const patterns: string[] = [];
  const baseWords = ownWords(base, {}, patterns);
  const types = Object.keys(ERROR_TYPES);
  // The codes `generated/policy.ts` names come first, unnamed: a client has that list already.
  const named = retryCodes();
  const namedSet = new Set<string>(named);
  const order = [...named, ...ERROR_CODE_LIST.filter((code) => !namedSet.has(code))];
  const lines = order.map((code, index) => {
    const info = ERROR_INFO[code];
    const variants = all[code] ?? [base];
    for (const v of variants)
      for (const name of Object.keys(base))
        if (v[name] === undefined) throw new Error(`${code}: lacks the shared member ${name}`);
    const apis = info.apis.reduce((bits, api) => bits | (1 << LEGACY_DIALECTS.indexOf(api)), 0);
    const head = [index < named.length ? "" : code, types.indexOf(info.type), apis || ""].join(",").replace(/,+$/, "");
    // A later variant (a `requiredWhen` branch) as its difference from the first: most members
    // are checked alike in every branch.
    const first = variants[0] as Rules;
    const rules = variants
      .map((v, i) =>
        i === 0
          ? ownWords(v, base, patterns)
          : [
              ownWords(v, first, patterns),
              ...Object.keys(first)
                .filter((name) => v[name] === undefined)
                .map((name) => `${name}:-`),
            ]
              .filter((words) => words !== "")
              .join(" "),
      )
      .join(";");
    return rules.replace(/;/g, "") === "" ? head : `${head} ${rules}`;
  });
  const legacy = LEGACY_DIALECTS.map((name) => {
    const { title: _, ...envelope } = DIALECTS[name];
    return [name, envelope];
  });
  return (
    CHECKS_HEADER +
    'import type { LegacyDialect } from "../types.js";\n' +
    'import type { DialectEnvelope } from "../wire/dialects.js";\n\n' +
    `export const legacy: readonly (readonly [name: LegacyDialect, envelope: DialectEnvelope])[] = ${JSON.stringify(legacy)};\n\n` +
    `export const generic: { readonly [D in LegacyDialect]?: { readonly [status: string]: { readonly [message: string]: string } } } = ${JSON.stringify(GENERIC_CODES)};\n\n` +
    `export const patterns: readonly string[] = ${JSON.stringify(patterns)};\n\n` +
    `export const base = ${JSON.stringify(baseWords)};\n\n` +
    `export const codes = ${JSON.stringify(lines.join("\n"))};\n`
  );
}
