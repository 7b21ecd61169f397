import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ERROR_CODE_LIST, ERROR_INFO, ERROR_TYPES, GENERIC_CODES } from "./codes.js";
import {
  codeEntry,
  codeRetry,
  GENERIC_BODIES,
  LEGACY_ENVELOPES,
  READING_LIMITS,
  RETRY_DEFAULTS,
  TYPE_ENTRIES,
} from "./compact.js";
import { fitsOf } from "./compact-rules.js";
import { renderCompact } from "./generate/compact.js";
import { renderPolicy } from "./generate/policy.js";
import { READING } from "./reading.js";
import { RETRY_GUIDANCE } from "./retry-guidance.js";
import { errorObjectSchemas } from "./schemas/standard.js";
import { mutatedExample } from "./test/arbitraries.js";
import { DIALECTS, LEGACY_DIALECTS } from "./wire/dialects.js";
import { exampleBody } from "./wire/examples.js";

describe("the compact table", () => {
  it("is current with the catalogue (run `pnpm --filter @errata/catalog build` when this fails)", () => {
    expect(readFileSync(new URL("./generated/compact.ts", import.meta.url), "utf8")).toBe(renderCompact());
  });

  it("has its policy lines current with the catalogue (run `pnpm --filter @errata/catalog build` when this fails)", () => {
    expect(readFileSync(new URL("./generated/policy.ts", import.meta.url), "utf8")).toBe(renderPolicy());
  });

  it("gives each code's type, retry policy, default Retry-After and APIs as the constants do", () => {
    for (const code of ERROR_CODE_LIST) {
      const { type, retry, retryAfter, apis } = ERROR_INFO[code];
      const entry = codeEntry(code);
      expect({ ...entry, fits: undefined }, code).toEqual({ type, retry, retryAfter, apis, fits: undefined });
    }
    expect(TYPE_ENTRIES.map(([type, status, retry]) => [type, { status, retry }])).toEqual(Object.entries(ERROR_TYPES));
  });

  it("gives each code's own retry policy and default Retry-After from the short table alone", () => {
    for (const code of ERROR_CODE_LIST) {
      const { type, retry, retryAfter } = ERROR_INFO[code];
      const own = retry === ERROR_TYPES[type].retry ? undefined : retry;
      const expected = own === undefined && retryAfter === undefined ? undefined : { retry: own, retryAfter };
      expect(codeRetry(code), code).toEqual(expected);
    }
    for (const value of ["", "__proto__", "constructor", "throttled ", 1, null])
      expect(codeRetry(value), String(value)).toBeUndefined();
  });

  it("gives the legacy envelopes, generic bodies, reading limits and retry defaults as the constants do", () => {
    expect(LEGACY_ENVELOPES).toEqual(
      LEGACY_DIALECTS.map((name) => {
        const { title: _, ...envelope } = DIALECTS[name];
        return [name, envelope];
      }),
    );
    expect(GENERIC_BODIES).toEqual(GENERIC_CODES);
    expect(READING_LIMITS).toEqual({
      max_bytes: READING.max_bytes,
      max_depth: READING.max_depth,
      code_pattern: READING.code_pattern,
    });
    expect(RETRY_DEFAULTS).toEqual({
      max_attempts: RETRY_GUIDANCE.max_attempts,
      base_delay_ms: RETRY_GUIDANCE.base_delay_ms,
      max_delay_ms: RETRY_GUIDANCE.max_delay_ms,
    });
  });

  it("shares frozen entries: no caller can change another's", () => {
    const entry = codeEntry("unauthorized");
    expect(Object.isFrozen(entry) && Object.isFrozen(entry?.apis)).toBe(true);
    expect(codeEntry("unauthorized")).toBe(entry);
  });

  it("has no entry for anything but a code", () => {
    for (const value of ["", "toString", "__proto__", "constructor", "missing_api_key ", "Missing_api_key", 1, null])
      expect(codeEntry(value), String(value)).toBeUndefined();
  });

  it("refuses a field name it cannot hold, and encodes enum values so that no separator occurs in one", () => {
    const widget = (fields: Record<string, z.ZodType>) =>
      (errorObjectSchemas.missing_api_key as unknown as z.ZodObject).extend(fields);
    expect(() =>
      renderCompact({ ...errorObjectSchemas, missing_api_key: widget({ "odd-name": z.string() }) }),
    ).toThrowError(/odd-name: not a field name/);
    const source = renderCompact({
      ...errorObjectSchemas,
      missing_api_key: widget({ mode: z.enum(["a b;c", "d:e"]) }),
    });
    expect(source).toContain("mode:=a%20b%3Bc|d%3Ae");
  });

  it("is data: the generated module neither evaluates nor builds functions", () => {
    const source = readFileSync(new URL("./generated/compact.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(|=>/);
  });
});

describe("a code with variants (a `requiredWhen` rule)", () => {
  const BASE = "message:s doc_url:?/0";
  const PATTERNS = ["^https?:"];

  it("is written as its first variant, then each other as its difference from the first", () => {
    const schema = z.discriminatedUnion("mode", [
      (errorObjectSchemas.missing_api_key as unknown as z.ZodObject).extend({
        mode: z.literal("a"),
        cap: z.int().min(0),
      }),
      (errorObjectSchemas.missing_api_key as unknown as z.ZodObject).extend({
        mode: z.enum(["b", "c"]),
        cap: z.int().min(0).optional(),
      }),
    ]);
    const source = renderCompact({ ...errorObjectSchemas, missing_api_key: schema as never });
    expect(source).toContain("missing_api_key,0 mode:=a cap:i;mode:=b|c cap:?i");
  });

  it("is read back so: an error fits when it fits one variant", () => {
    const fits = fitsOf("mode:=a cap:i;mode:=b|c cap:?i", BASE, PATTERNS);
    expect(fits({ message: "m", mode: "a", cap: 1 })).toBe(true);
    expect(fits({ message: "m", mode: "a" })).toBe(false);
    expect(fits({ message: "m", mode: "b" })).toBe(true);
    expect(fits({ message: "m", mode: "d", cap: 1 })).toBe(false);
    expect(fits({ message: "", mode: "b" })).toBe(false);
    expect(fits({ message: "m", mode: "c", doc_url: "ftp://x" })).toBe(false);
  });

  it("reads a member named like one of Object.prototype's by name, as zod does", () => {
    // An inherited toString is a function, not a string: refused, optional or not.
    expect(fitsOf("toString:?s", BASE, PATTERNS)({ message: "m" })).toBe(false);
    expect(fitsOf("toString:?s", BASE, PATTERNS)({ message: "m", toString: "x" })).toBe(true);
    expect(fitsOf("x:?s", BASE, PATTERNS)({ message: "m" })).toBe(true);
    expect(fitsOf("x:s", BASE, PATTERNS)({ message: "m", x: undefined })).toBe(false);
  });

  it("takes a member out of a later variant with `name:-`", () => {
    const fits = fitsOf("x:i;x:- y:s", BASE, PATTERNS);
    expect(fits({ message: "m", x: 1 })).toBe(true);
    expect(fits({ message: "m", x: "no", y: "yes" })).toBe(true);
    expect(fits({ message: "m", x: "no" })).toBe(false);
  });
});

describe("the compact table's checks against zod", () => {
  const schemaOf = (code: string) => errorObjectSchemas[code as keyof typeof errorObjectSchemas] as z.ZodType;
  const agree = (code: string, error: Record<string, unknown>) => {
    const check = codeEntry(code)?.fits(error);
    expect(check, `${code}: ${JSON.stringify(error)}`).toBe(schemaOf(code).safeParse(error).success);
  };

  it("pass each code's example", () => {
    for (const code of ERROR_CODE_LIST) {
      const { error } = exampleBody(code) as { error: Record<string, unknown> };
      expect(codeEntry(code)?.fits(error), code).toBe(true);
    }
  });

  it("give zod's verdict on every code's example with members changed, added or removed", () => {
    fc.assert(
      fc.property(mutatedExample, ([code, mutated]) => agree(code, mutated)),
      { numRuns: 2000 },
    );
  });
});
