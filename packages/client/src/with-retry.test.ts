import { ERRORS } from "@errata/catalog";
import { exampleBody } from "@errata/catalog/zod";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type AttemptReport, type FetchLike, withRetry } from "./with-retry.js";

const errorResponse = (code: keyof typeof ERRORS, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(exampleBody(code)), {
    status: ERRORS[code].status,
    headers: { "content-type": "application/json", ...headers },
  });

/** A fetch that answers from a script, one entry per call, and records each call's headers. */
function scripted(...script: (() => Response | Promise<Response>)[]) {
  const calls: { input: unknown; headers: Headers; method: string | undefined }[] = [];
  const fetchLike: FetchLike = async (input, init) => {
    calls.push({ input, headers: new Headers(init?.headers), method: init?.method });
    const next = script[Math.min(calls.length - 1, script.length - 1)]!;
    return next();
  };
  return { fetchLike, calls };
}

const noWait = { sleep: async () => {}, random: () => 0 };

afterEach(() => {
  vi.useRealTimers();
});

describe("withRetry", () => {
  it("retries a retryable error and returns the success, reporting each attempt", async () => {
    const { fetchLike, calls } = scripted(
      () => errorResponse("internal_error"),
      () => errorResponse("throttled", { "Retry-After": "1" }),
      () => new Response("ok"),
    );
    const reports: AttemptReport[] = [];
    const waits: number[] = [];
    const api = withRetry(fetchLike, {
      ...noWait,
      maxAttempts: 5,
      sleep: async (ms) => void waits.push(ms),
      onAttempt: (r) => reports.push(r),
    });
    const response = await api("http://127.0.0.1/v1/messages");
    expect(await response.text()).toBe("ok");
    expect(calls).toHaveLength(3);
    expect(reports.map((r) => [r.attempt, r.error?.code ?? null, r.retry])).toEqual([
      [1, "internal_error", true],
      [2, "throttled", true],
      [3, null, false],
    ]);
    expect(waits[1]).toBeGreaterThanOrEqual(1000);
  });

  it("carries on when the onAttempt hook throws", async () => {
    const { fetchLike, calls } = scripted(
      () => errorResponse("internal_error"),
      () => new Response("ok"),
    );
    const api = withRetry(fetchLike, {
      ...noWait,
      onAttempt: () => {
        throw new Error("log down");
      },
    });
    expect(await (await api("http://127.0.0.1/")).text()).toBe("ok");
    expect(calls).toHaveLength(2);
  });

  it("returns a never-retried error response as it came, body unread", async () => {
    const { fetchLike, calls } = scripted(() => errorResponse("insufficient_balance"));
    const response = await withRetry(fetchLike, noWait)("http://127.0.0.1/v1/messages", { method: "POST" });
    expect(calls).toHaveLength(1);
    expect(await response.json()).toEqual(exampleBody("insufficient_balance"));
  });

  it("gives up after maxAttempts and returns the last response", async () => {
    const { fetchLike, calls } = scripted(() => errorResponse("dependency_unavailable", { "Retry-After": "0" }));
    const response = await withRetry(fetchLike, { ...noWait, maxAttempts: 4 })("http://127.0.0.1/");
    expect(calls).toHaveLength(4);
    expect(response.status).toBe(ERRORS.dependency_unavailable.status);
  });

  it("sends one generated Idempotency-Key on every attempt of a POST", async () => {
    const { fetchLike, calls } = scripted(
      () => errorResponse("internal_error"),
      () => errorResponse("internal_error"),
      () => new Response("ok"),
    );
    const api = withRetry(fetchLike, noWait);
    await api("http://127.0.0.1/v1/messages", { method: "POST", body: "{}" });
    const keys = calls.map((c) => c.headers.get("idempotency-key"));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
    await api("http://127.0.0.1/v1/messages", { method: "POST", body: "{}" });
    expect(calls.at(-1)!.headers.get("idempotency-key")).not.toBe(keys[0]);
  });

  it("keeps the caller's Idempotency-Key, and adds none to a GET", async () => {
    const { fetchLike, calls } = scripted(() => new Response("ok"));
    const api = withRetry(fetchLike, noWait);
    await api("http://127.0.0.1/v1/messages", { method: "POST", headers: { "Idempotency-Key": "mine" } });
    await api(
      new Request("http://127.0.0.1/v1/messages", {
        method: "POST",
        headers: { "Idempotency-Key": "theirs" },
        body: "{}",
      }),
    );
    await api("http://127.0.0.1/v1/messages");
    expect(calls.map((c) => c.headers.get("idempotency-key"))).toEqual(["mine", "theirs", null]);
  });

  it("retries a network error of a keyed request, with the same key", async () => {
    let calls = 0;
    const keys: (string | null)[] = [];
    const fetchLike: FetchLike = async (_input, init) => {
      keys.push(new Headers(init?.headers).get("idempotency-key"));
      if (++calls === 1) throw new TypeError("fetch failed");
      return new Response("sent once");
    };
    const reports: AttemptReport[] = [];
    const response = await withRetry(fetchLike, { ...noWait, onAttempt: (r) => reports.push(r) })("http://127.0.0.1/", {
      method: "POST",
      body: "{}",
    });
    expect(await response.text()).toBe("sent once");
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(reports[0]).toMatchObject({ attempt: 1, retry: true, failure: expect.any(TypeError) });
  });

  it("does not retry a network error of a request that is neither keyed nor idempotent", async () => {
    let calls = 0;
    const fetchLike: FetchLike = async () => {
      calls++;
      throw new TypeError("fetch failed");
    };
    await expect(withRetry(fetchLike, noWait)("http://127.0.0.1/", { method: "LOCK" })).rejects.toThrow("fetch failed");
    expect(calls).toBe(1);
  });

  it("replays a Request input with a body on every attempt", async () => {
    const bodies: string[] = [];
    let calls = 0;
    const fetchLike: FetchLike = async (input) => {
      bodies.push(await (input as Request).text());
      return ++calls === 1 ? errorResponse("internal_error") : new Response("ok");
    };
    await withRetry(
      fetchLike,
      noWait,
    )(new Request("http://127.0.0.1/", { method: "POST", body: '{"to":"+15555550123"}' }));
    expect(bodies).toEqual(['{"to":"+15555550123"}', '{"to":"+15555550123"}']);
  });

  it("rejects with the abort reason as soon as the signal aborts during a wait", async () => {
    vi.useFakeTimers();
    const { fetchLike, calls } = scripted(() => errorResponse("throttled", { "Retry-After": "30" }));
    const controller = new AbortController();
    const pending = withRetry(fetchLike)("http://127.0.0.1/", { signal: controller.signal });
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(1000); // now waiting out the 30 s
    expect(settled).not.toHaveBeenCalled();
    const reason = new Error("user left");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once when the signal aborts while the error body is read", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const fetchLike: FetchLike = async () => {
      const body = new ReadableStream<Uint8Array>({
        pull: () => {
          controller.abort(new Error("left while reading"));
          return new Promise(() => {});
        },
      });
      return new Response(body, { status: 503, headers: { "retry-after": "30" } });
    };
    const pending = withRetry(fetchLike, { timeoutMs: 5 })("http://127.0.0.1/", { signal: controller.signal });
    const settled = vi.fn();
    pending.then(settled, settled);
    await vi.advanceTimersByTimeAsync(10); // the read gives up after its 5 ms
    await expect(pending).rejects.toThrow("left while reading");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not start when the signal has already aborted, nor retry an aborted fetch", async () => {
    const controller = new AbortController();
    controller.abort(new Error("gone"));
    const { fetchLike, calls } = scripted(() => new Response("ok"));
    await expect(withRetry(fetchLike, noWait)("http://127.0.0.1/", { signal: controller.signal })).rejects.toThrow(
      "gone",
    );
    expect(calls).toHaveLength(0);

    const late = new AbortController();
    let attempts = 0;
    const aborting: FetchLike = async () => {
      attempts++;
      late.abort(new Error("mid-flight"));
      throw new DOMException("aborted", "AbortError");
    };
    await expect(
      withRetry(aborting, noWait)("http://127.0.0.1/", { method: "PUT", signal: late.signal }),
    ).rejects.toThrow("mid-flight");
    expect(attempts).toBe(1);
  });
});
