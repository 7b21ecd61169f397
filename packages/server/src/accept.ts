/**
 * Content negotiation between `application/json` and `application/problem+json`, reading the
 * `Accept` header's q-values the way RFC 9110 (section 12.5.1) says: the most specific matching
 * range gives a type its weight.
 *
 * @module
 */

/** The two forms an error can be sent in. */
export type ErrorForm = "json" | "problem";

interface Range {
  readonly type: string;
  readonly subtype: string;
  readonly q: number;
}

const Q_VALUE = /^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/;
/** Ranges read at most, and parameters of a range: a long header costs no more than a usual one. */
export const MAX_RANGES = 32;
const MAX_PARAMS = 8;

/**
 * `text` split at `separator` outside quoted strings (a quoted `"a,b"` is one parameter value, with
 * backslash escapes), into at most `limit` parts; the rest of the text is not scanned.
 */
function split(text: string, separator: number, limit: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
      if (parts.length === limit) return parts;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parseAccept(header: string): Range[] {
  const ranges: Range[] = [];
  for (const part of split(header, 44 /* , */, MAX_RANGES)) {
    const [mediaRange = "", ...params] = split(part, 59 /* ; */, MAX_PARAMS + 1);
    const slash = mediaRange.indexOf("/");
    if (slash < 0) continue;
    const type = mediaRange.slice(0, slash).trim().toLowerCase();
    const subtype = mediaRange
      .slice(slash + 1)
      .trim()
      .toLowerCase();
    if (type === "" || subtype === "" || (type === "*" && subtype !== "*")) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const eq = param.indexOf("=");
      if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== "q") continue;
      const value = param.slice(eq + 1).trim();
      if (Q_VALUE.test(value)) q = Number(value);
      else valid = false;
    }
    // A range with a malformed weight says nothing reliable; leave it out.
    if (valid) ranges.push({ type, subtype, q });
  }
  return ranges;
}

/** The weight `ranges` give `type/subtype`, from the most specific range that matches it; 0 if none. */
function weightOf(ranges: readonly Range[], type: string, subtype: string): number {
  let best = -1;
  let q = 0;
  for (const range of ranges) {
    const specificity =
      range.type === type && range.subtype === subtype
        ? 2
        : range.type === type && range.subtype === "*"
          ? 1
          : range.type === "*" && range.subtype === "*"
            ? 0
            : -1;
    if (specificity > best || (specificity === best && specificity >= 0 && range.q > q)) {
      best = specificity;
      q = range.q;
    }
  }
  return best < 0 ? 0 : q;
}

/**
 * The form an `Accept` header prefers: `problem` when it weighs `application/problem+json` above
 * `application/json`; `json` otherwise (ties, no header, nothing acceptable: the wire contract's
 * own form).
 */
export function preferredForm(accept: string | null | undefined): ErrorForm {
  if (!accept || !/problem/i.test(accept)) return "json";
  const ranges = parseAccept(accept);
  return weightOf(ranges, "application", "problem+json") > weightOf(ranges, "application", "json") ? "problem" : "json";
}
