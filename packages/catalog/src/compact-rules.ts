/**
 * The field rules of the compact table (`generated/compact.ts`), interpreted: the check of a code
 * from its rules' text. The format is described in `generate/compact.ts`.
 *
 * @module
 */

import { details, matcher } from "./field-checks/values.js";

/** A value test, from one rule. */
type Test = (value: unknown) => boolean;

/** Whether an error object's members fit a code's rules. */
export type Fits = (error: Readonly<Record<string, unknown>>) => boolean;

/** The test of a rule other than the three inlined in `variantCheck` (`i`, `s`, `t`). */
function testOf(rule: string, patterns: readonly string[]): Test | undefined {
  const kind = rule[0];
  if (kind === "d") return details;
  if (kind === "/") {
    // One matcher a member, so that members of one pattern do not take turns forgetting their last value.
    return matcher(patterns[Number(rule.slice(1))] as string);
  }
  if (kind !== "=") return undefined;
  const values = rule.slice(1).split("|").map(decodeURIComponent);
  return (v) => values.includes(v as string);
}

/** `name:rule` words into the map of the rules they give; `name:-` takes a member out. */
function wordsInto(words: string, rules: Map<string, string>): Map<string, string> {
  for (const word of words.split(" ")) {
    const at = word.indexOf(":");
    const rule = word.slice(at + 1);
    if (at > 0) {
      if (rule === "-") rules.delete(word.slice(0, at));
      else rules.set(word.slice(0, at), rule);
    }
  }
  return rules;
}

/**
 * The check of one variant: every member's rule, optional ones passing when absent. The common
 * kinds are tested in one small function V8 inlines, the rest each by a function of its own.
 */
function variantCheck(rulesOf: ReadonlyMap<string, string>, patterns: readonly string[]): Fits {
  const rules = [...rulesOf];
  const optional = rules.map(([, rule]) => rule[0] === "?");
  const kinds = rules.map(([, rule]) => rule.replace("?", "")[0]);
  const tests = rules.map(([, rule]) => testOf(rule.replace("?", ""), patterns));
  const fit = (i: number, value: unknown): boolean => {
    if (value === undefined) return optional[i] as boolean;
    const kind = kinds[i];
    return kind === "s"
      ? typeof value === "string" && value !== ""
      : kind === "i"
        ? Number.isSafeInteger(value) && (value as number) >= 0
        : kind === "t"
          ? typeof value === "string"
          : (tests[i] as Test)(value);
  };
  const names = rules.map(([name]) => name);
  // A member named like one Object.prototype has (`constructor`, `toString`) is read by name,
  // as zod reads it: an inherited value counts, and `for in` would not see it.
  if (names.some((name) => name in Object.prototype)) return (error) => names.every((name, i) => fit(i, error[name]));
  // Otherwise the error's own members are walked once, each looked up among the rules: cheaper
  // than a read per rule by a name that varies (a keyed read), and the members' names are
  // interned. A required member must have been seen.
  const index = new Map(names.map((name, i) => [name, i]));
  const required = optional.filter((is) => !is).length;
  return (error) => {
    let seen = 0;
    for (const key in error) {
      const i = index.get(key);
      if (i === undefined) continue;
      if (!fit(i, error[key])) return false;
      if (!optional[i] && error[key] !== undefined) seen++;
    }
    return seen === required;
  };
}

/**
 * The check of a code from the rules of its line (`own`, empty for the shared members alone), the
 * shared rules (`base`) and the table's patterns: the first variant over the shared members, each
 * later one as its difference from the first; an error fits when it fits one of them.
 */
export function fitsOf(own: string, base: string, patterns: readonly string[]): Fits {
  const [firstOwn = "", ...others] = own.split(";");
  const first = wordsInto(firstOwn, wordsInto(base, new Map()));
  const checks = [first, ...others.map((diff) => wordsInto(diff, new Map(first)))].map((rules) =>
    variantCheck(rules, patterns),
  );
  return checks.length === 1 ? (checks[0] as Fits) : (error) => checks.some((check) => check(error));
}
