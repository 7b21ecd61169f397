/**
 * Reading a response body as text, capped in bytes and in time.
 *
 * @module
 */
import type { TransportReason } from "../types.js";

/** Why a body was not read. */
export interface Failure {
  readonly reason: TransportReason;
}

/**
 * Reads at most `max` bytes of a response as text, for at most `timeoutMs` or until `signal`
 * aborts; cancels the rest. A cancel is never awaited: on a branch of a cloned (teed) body it
 * settles only once the other branch is cancelled too, which may be never.
 */
export async function readCapped(
  response: Response,
  max: number,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<string | Failure> {
  const stream = response.body;
  if (!stream) return "";
  if (Number(response.headers.get("content-length")) > max) {
    stream.cancel().catch(() => {});
    return { reason: "too_large" };
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let stopped = false;
  const stop = () => {
    stopped = true;
    // A pending read settles once the stream is cancelled. The cancel waits a turn: a fetch body
    // cloned and cancelled inside its own signal's abort event leaves a rejection unhandled.
    setTimeout(() => reader.cancel().catch(() => {}), 0);
  };
  const timer = setTimeout(stop, timeoutMs);
  signal?.addEventListener("abort", stop);
  try {
    if (signal?.aborted) stop();
    let text = "";
    for (let size = 0; ; ) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (failure) {
        if (stopped) return { reason: "timeout" };
        throw failure;
      }
      const { done, value } = chunk;
      if (stopped) return { reason: "timeout" };
      if (done) return text + decoder.decode();
      if ((size += value.length) > max) {
        reader.cancel().catch(() => {});
        return { reason: "too_large" };
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", stop);
  }
}
