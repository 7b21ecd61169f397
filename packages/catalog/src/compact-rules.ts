/**
 * The field rules of the compact table (`generated/compact.ts`), interpreted: the check of a code
 * from its rules' text. The format is described in `render-compact.ts`.
 *
 * @module
 */

/** A value test, from one rule. */
type Test = (value: unknown) => boolean;

/** Whether an error object's members fit a code's rules. */
export type Fits = (error: Readonly<Record<string, unknown>>) => boolean;

/**
 * A string matching `pattern`; remembers the last value it accepted (a `doc_url` comes again and
 * again). One per member, so that members of one pattern do not take turns forgetting theirs.
 */
function matcher(pattern: RegExp): Test {
  let last: string | undefined;
  return (value) => {
    if (typeof value !== "string") return false;
    if (value === last) return true;
    if (!pattern.test(value)) return false;
    last = value;
    return true;
  };
}

const regexes = new Map<string, RegExp>();

/** A non-empty list of `{field, message}` strings. */
const details: Test = (v) =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(
    (item) =>
      typeof item === "object" &&
      item !== null &&
      !Array.isArray(item) &&
      typeof item.field === "string" &&
      typeof item.message === "string",
  );

/** The test of a rule other than the three inlined in `variantCheck` (`i`, `s`, `t`). */
function testOf(rule: string, patterns: readonly string[]): Test | undefined {
  const kind = rule[0];
  if (kind === "d") return details;
  if (kind === "/") {
    const source = patterns[Number(rule.slice(1))] as string;
    let regex = regexes.get(source);
    if (regex === undefined) regexes.set(source, (regex = new RegExp(source)));
    return matcher(regex);
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
 * kinds are tested inline, the rest by a function: a call per member would cost more than the
 * reading of the body it checks.
 */
function variantCheck(rulesOf: ReadonlyMap<string, string>, patterns: readonly string[]): Fits {
  const rules = [...rulesOf];
  // Names as object keys: keys are interned, and a read with an interned name is a cache hit,
  // where one with a name sliced from the table would be looked up in full every time.
  const names = Object.keys(Object.fromEntries(rules));
  const optional = rules.map(([, rule]) => rule[0] === "?");
  const kinds = rules.map(([, rule]) => rule.replace("?", "")[0]);
  const tests = rules.map(([, rule]) => testOf(rule.replace("?", ""), patterns));
  return (error) => {
    for (let i = 0; i < names.length; i++) {
      const value = error[names[i] as string];
      if (value === undefined) {
        if (optional[i]) continue;
        return false;
      }
      const kind = kinds[i];
      if (
        !(kind === "s"
          ? typeof value === "string" && value !== ""
          : kind === "i"
            ? Number.isSafeInteger(value) && (value as number) >= 0
            : kind === "t"
              ? typeof value === "string"
              : (tests[i] as Test)(value))
      )
        return false;
    }
    return true;
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
