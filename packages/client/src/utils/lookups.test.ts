/**
 * The parse path's lookups give what the plain ones give: the remembered catalogue entry, a plain
 * header object read by its names in any case, and a Retry-After header read by
 * `retryAfterHeader` (digits told before the call) as `retryAfterSeconds` reads it alone; and
 * the dialect tables of the last call are never used for other ones.
 */
import { codeEntry, GENERIC_BODIES } from "@errata/catalog/compact";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fits } from "../fits.js";
import { fromBody } from "../index.js";
import { CATALOG_TABLES, type LegacyTables } from "../legacy.js";
import { parseBody } from "../parse.js";
import { entryOf } from "./entry.js";
import { type HeadersLike, header } from "./headers.js";
import { retryAfterHeader, retryAfterSeconds } from "./retry-after.js";

const CODES = ["not_found", "throttled", "outbound_limit_reached", "insufficient_balance", "no_such_code"];

describe("entryOf", () => {
  it("answers as codeEntry for any sequence of values, repeated or not", () => {
    const value = fc.oneof(fc.constantFrom(...CODES), fc.string(), fc.anything());
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (values) => {
        for (const v of values) expect(entryOf(v)).toBe(codeEntry(v));
      }),
    );
  });

  it("compares by value: a fresh string of the last code is the same code, another is not", () => {
    const fresh = (text: string) => JSON.parse(JSON.stringify(text)) as string;
    expect(entryOf(fresh("not_found"))).toBe(codeEntry("not_found"));
    expect(entryOf(fresh("not_found"))).toBe(codeEntry("not_found"));
    expect(entryOf(fresh("not_founD"))).toBeUndefined();
    expect(entryOf("throttled")).toBe(codeEntry("throttled"));
  });
});

/** The reader as it was: every own name lower-cased, the first equal one wins. */
function reference(headers: Record<string, unknown>, name: string): string | undefined {
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === name) {
      const value = headers[key];
      return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
    }
  }
  return undefined;
}

describe("header, on a plain object", () => {
  const NAMES = ["request-id", "x-request-id", "retry-after"];
  // Names near the ones read: other cases, and characters whose lower case is ASCII (the Kelvin
  // sign) or longer than them (U+0130).
  const near = fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.nat(), { maxLength: 3 })).map(([name, flips]) => {
    const chars = [...name];
    for (const at of flips) {
      const i = at % chars.length;
      chars[i] = (chars[i] as string).toUpperCase();
    }
    return chars.join("");
  });
  const key = fc.oneof(near, fc.constantFrom("REQUEST-\u0130D", "\u212Aey", "request-i\u0130"), fc.string());
  const value = fc.oneof(fc.string(), fc.array(fc.string(), { minLength: 1 }), fc.integer());

  it("gives what lower-casing every name gives", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), fc.constantFrom(...NAMES), (pairs, name) => {
        const headers: Record<string, unknown> = Object.fromEntries(pairs);
        expect(header(headers as HeadersLike, name)).toBe(reference(headers, name));
      }),
    );
  });
});

describe("generic bodies", () => {
  it("name the code of their status' exact message, else the status' only code", () => {
    for (const [status, messages] of Object.entries(GENERIC_BODIES.imessage ?? {})) {
      for (const [message, code] of Object.entries(messages)) {
        const body = JSON.stringify({ error: "ApiError", message, status: Number(status) });
        expect(fromBody(body, { status: Number(status) })).toMatchObject({ known: true, code, message });
        const reworded = JSON.stringify({ error: "ApiError", message: `${message} `, status: Number(status) });
        expect(fromBody(reworded, { status: Number(status) })).toMatchObject({ code, message: `${message} ` });
      }
    }
  });
});

describe("retryAfterHeader", () => {
  const NOW = Date.UTC(2026, 0, 1);
  // Digits of other scripts and widths are not ASCII digits: `\d` and the loop both refuse them.
  const digitLike = fc.constantFrom("\u0663", "\uFF15", "\u00B2", " ", "\t", "+", "-", ".", "e", "");
  const value = fc.oneof(
    fc.stringMatching(/^\d{1,20}$/),
    fc.tuple(fc.stringMatching(/^\d{0,4}$/), digitLike, fc.stringMatching(/^\d{0,4}$/)).map((parts) => parts.join("")),
    fc.string(),
  );

  it("reads a value as retryAfterSeconds does, and the clock only for a date", () => {
    fc.assert(
      fc.property(value, (text) => {
        let read = 0;
        const got = retryAfterHeader(text, () => {
          read++;
          return NOW;
        });
        expect(got).toBe(retryAfterSeconds(text, NOW));
        if (/^\d+$/.test(text)) expect(read).toBe(0);
      }),
    );
  });
});

describe("the dialect tables worked out once", () => {
  it("are worked out again when a call passes other tables, never mixed with the last ones", () => {
    // The catalogue's dialects without iMessage's: an ApiError body is then in no dialect.
    const other: LegacyTables = {
      ...CATALOG_TABLES,
      dialects: CATALOG_TABLES.dialects.filter(([, envelope]) => envelope.constant === undefined),
    };
    const body = JSON.stringify({ error: "ApiError", message: "Resource not found.", status: 404 });
    const read = (tables: LegacyTables) => parseBody(body, { status: 404 }, fits, tables);
    for (let i = 0; i < 3; i++) {
      expect(read(CATALOG_TABLES)).toMatchObject({ known: true, code: "not_found", dialect: "imessage" });
      expect(read(other)).toMatchObject({ code: null, reason: "not_error_body" });
    }
  });
});
