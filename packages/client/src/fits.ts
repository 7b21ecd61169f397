/**
 * The cheap check of a known code's fields, from the table generated out of the catalogue's
 * validators: presence, primitive type, range, pattern and enum of every member the code's
 * schema names. No zod at run time.
 *
 * @module
 */
import { base, rules } from "./generated/rules.js";

/** Field name to rule; see `render-rules.ts` for the rule language. */
export type Rules = { readonly [field: string]: string };

const hasOwn = Object.prototype.hasOwnProperty;
const patterns = new Map<string, RegExp>();

function checks(rule: string, value: unknown): boolean {
  switch (rule[0]) {
    case "i":
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case "s":
      return typeof value === "string" && value !== "";
    case "t":
      return typeof value === "string";
    case "=":
      return typeof value === "string" && rule.slice(1).split("|").includes(value);
    case "/": {
      let re = patterns.get(rule);
      if (!re) patterns.set(rule, (re = new RegExp(rule.slice(1))));
      return typeof value === "string" && re.test(value);
    }
    case "d":
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((item) => isObject(item) && checks("t", item.field) && checks("t", item.message))
      );
  }
  return false;
}

function fitsRules(error: Record<string, unknown>, own: Rules, shared: Rules | undefined): boolean {
  for (const name in own) {
    if (shared && hasOwn.call(shared, name)) continue;
    const rule = own[name] as string;
    const value = hasOwn.call(error, name) ? error[name] : undefined;
    if (value === undefined ? rule[0] !== "?" : !checks(rule[0] === "?" ? rule.slice(1) : rule, value)) return false;
  }
  return true;
}

/** Whether a plain object is a non-null, non-array object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether an error object of a known code fits that code's schema (its `type` and `code` are
 * checked by the caller). A code's own rules take precedence over the shared ones.
 */
export function fits(code: string, error: Record<string, unknown>): boolean {
  const own = hasOwn.call(rules, code) ? rules[code] : undefined;
  const variants: readonly Rules[] = own === undefined ? [{}] : Array.isArray(own) ? own : [own as Rules];
  return variants.some((variant) => fitsRules(error, variant, undefined) && fitsRules(error, base, variant));
}
