/**
 * The three operations over the public APIs of `@errata/server` and `@errata/client`: what the
 * TypeScript testee answers, and so what the vectors expect. Nothing here reimplements the packages;
 * it only turns the protocol's inputs into their arguments and their results into outputs.
 *
 * @module
 */
import { ErrataBaseError, isErrorCode } from "@errata/catalog";
import { type AttemptReport, fromBody, retryDecision, withRetry } from "@errata/client";
import { createError, renderError } from "@errata/server";
import type { Operation, ParseInput, RenderInput, RenderOutput, RetryInput, RetryOutput } from "./protocol.js";

/** An input a testee must refuse (not an operation's input, or fields that do not fit the code). */
export class RefusedInput extends ErrataBaseError {
  declare readonly name: "RefusedInput";
}
Object.defineProperty(RefusedInput.prototype, "name", { value: "RefusedInput", writable: true, configurable: true });

/** `render`: the status, the contract's headers and the exact body `renderError` sends. */
export function render(input: RenderInput): RenderOutput {
  if (!isErrorCode(input.code)) throw new RefusedInput(`unknown code ${JSON.stringify(input.code)}`);
  // createError throws ErrataFieldError when the fields do not fit: the refusal the vector expects.
  const error = createError(
    input.code,
    input.fields as never,
    input.message === undefined ? undefined : { message: input.message },
  );
  const rendered = renderError(
    error,
    { accept: input.accept, requestId: input.request_id },
    { dialect: input.dialect as never },
  );
  return { status: rendered.status, headers: rendered.headers, body: rendered.body };
}

/** The body as `fromBody` takes it: the text, or the bytes of `body_base64`. */
function bodyOf(input: ParseInput): string | Uint8Array | null {
  return input.body_base64 === undefined ? input.body : new Uint8Array(Buffer.from(input.body_base64, "base64"));
}

/** `parse`: what `fromBody` returns, without the body it echoes (undefined members drop out in JSON). */
export function parse(input: ParseInput): Record<string, unknown> {
  const { body: _, ...rest } = fromBody(bodyOf(input), {
    status: input.status,
    headers: input.headers,
    now: () => input.now,
  });
  return rest;
}

/**
 * `retry`: for a response, `retryDecision` of what `fromBody` read; for no response (status 0, no
 * body), what `withRetry` decides after that many network errors in a row.
 */
export async function retry(input: RetryInput): Promise<RetryOutput> {
  const random = () => input.random;
  if (input.status !== 0 || bodyOf(input) !== null) {
    const error = fromBody(bodyOf(input), { status: input.status, headers: input.headers, now: () => input.now });
    const { retry, delayMs } = retryDecision(error, input.attempt, { random });
    return { retry, delay_ms: delayMs };
  }
  let last: AttemptReport | undefined;
  const fetchLike = withRetry(
    async () => {
      throw new TypeError("fetch failed");
    },
    {
      random,
      sleep: async () => {},
      onAttempt: (report) => {
        if (report.attempt <= input.attempt) last = report;
      },
    },
  );
  const headers = input.idempotency_key === undefined ? undefined : { "idempotency-key": input.idempotency_key };
  await fetchLike("http://127.0.0.1:9/", { method: input.method, ...(headers ? { headers } : {}) }).catch(() => {});
  return {
    retry: last?.attempt === input.attempt && last.retry,
    delay_ms: last?.attempt === input.attempt ? last.delayMs : 0,
  };
}

/** The answer to one request: its output, or why it is refused. */
export async function handle(op: Operation, input: unknown): Promise<{ output: unknown } | { error: string }> {
  try {
    if (typeof input !== "object" || input === null) throw new RefusedInput("input must be an object");
    if (op === "render") return { output: render(input as RenderInput) };
    if (op === "parse") return { output: parse(input as ParseInput) };
    if (op === "retry") return { output: await retry(input as RetryInput) };
    throw new RefusedInput(`unknown op ${JSON.stringify(op)}`);
  } catch (thrown) {
    return { error: thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown) };
  }
}
