/**
 * What the parse makes of a body that nests too deep or names `__proto__` in an escaped spelling:
 * not an error body, and a member that never reaches a prototype.
 */
import { describe, expect, it } from "vitest";
import { fromBody } from "../index.js";
import { MAX_DEPTH } from "./copy-data.js";

/** Nested `depth + 1` arrays deep, the innermost holding `inner`. */
const nested = (depth: number, inner: string) => "[".repeat(depth + 1) + inner + "]".repeat(depth + 1);

describe("a parsed body", () => {
  const body = (extra: string) =>
    `{"error":{"type":"not_found_error","code":"not_found","message":"x","extra":${extra}},"request_id":"req_abcdefghijkl"}`;

  it("nested deeper than the limit is not an error body; at the limit it is read", () => {
    expect(fromBody(body(nested(MAX_DEPTH + 1, "1")), { status: 404 })).toMatchObject({
      code: null,
      reason: "not_error_body",
    });
    expect(fromBody(body(nested(MAX_DEPTH - 2, "1")), { status: 404 })).toMatchObject({ known: true });
  });

  it("keeps an escaped __proto__ member from the result and from every prototype", () => {
    const escaped =
      '{"error":{"type":"not_found_error","code":"not_found","message":"x","\\u005f_proto__":{"polluted":1},"param":"p"}}';
    const error = fromBody(escaped, { status: 404 });
    expect(error).toMatchObject({ known: true, code: "not_found", param: "p" });
    expect(Object.keys(error)).not.toContain("__proto__");
    expect(Object.getPrototypeOf(Object.assign({}, error))).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
