/**
 * The walk that decides whether a parsed body is copied: it finds a `__proto__` member at any depth
 * however the text spells it, and refuses the nesting the depth limit refuses, as a plain recursive
 * reading of the value does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBody } from "../index.js";
import { MAX_DEPTH, protoWithin } from "./copy-data.js";

/** The deepest array or object in `value`, counted from 0 (-1 for a primitive). */
function depthOf(value: unknown): number {
  if (typeof value !== "object" || value === null) return -1;
  const members = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(-1, ...members.map(depthOf));
}

/** Whether `value` has an own `__proto__` member at any depth. */
function hasProto(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (!Array.isArray(value) && Object.keys(value).includes("__proto__")) return true;
  return (Array.isArray(value) ? value : Object.values(value)).some(hasProto);
}

// JSON whose keys are often `__proto__`, spelt out or escaped in the text.
const key = fc.oneof(fc.constantFrom("__proto__", "error", "code", "a"), fc.string({ maxLength: 4 }));
const tree = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null)),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie("value")), { maxLength: 3 }).map((pairs) => pairs),
  ),
})).value;
/** JSON text of a tree, whose pairs become members (a repeated key keeps its last value). */
function textOf(value: unknown, escape: boolean): string {
  if (
    !Array.isArray(value) ||
    !value.every((item) => Array.isArray(item) && item.length === 2 && typeof item[0] === "string")
  )
    return Array.isArray(value) ? `[${value.map((item) => textOf(item, escape)).join(",")}]` : JSON.stringify(value);
  const members = (value as [string, unknown][]).map(([name, member]) => {
    const spelt = escape && name === "__proto__" ? '"\\u005f_proto__"' : JSON.stringify(name);
    return `${spelt}:${textOf(member, escape)}`;
  });
  return `{${members.join(",")}}`;
}

/** Nested `depth + 1` arrays deep, the innermost holding `inner`. */
const nested = (depth: number, inner: string) => "[".repeat(depth + 1) + inner + "]".repeat(depth + 1);

describe("protoWithin", () => {
  it("finds an own __proto__ member at any depth, spelt out or escaped, as a recursive reading does", () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (value, escape) => {
        const parsed: unknown = JSON.parse(textOf(value, escape));
        if (typeof parsed !== "object" || parsed === null) return;
        expect(protoWithin(parsed, 0)).toBe(hasProto(parsed));
      }),
    );
  });

  it("throws exactly when an array or object sits deeper than the limit", () => {
    for (const depth of [MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 5]) {
      const parsed = JSON.parse(nested(depth, "1")) as object;
      expect(depthOf(parsed)).toBe(depth);
      if (depth > MAX_DEPTH) expect(() => protoWithin(parsed, 0)).toThrow(RangeError);
      else expect(protoWithin(parsed, 0)).toBe(false);
    }
  });

  it("leaves a body's parse as it was: too deep is not an error body, __proto__ never reaches the result", () => {
    const deep = `{"error":{"type":"not_found_error","code":"not_found","message":"x","extra":${nested(MAX_DEPTH, "1")}}}`;
    expect(fromBody(deep, { status: 404 })).toMatchObject({ code: null, reason: "not_error_body" });
    const escaped =
      '{"error":{"type":"not_found_error","code":"not_found","message":"x","\\u005f_proto__":{"polluted":1},"param":"p"}}';
    const error = fromBody(escaped, { status: 404 });
    expect(error).toMatchObject({ known: true, code: "not_found", param: "p" });
    expect(Object.keys(error)).not.toContain("__proto__");
    expect(Object.getPrototypeOf(Object.assign({}, error))).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
