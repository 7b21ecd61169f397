/**
 * Renders `generated/policy.ts`: what a client reads before it reads any code's entry (each type's
 * status and retry policy, the codes whose retry policy or default Retry-After is their own, the
 * reading limits and the retry defaults). Apart from `generated/compact.ts`, the table of every
 * code, so that a bundle which decides retries carries a few short lines and loads that table only
 * with the first body it reads. Runs at build time only.
 *
 * `retries` has a line `code,retryAfter[,retry]` for each code with a default Retry-After or a
 * policy its type does not have (`retry` the policy's first letter).
 *
 * @module
 */
import { ERROR_CODE_LIST, ERROR_INFO, ERROR_TYPES } from "../codes.js";
import { READING } from "../reading.js";
import { RETRY_GUIDANCE } from "../retry-guidance.js";
import type { ErrorCode } from "../types.js";
import { CHECKS_HEADER } from "./checks.js";

/** The policy a code has of its own (the first letter), if its type's is not its. */
const ownPolicy = (code: ErrorCode): string => {
  const { type, retry } = ERROR_INFO[code];
  return retry === ERROR_TYPES[type].retry ? "" : retry.slice(0, 1);
};

/**
 * The codes `retries` has a line for, in its order: `generated/compact.ts` lists them first, and
 * without their names, which the client reads from here.
 */
export function retryCodes(): ErrorCode[] {
  return ERROR_CODE_LIST.filter((code) => ERROR_INFO[code].retryAfter !== undefined || ownPolicy(code) !== "");
}

/** The source of `generated/policy.ts`. */
export function renderPolicy(): string {
  const retries = retryCodes().map((code) => {
    const own = ownPolicy(code);
    return `${code},${ERROR_INFO[code].retryAfter ?? ""}${own && `,${own}`}`;
  });
  const types = Object.entries(ERROR_TYPES).map(([type, { status, retry }]) => [type, status, retry]);
  const { max_bytes, max_depth, code_pattern } = READING;
  const { max_attempts, base_delay_ms, max_delay_ms } = RETRY_GUIDANCE;
  return (
    CHECKS_HEADER +
    'import type { RetryPolicy } from "../types.js";\n' +
    'import type { Reading } from "../reading.js";\n' +
    'import type { RetryGuidance } from "../retry-guidance.js";\n\n' +
    `export const types: readonly (readonly [name: string, status: number, retry: RetryPolicy])[] = ${JSON.stringify(types)};\n\n` +
    `export const reading: Pick<Reading, "max_bytes" | "max_depth" | "code_pattern"> = ${JSON.stringify({ max_bytes, max_depth, code_pattern })};\n\n` +
    `export const retryGuidance: Pick<RetryGuidance, "max_attempts" | "base_delay_ms" | "max_delay_ms"> = ${JSON.stringify({ max_attempts, base_delay_ms, max_delay_ms })};\n\n` +
    `export const retries: string = ${JSON.stringify(retries.join("\n"))};\n`
  );
}
