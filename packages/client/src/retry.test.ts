import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { ERROR_CODE_LIST, ERROR_TYPES, ERRORS, type ErrorCode, RETRY_GUIDANCE } from "@errata/catalog";
import { exampleBody } from "@errata/catalog/zod";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBody } from "./parse.js";
import { backoffDelay, retryDecision, retryPolicyOf } from "./retry.js";
import type { ParsedError } from "./types.js";

const withPolicy = (policy: string) => ERROR_CODE_LIST.filter((code) => ERRORS[code].retry === policy);

/** The example error of a code, as the client parses it, with the given headers. */
function parsed(code: ErrorCode, headers: Record<string, string> = {}, drop: string[] = []): ParsedError {
  const body = exampleBody(code);
  const error: Record<string, unknown> = { ...body.error };
  for (const name of drop) delete error[name];
  return fromBody({ ...body, error }, { status: ERRORS[code].status, headers });
}

const random = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe("retryDecision", () => {
  it.each(withPolicy("never"))("does not retry %s", (code) => {
    expect(retryDecision(parsed(code), 1)).toEqual({ retry: false, delayMs: 0 });
  });

  it.each(withPolicy("retry_after"))("retries %s no sooner than the server's Retry-After or retry_after", (code) => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 2 }), random, (seconds, attempt, r) => {
        for (const error of [
          parsed(code, { "Retry-After": String(seconds) }, ["retry_after"]),
          fromBody({ error: { ...exampleBody(code).error, retry_after: seconds } }, { status: 429 }),
        ]) {
          const decision = retryDecision(error, attempt, { random: () => r });
          expect(decision.retry).toBe(true);
          expect(decision.delayMs).toBeGreaterThanOrEqual(seconds * 1000);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("adds the jitter to the server's wait, from any source of randomness (Retry-After is a floor, not the delay)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: RETRY_GUIDANCE.max_attempts - 1 }),
        random,
        (seconds, attempt, r) => {
          const error = parsed("throttled", { "Retry-After": String(seconds) }, ["retry_after"]);
          const { retry, delayMs } = retryDecision(error, attempt, { random: () => r });
          expect(retry).toBe(true);
          expect(delayMs).toBe(
            seconds * 1000 +
              Math.floor(r * Math.min(RETRY_GUIDANCE.max_delay_ms, RETRY_GUIDANCE.base_delay_ms * 2 ** (attempt - 1))),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it("regression: forty clients told Retry-After: 2 no longer all come back at exactly 2,000 ms", () => {
    const error = parsed("throttled", { "Retry-After": "2" }, ["retry_after"]);
    const delays = Array.from({ length: 40 }, () => retryDecision(error, 1).delayMs);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(2000);
    expect(new Set(delays).size).toBeGreaterThan(1);
  });

  it("falls back to the body's retry_after, then to the catalogue's default for the code", () => {
    const fromBodyField = retryDecision(fromBody(exampleBody("throttled"), { status: 429 }), 1, { random: () => 0 });
    expect(fromBodyField.delayMs).toBe(exampleBody("throttled").error.retry_after! * 1000);
    const none = parsed("rate_limit_exceeded", {}, ["retry_after"]);
    expect(retryDecision(none, 1, { random: () => 0 })).toEqual({
      retry: true,
      delayMs: ERRORS.rate_limit_exceeded.retryAfter * 1000,
    });
  });

  it("does not retry when the server asks for a longer wait than the cap allows", () => {
    const decision = retryDecision(parsed("outbound_limit_reached"), 1);
    expect(decision.retry).toBe(false);
    expect(decision.delayMs).toBe(exampleBody("outbound_limit_reached").error.retry_after! * 1000);
    expect(retryDecision(parsed("outbound_limit_reached"), 1, { maxDelayMs: 2 * 3600_000 }).retry).toBe(true);
  });

  it.each(withPolicy("backoff"))("retries %s with full jitter on top of the code's floor", (code) => {
    const floor = (ERRORS[code] as { retryAfter?: number }).retryAfter ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), random, (attempt, r) => {
        const options = { random: () => r, maxAttempts: 100, baseDelayMs: 100, maxDelayMs: 60_000 };
        const { retry, delayMs } = retryDecision(parsed(code, {}, ["retry_after"]), attempt, options);
        expect(retry).toBe(true);
        expect(delayMs).toBeGreaterThanOrEqual(floor * 1000);
        expect(delayMs - floor * 1000).toBeLessThan(Math.min(60_000, 100 * 2 ** (attempt - 1)));
        expect(delayMs - floor * 1000).toBe(backoffDelay(attempt, options));
      }),
      { numRuns: 50 },
    );
  });

  it("draws the backoff uniformly from zero up to a ceiling that doubles each attempt", () => {
    expect(backoffDelay(1, { random: () => 0 })).toBe(0);
    const top = (attempt: number) =>
      backoffDelay(attempt, { random: () => 0.999999, baseDelayMs: 100, maxDelayMs: 10_000 });
    expect([1, 2, 3, 4].map(top)).toEqual([99, 199, 399, 799]);
    expect(top(20)).toBe(9999);
    expect(backoffDelay(3, { random: () => 0.5, baseDelayMs: 100 })).toBe(200);
  });

  it("retries transport errors of 5xx and 429, and no other status", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), (status) => {
        const decision = retryDecision(fromBody("<html>", { status }), 1, { random: () => 0 });
        expect(decision.retry).toBe(status >= 500 || status === 429);
      }),
      { numRuns: 300 },
    );
  });

  it("retries an unknown code by its type's policy", () => {
    const unknown = (type: string, status: number) =>
      fromBody({ error: { type, code: "brand_new", message: "New." } }, { status });
    for (const type of Object.keys(ERROR_TYPES) as (keyof typeof ERROR_TYPES)[])
      expect(retryPolicyOf(unknown(type, 400))).toBe(ERROR_TYPES[type].retry);
    expect(retryPolicyOf(unknown("novel_error", 400))).toBe("never");
  });

  it("stops after the last allowed attempt", () => {
    const error = parsed("internal_error");
    expect(retryDecision(error, 2, { maxAttempts: 3 }).retry).toBe(true);
    expect(retryDecision(error, 3, { maxAttempts: 3 }).retry).toBe(false);
    expect(retryDecision(error, 1, { maxAttempts: 1 }).retry).toBe(false);
  });
});

describe("the error reference's retry snippet", () => {
  // The snippet as published in docs/errors.md, run as a reader would run it.
  const page = readFileSync(new URL("../../../docs/errors.md", import.meta.url), "utf8");
  const snippet = /^function retryDelayMs[\s\S]*?^}$/m.exec(page)?.[0];

  it("is in the reference", () => {
    expect(snippet).toBeDefined();
  });

  it("decides as retryDecision does, for any attempt, Retry-After and source of randomness", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: RETRY_GUIDANCE.max_attempts + 1 }),
        fc.option(fc.integer({ min: 0, max: 120 })),
        random,
        (attempt, seconds, r) => {
          const delayMs = runInNewContext(`(${snippet})`, {
            Math: { min: Math.min, floor: Math.floor, random: () => r },
          }) as (attempt: number, retryAfterSeconds?: number) => number | undefined;
          const error = parsed("internal_error", seconds === null ? {} : { "Retry-After": String(seconds) });
          const decision = retryDecision(error, attempt, { random: () => r });
          const published = delayMs(attempt, seconds ?? undefined);
          expect(published === undefined ? { retry: false } : { retry: true, delayMs: published }).toEqual(
            decision.retry ? decision : { retry: false },
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("retryDecision's delayMs when it does not retry", () => {
  const parsed = (code: ErrorCode): ParsedError =>
    fromBody(JSON.stringify(exampleBody(code)), { status: ERRORS[code].status });

  it("regression: is the server's wait over maxDelayMs, else 0, as the README documents", () => {
    // An hour asked for, over the 60 s cap: no retry, and the wait said, for a caller to schedule.
    const limited = parsed("outbound_limit_reached");
    expect(retryDecision(limited, 1)).toEqual({ retry: false, delayMs: 3_600_000 });
    expect(retryDecision({ ...parsed("throttled"), retry_after: 120 }, 1, { maxDelayMs: 60_000 })).toEqual({
      retry: false,
      delayMs: 120_000,
    });
    // A code never retried, or no attempt left: 0.
    expect(retryDecision(parsed("invalid_api_key"), 1)).toEqual({ retry: false, delayMs: 0 });
    expect(retryDecision(parsed("internal_error"), RETRY_GUIDANCE.max_attempts)).toEqual({ retry: false, delayMs: 0 });
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8").replace(/\s+/g, " ");
    expect(readme).toContain("`{ retry: false, delayMs: 3600000 }`");
    expect(readme).toContain("0 for a `never` code or when no attempt is left");
  });
});
