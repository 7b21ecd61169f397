import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ERROR_CODE_LIST, ERROR_CODES, ERROR_TYPES, ERRORS, isErrorCode, isErrorType } from "./codes.js";
import { catalog } from "./definition.js";

describe("the constants", () => {
  it("name every code of the catalogue, in its order, as itself", () => {
    expect(ERROR_CODE_LIST).toEqual(Object.keys(catalog.errors));
    for (const code of ERROR_CODE_LIST) expect(ERROR_CODES[code]).toBe(code);
  });

  it("take each code's status and retry policy from its type unless the code says otherwise", () => {
    for (const code of ERROR_CODE_LIST) {
      const def: { type: keyof typeof catalog.types; status?: number; retry?: string } = catalog.errors[code];
      expect(ERRORS[code].status).toBe(def.status ?? catalog.types[def.type].status);
      expect(ERRORS[code].retry).toBe(def.retry ?? catalog.types[def.type].retry);
    }
  });

  it("are frozen, so no caller can change a status for everyone", () => {
    expect(Object.isFrozen(ERRORS)).toBe(true);
    expect(Object.isFrozen(ERRORS.throttled)).toBe(true);
    expect(Object.isFrozen(ERROR_CODES)).toBe(true);
    expect(Object.isFrozen(ERROR_TYPES.api_error)).toBe(true);
    expect(() => {
      (ERRORS.throttled as { status: number }).status = 200;
    }).toThrow(TypeError);
  });

  it("give every rate-limit code the retry_after policy and a default Retry-After", () => {
    for (const code of ERROR_CODE_LIST) {
      if (ERRORS[code].type !== "rate_limit_error") continue;
      expect(ERRORS[code].retry).toBe("retry_after");
      expect(ERRORS[code].retryAfter).toBeGreaterThan(0);
    }
  });

  it("treat every 5xx code as transient", () => {
    for (const code of ERROR_CODE_LIST) if (ERRORS[code].status >= 500) expect(ERRORS[code].retry).toBe("backoff");
  });
});

describe("isErrorCode and isErrorType", () => {
  it("accept exactly the catalogue's names, whatever else they are given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...ERROR_CODE_LIST), fc.anything()), (value) => {
        expect(isErrorCode(value)).toBe(
          typeof value === "string" && (ERROR_CODE_LIST as readonly string[]).includes(value),
        );
      }),
      { numRuns: 300 },
    );
    for (const inherited of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(isErrorCode(inherited)).toBe(false);
      expect(isErrorType(inherited)).toBe(false);
    }
    expect(isErrorType("rate_limit_error")).toBe(true);
  });
});

describe("the README", () => {
  it("regression: names every export of the main entry", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const entry = await import("./index.js");
    const unnamed = Object.keys(entry).filter((name) => !readme.includes(`\`${name}`));
    expect(unnamed).toEqual([]);
  });
});
