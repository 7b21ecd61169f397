/**
 * The client under faults: loopback servers that stall, trickle, reset, send too much or send
 * malformed headers; Retry-After values that are not delay-seconds nor an HTTP-date; hostile
 * values handed to fromBody. Every probe is bounded in time (each server answers within its own
 * short timers, each test has a timeout) and in count (a few requests, a bounded property run).
 * The README's "Guarantees" list is what this file checks.
 */
import { getEventListeners } from "node:events";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, createServer as createTcpServer, type Socket, type Server as TcpServer } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ERRORS } from "@errata/catalog";
import { errorObjectSchemas, exampleBody } from "@errata/catalog/zod";
import { createError } from "@errata/server";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { type AttemptReport, fromBody, fromResponse, withRetry } from "./index.js";
import { parseHttpDate } from "./utils/http-date.js";
import { retryAfterSeconds } from "./utils/retry-after.js";
import { MAX_ATTEMPTS } from "./with-retry.js";

const PROBE = { timeout: 10_000 };
const fast = { baseDelayMs: 1, maxDelayMs: 5, random: () => 0 };
const unavailable = JSON.stringify(exampleBody("dependency_unavailable"));

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface Probe {
  readonly url: string;
  /** The Idempotency-Key of each request received, in order. */
  readonly keys: (string | undefined)[];
}

/** Every server a probe started, closed after each test with its connections. */
const open: { server: Server | TcpServer; sockets: Set<Socket> }[] = [];

afterEach(async () => {
  for (const { server, sockets } of open.splice(0)) {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function listen(server: Server | TcpServer): Promise<string> {
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
  });
  open.push({ server, sockets });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A loopback node:http server of its own for one probe (so no connection is shared between probes). */
async function serve(handler: Handler): Promise<Probe> {
  const keys: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    keys.push(request.headers["idempotency-key"] as string | undefined);
    request.resume();
    handler(request, response);
  });
  return { url: await listen(server), keys };
}

/** A raw TCP server that answers every request with `reply`, for answers node:http would refuse to write. */
async function serveRaw(reply: string): Promise<Probe> {
  const keys: (string | undefined)[] = [];
  const server = createTcpServer((socket) => {
    socket.once("data", () => {
      keys.push(undefined);
      socket.end(reply);
    });
  });
  return { url: await listen(server), keys };
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);

describe("withRetry and fromResponse against servers that misbehave", () => {
  it("regression: an error body larger than maxBytes no longer hangs withRetry after one request", PROBE, async () => {
    const probe = await serve((_q, s) => {
      s.writeHead(503, { "content-type": "application/json", "content-length": "300000" });
      s.end("x".repeat(300_000));
    });
    const response = await withRetry(fetch, fast)(probe.url);
    expect(response.status).toBe(503);
    expect(probe.keys.length).toBe(3);
    // The body of the response returned is still whole and unread.
    expect((await response.text()).length).toBe(300_000);
  });

  it(
    "regression: a usual error body over a small maxBytes, with no Content-Length, is retried and returned",
    PROBE,
    async () => {
      const probe = await serve((_q, s) => {
        s.writeHead(503, { "content-type": "application/json" });
        s.write(unavailable.slice(0, 50));
        s.end(unavailable.slice(50));
      });
      const reports: AttemptReport[] = [];
      const response = await withRetry(fetch, { ...fast, maxBytes: 100, onAttempt: (r) => reports.push(r) })(probe.url);
      expect(probe.keys.length).toBe(3);
      expect(reports.map((r) => r.error?.code === null && (r.error as { reason?: string }).reason)).toEqual([
        "too_large",
        "too_large",
        "too_large",
      ]);
      expect(await response.text()).toBe(unavailable);
    },
  );

  it(
    "regression: fromResponse of a clone settles when the body is too large and the original is unread",
    PROBE,
    async () => {
      const probe = await serve((_q, s) => {
        s.writeHead(503);
        s.write("x".repeat(200_000));
        s.end("x".repeat(200_000));
      });
      const response = await fetch(probe.url);
      const error = await fromResponse(response.clone());
      expect(error).toMatchObject({ code: null, reason: "too_large", status: 503 });
      expect((await response.text()).length).toBe(400_000);
    },
  );

  it("regression: aborting after an oversized error response raises no unhandled rejection", PROBE, async () => {
    process.on("unhandledRejection", onUnhandled);
    try {
      const probe = await serve((_q, s) => {
        s.writeHead(503, { "content-length": "300000" });
        s.end("x".repeat(300_000));
      });
      const controller = new AbortController();
      const response = await withRetry(fetch, fast)(probe.url, { signal: controller.signal });
      expect(response.status).toBe(503);
      controller.abort(new Error("caller left"));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it(
    "regression: aborting after withRetry gave up on a stalled error body raises no unhandled rejection",
    PROBE,
    async () => {
      process.on("unhandledRejection", onUnhandled);
      try {
        const probe = await serve((_q, s) => {
          s.writeHead(503, { "content-type": "application/json" });
          s.write('{"error":');
        });
        const controller = new AbortController();
        const response = await withRetry(fetch, { ...fast, timeoutMs: 50, maxAttempts: 2 })(probe.url, {
          signal: controller.signal,
        });
        expect([response.status, response.url, response.redirected, response.type]).toEqual([
          503,
          probe.url,
          false,
          "basic",
        ]);
        controller.abort(new Error("caller left"));
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(unhandled).toEqual([]);
        await expect(response.text()).rejects.toThrow("caller left");
      } finally {
        process.off("unhandledRejection", onUnhandled);
      }
    },
  );

  it("gives up on a body that stalls after its headers, within timeoutMs", PROBE, async () => {
    const probe = await serve((_q, s) => {
      s.writeHead(503, { "content-type": "application/json" });
      s.write('{"error":');
    });
    const started = Date.now();
    const error = await fromResponse(await fetch(probe.url), { timeoutMs: 100 });
    expect(error).toMatchObject({ code: null, reason: "timeout", status: 503 });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("gives up on a body that trickles a byte at a time, within timeoutMs", PROBE, async () => {
    const probe = await serve((_q, s) => {
      s.writeHead(503, { "content-type": "application/json" });
      let sent = 0;
      const timer = setInterval(() => {
        if (s.destroyed || sent >= unavailable.length) return void clearInterval(timer);
        s.write(unavailable[sent++]);
      }, 10);
      s.on("close", () => clearInterval(timer));
    });
    const error = await fromResponse(await fetch(probe.url), { timeoutMs: 150 });
    expect(error).toMatchObject({ code: null, reason: "timeout", status: 503 });
  });

  it("reads a connection reset in the middle of the body as unreadable, not a throw", PROBE, async () => {
    const probe = await serve((_q, s) => {
      s.writeHead(503, { "content-type": "application/json", "content-length": String(unavailable.length) });
      s.write(unavailable.slice(0, 20), () => s.socket?.destroy());
    });
    const error = await fromResponse(await fetch(probe.url), { timeoutMs: 2_000 });
    expect(error).toMatchObject({ code: null, reason: "unreadable", status: 503 });
  });

  it("retries a GET whose connection is reset before any header, then returns the success", PROBE, async () => {
    let calls = 0;
    const probe = await serve((q, s) => {
      if (++calls === 1) q.socket.destroy();
      else s.end("ok");
    });
    const response = await withRetry(fetch, fast)(probe.url);
    expect(await response.text()).toBe("ok");
    expect(probe.keys.length).toBe(2);
  });

  it("ignores a malformed Retry-After from the wire, repeated or not, and reads the body", PROBE, async () => {
    const reply = [
      "HTTP/1.1 503 Service Unavailable",
      "Content-Type: application/json",
      "Retry-After: 5",
      "Retry-After: 6",
      "X-Request-Id: not an id \u0001",
      `Content-Length: ${Buffer.byteLength(JSON.stringify({ error: { type: "api_error", code: "internal_error", message: "x" } }))}`,
      "Connection: close",
      "",
      JSON.stringify({ error: { type: "api_error", code: "internal_error", message: "x" } }),
    ].join("\r\n");
    const response = await fetch((await serveRaw(reply)).url).catch((failure: unknown) => failure);
    if (response instanceof Response) {
      expect(response.headers.get("retry-after")).toBe("5, 6");
      const error = await fromResponse(response);
      expect(error.retry_after).toBeUndefined();
      expect(error.status).toBe(503);
    } else {
      // A client that refuses the header outright rejects: withRetry then treats it as a network error.
      expect(response).toBeInstanceOf(Error);
    }
  });

  it(
    "turns a response with a broken Content-Length into a rejection withRetry retries for a GET, not a hang",
    PROBE,
    async () => {
      const broken = await serveRaw(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}",
      );
      const reports: AttemptReport[] = [];
      const outcome = await withRetry(fetch, { ...fast, onAttempt: (r) => reports.push(r) })(broken.url).then(
        (response) => response.status,
        (failure: unknown) => failure,
      );
      expect(reports).toHaveLength(3);
      expect(outcome === 503 || outcome instanceof Error).toBe(true);
    },
  );

  it("regression: a server that never sends headers ends each attempt at attemptTimeoutMs", PROBE, async () => {
    const probe = await serve(() => {
      // Never answers.
    });
    const reports: AttemptReport[] = [];
    const started = Date.now();
    const failure = await withRetry(fetch, { ...fast, attemptTimeoutMs: 100, onAttempt: (r) => reports.push(r) })(
      probe.url,
    ).catch((e: unknown) => e);
    expect((failure as Error).name).toBe("TimeoutError");
    expect(reports.map((r) => r.retry)).toEqual([true, true, false]);
    expect(probe.keys.length).toBe(3);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it(
    "regression: an abort while the last attempt's error body is read rejects instead of resolving",
    PROBE,
    async () => {
      const probe = await serve((_q, s) => {
        s.writeHead(503, { "content-type": "application/json" });
        s.write('{"error":');
      });
      const controller = new AbortController();
      const pending = withRetry(fetch, { ...fast, maxAttempts: 1 })(probe.url, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error("caller left")), 100);
      await expect(pending).rejects.toThrow("caller left");
    },
  );

  it("regression: a PATCH retried after a 500 carries one Idempotency-Key on every attempt", PROBE, async () => {
    const probe = await serve((_q, s) => {
      s.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify(exampleBody("internal_error")));
    });
    await withRetry(fetch, fast)(probe.url, { method: "PATCH", body: "{}" });
    const sent = probe.keys;
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(sent).size).toBe(1);
  });

  it(
    "regression: a ReadableStream body is sent once and its error response returned, not a TypeError",
    PROBE,
    async () => {
      const probe = await serve((_q, s) => {
        s.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify(exampleBody("internal_error")));
      });
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode("{}"));
          controller.close();
        },
      });
      const reports: AttemptReport[] = [];
      const response = await withRetry(fetch, { ...fast, onAttempt: (r) => reports.push(r) })(probe.url, {
        method: "POST",
        body,
        duplex: "half",
      } as RequestInit);
      expect(response.status).toBe(500);
      expect(probe.keys.length).toBe(1);
      expect(reports.map((r) => r.retry)).toEqual([false]);
    },
  );

  it("regression: maxAttempts: Infinity makes at most MAX_ATTEMPTS requests", PROBE, async () => {
    const probe = await serve((_q, s) => {
      s.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify(exampleBody("internal_error")));
    });
    await withRetry(fetch, { ...fast, maxAttempts: Number.POSITIVE_INFINITY })(probe.url);
    expect(probe.keys.length).toBe(MAX_ATTEMPTS);
    const nan = await serve((_q, s) => s.writeHead(500).end());
    await withRetry(fetch, { ...fast, maxAttempts: Number.NaN, baseDelayMs: Number.NaN })(nan.url);
    expect(nan.keys.length).toBe(3);
  });
});

describe("Retry-After", () => {
  const now = Date.UTC(2026, 0, 1);

  it("regression: malformed values that Date.parse reads as dates are ignored, not read as 0 s", () => {
    for (const value of [
      "-1",
      "5.5",
      "+5",
      "1 2",
      "May 5",
      "5, 6",
      "",
      "1e3",
      "0x10",
      "Infinity",
      "Thu, 01 Jan 2026",
    ]) {
      expect([value, retryAfterSeconds(value, now)]).toEqual([value, undefined]);
      expect(
        fromBody("", { status: 503, headers: { "retry-after": value }, now: () => now }).retry_after,
      ).toBeUndefined();
    }
  });

  it("reads delta-seconds and the three HTTP-date forms of RFC 9110", () => {
    expect(retryAfterSeconds("120", now)).toBe(120);
    expect(retryAfterSeconds(" 7\t", now)).toBe(7);
    expect(retryAfterSeconds("Thu, 01 Jan 2026 00:01:40 GMT", now)).toBe(100);
    expect(retryAfterSeconds("Thursday, 01-Jan-26 00:01:40 GMT", now)).toBe(100);
    expect(retryAfterSeconds("Thu Jan  1 00:01:40 2026", now)).toBe(100);
    expect(retryAfterSeconds("Wed, 31 Dec 2025 00:00:00 GMT", now)).toBe(0);
    expect(parseHttpDate("Mon, 31 Feb 2026 00:00:00 GMT", now)).toBeUndefined();
    expect(parseHttpDate("Mon, 01 Feb 2026 24:00:00 GMT", now)).toBeUndefined();
  });

  it("reads every IMF-fixdate as its instant, and every digit string as its seconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799 }), (secondsSinceEpoch) => {
        const at = secondsSinceEpoch * 1000;
        expect(parseHttpDate(new Date(at).toUTCString(), now)).toBe(at);
        expect(retryAfterSeconds(String(secondsSinceEpoch), now)).toBe(secondsSinceEpoch);
      }),
      { numRuns: 200 },
    );
  });

  it("reads any other string as absent, or as a whole number of seconds from 0 when it is a date", () => {
    const grammar =
      /^(?:\d+|[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT|[A-Z][a-z]+day, \d\d-[A-Z][a-z]{2}-\d\d \d\d:\d\d:\d\d GMT|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4})$/;
    const near = fc.oneof(
      fc.string(),
      fc
        .constantFrom("-", "+", ".", ",", " ", "e", "GMT", "May", "Thu, ", "01", ":")
        .chain((piece) =>
          fc
            .array(fc.oneof(fc.constant(piece), fc.stringMatching(/^\d{1,4}$/)), { maxLength: 6 })
            .map((parts) => parts.join("")),
        ),
    );
    fc.assert(
      fc.property(near, (value) => {
        const seconds = retryAfterSeconds(value, now);
        if (!grammar.test(value.trim())) expect(seconds).toBeUndefined();
        else if (seconds !== undefined) expect(Number.isSafeInteger(seconds) && seconds >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("fromBody with hostile values", () => {
  const example = exampleBody("outbound_limit_reached");
  const status = ERRORS.outbound_limit_reached.status;

  it("regression: a nested __proto__ in a details item is dropped, from text and from a value", () => {
    const body = {
      error: {
        type: "invalid_request_error",
        code: "validation_failed",
        message: "Invalid.",
        details: [{ field: "to", message: "bad" }],
      },
      request_id: "req_abcdefabcdef",
    };
    const text = JSON.stringify(body).replace('"field":"to"', '"__proto__":{"polluted":1},"field":"to"');
    const escaped = text.replace('"__proto__"', '"\\u005f_proto__"');
    for (const given of [text, escaped, JSON.parse(text)]) {
      const parsed = fromBody(given, { status: 400 }) as unknown as { details: Record<string, unknown>[] };
      const copy = Object.assign({}, parsed.details[0]);
      expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
      expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    }
  });

  it("regression: throwing getters on init.status and init.headers give an answer, not a throw", () => {
    const init = {
      get status(): number {
        throw new Error("status getter");
      },
      get headers(): Record<string, string> {
        throw new Error("headers getter");
      },
      get now(): () => number {
        return () => {
          throw new Error("clock");
        };
      },
    };
    const parsed = fromBody(JSON.stringify(example), init);
    expect(parsed).toMatchObject({ known: true, code: "outbound_limit_reached", status: 0 });
    expect(fromBody("<html>", init)).toMatchObject({ code: null, reason: "not_json", status: 0 });
  });

  it("regression: a function-valued then in a body is not copied, so awaiting the result gives it back", async () => {
    let hijacked = false;
    const body = { ...example, error: { ...example.error, then: () => void (hijacked = true) } };
    const parsed = fromBody(body, { status });
    expect(parsed).not.toHaveProperty("then");
    const awaited = await Promise.race([
      Promise.resolve(parsed),
      new Promise((resolve) => setTimeout(() => resolve("hung"), 100)),
    ]);
    expect(awaited).toBe(parsed);
    expect(hijacked).toBe(false);
  });

  it("regression: a getter that answers differently on each read cannot pass the check with one value and keep another", () => {
    let reads = 0;
    const error = { ...example.error };
    Object.defineProperty(error, "limit", { enumerable: true, get: () => (++reads === 1 ? 35 : "thirty-five") });
    const parsed = fromBody({ ...example, error }, { status });
    expect(reads).toBe(1);
    expect(parsed).toMatchObject({ known: true, limit: 35 });
  });

  it("never throws on proxies that throw on every trap, nor on revoked ones", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("get");
        },
        ownKeys: () => {
          throw new Error("keys");
        },
        has: () => {
          throw new Error("has");
        },
        getPrototypeOf: () => {
          throw new Error("proto");
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const endless = new Proxy([], {
      get: (target, key) => (key === "length" ? 2 ** 32 - 1 : Reflect.get(target, key)),
    });
    const details = {
      error: { type: "invalid_request_error", code: "validation_failed", message: "x", details: endless },
    };
    for (const given of [hostile, proxy, { error: hostile }, { error: proxy }, [hostile], details]) {
      expect(fromBody(given, { status: 500 })).toMatchObject({ code: null, reason: "not_error_body", status: 500 });
      expect(fromBody(JSON.stringify(example), { status: 500, headers: hostile as never })).toMatchObject({
        known: true,
      });
    }
  });

  it("regression: maxBytes counts the UTF-8 bytes of a string body, not its characters", () => {
    const body = JSON.stringify({ error: { type: "api_error", code: "internal_error", message: "é".repeat(100) } });
    const bytes = new TextEncoder().encode(body).length;
    expect(fromBody(body, { status: 500, maxBytes: body.length + 10 })).toMatchObject({
      code: null,
      reason: "too_large",
    });
    expect(fromBody(body, { status: 500, maxBytes: bytes })).toMatchObject({ code: "internal_error" });
    expect(fromBody("😀".repeat(30), { status: 500, maxBytes: 100 })).toMatchObject({ reason: "too_large" });
    expect(fromBody(` ${"😀".repeat(25)}`, { status: 500, maxBytes: 101 })).toMatchObject({ reason: "not_json" });
  });

  it("drops __proto__, constructor and prototype members of a legacy body at every depth, from text and from a value", () => {
    const text =
      '{"error": "validation_failed", "message": "Invalid.", "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}},' +
      ' "details": [{"__proto__": {"polluted": 1}, "field": "to", "message": "bad"}]}';
    const escaped = text.replaceAll('"__proto__"', '"\\u005f_proto__"');
    for (const given of [text, escaped, JSON.parse(text)]) {
      const parsed = fromBody(given, { status: 400 }) as unknown as Record<string, unknown> & {
        details: Record<string, unknown>[];
      };
      expect(parsed).toMatchObject({ known: true, code: "validation_failed", dialect: "rcs" });
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
      expect(Object.hasOwn(parsed, "__proto__")).toBe(false);
      expect(Object.hasOwn(parsed, "constructor")).toBe(false);
      expect(parsed.polluted).toBeUndefined();
      expect((Object.assign({}, parsed.details[0]) as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("reads a getter of a legacy body handed over once, and answers a throwing one", () => {
    let reads = 0;
    const body: Record<string, unknown> = {
      error: "ApiError",
      message: "Limit.",
      status: 429,
      code: "outbound_limit_reached",
    };
    Object.defineProperty(body, "limit", { enumerable: true, get: () => (++reads === 1 ? 35 : "thirty-five") });
    Object.assign(body, { current: 35, mode: "total" });
    expect(fromBody(body, { status: 429 })).toMatchObject({ known: true, limit: 35, dialect: "imessage" });
    expect(reads).toBe(1);
    const throwing = { message: "x" };
    Object.defineProperty(throwing, "error", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(fromBody(throwing, { status: 429 })).toMatchObject({ code: null, reason: "not_error_body" });
  });

  it("refuses a legacy body over maxBytes unread", () => {
    const huge = `{"message": "${"x".repeat(300_000)}", "error": "throttled"}`;
    expect(fromBody(huge, { status: 429 })).toMatchObject({ code: null, reason: "too_large", status: 429 });
  });

  it("keeps Object.prototype clean and working when it is polluted before parsing", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    proto.param = "INJECTED";
    try {
      const parsed = fromBody(JSON.stringify(example), { status, headers: { "request-id": "req_abcdefabcdef" } });
      expect(parsed).toMatchObject({ known: true, code: "outbound_limit_reached" });
      expect(Object.keys(parsed)).not.toContain("param");
      const legacy = fromBody('{"message": "Slow down.", "error": "throttled"}', { status: 429 });
      expect(legacy).toMatchObject({ known: true, code: "throttled", dialect: "sms" });
      expect(Object.keys(legacy)).not.toContain("param");
      expect(Object.keys(legacy)).not.toContain("polluted");
    } finally {
      delete proto.polluted;
      delete proto.param;
    }
  });
});

/** The garbage collector, exposed at run time (the test process is not started with --expose-gc). */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/** Runs the collector until FinalizationRegistry callbacks have had their turns. */
async function collect(gc: () => void): Promise<void> {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const abortListeners = (signal: AbortSignal) => getEventListeners(signal, "abort").length;
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

describe("withRetry on a signal shared by many calls", () => {
  it("regression: withRetry with attemptTimeoutMs leaves no listener on a shared signal after thousands of calls", {
    timeout: 30_000,
  }, async () => {
    const gc = collector();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const shutdown = new AbortController();
      // A fetch that never touches the signal, answering at once with a body the caller reads.
      const api = withRetry(async () => new Response("ok"), { ...fast, attemptTimeoutMs: 5_000 });
      const timersBefore = timers();
      const run = async (calls: number) => {
        for (let i = 0; i < calls; i++) {
          const response = await api("http://127.0.0.1/", { signal: shutdown.signal });
          if (i % 2 === 0) await response.text(); // half read, half left unread
        }
      };
      await run(1_000); // warm up: the heap measured below is the calls', not the first compile's
      await collect(gc);
      const heapBefore = process.memoryUsage().heapUsed;
      await run(20_000);
      // However many calls share the signal, it has one listener at most, and no attempt timer runs on.
      expect(abortListeners(shutdown.signal)).toBeLessThanOrEqual(1);
      expect(timers()).toBeLessThanOrEqual(timersBefore);
      await collect(gc);
      const grown = process.memoryUsage().heapUsed - heapBefore;
      // Once the responses are collected, none: the signal is left as it came.
      expect(abortListeners(shutdown.signal)).toBe(0);
      // 20,000 leaked listeners held about 22 MB.
      expect(grown).toBeLessThan(2 * 1024 * 1024);
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it(
    "regression: after every call settles, no listener, timer or stream of the call remains, on every path",
    PROBE,
    async () => {
      const gc = collector();
      const shutdown = new AbortController();
      /** Every body a fetch handed out, and whether it ended (read to its end, or cancelled). */
      const bodies: { ended: boolean; returned: boolean }[] = [];
      const body = (text: string) => {
        const state = { ended: false, returned: false };
        bodies.push(state);
        return new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(text));
          },
          pull(controller) {
            state.ended = true;
            controller.close();
          },
          cancel() {
            state.ended = true;
          },
        });
      };
      const json = { "content-type": "application/json" };
      // Each path of one call: a success, an error retried after a backoff sleep then a success, a
      // network error retried, an error given up on, an attempt timed out, a body that stalls.
      const paths: (() => Promise<Response>)[] = [
        async () => new Response(body("ok")),
        async () => new Response(body(unavailable), { status: 503, headers: json }),
        async () => {
          throw new TypeError("fetch failed");
        },
        async () => new Response(null, { status: 204 }),
        () => new Promise<Response>(() => {}), // never answers: the attempt's timeout ends it
        async () =>
          new Response(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"error":'));
              },
              cancel() {},
            }),
            { status: 503, headers: json },
          ),
      ];
      let call = 0;
      const fetchLike = (_input: unknown, init?: RequestInit) => {
        const path = paths[call++ % paths.length]!;
        const signal = init?.signal;
        // A fetch that does honour its signal, as fetch does.
        return new Promise<Response>((resolve, reject) => {
          signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
          path().then(resolve, reject);
        });
      };
      const timersBefore = timers();
      const api = withRetry(fetchLike, { ...fast, attemptTimeoutMs: 50, timeoutMs: 20, maxAttempts: 2 });
      // In a function of its own, so that no response outlives it in this frame.
      const run = async () => {
        for (let i = 0; i < 60; i++) {
          const response = await api("http://127.0.0.1/", { method: "PUT", signal: shutdown.signal }).catch(
            () => undefined,
          );
          if (response?.body) {
            for (const b of bodies) if (!b.ended) b.returned = true;
            await response.body.cancel();
          }
        }
      };
      await run();
      expect(abortListeners(shutdown.signal)).toBeLessThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(timers()).toBeLessThanOrEqual(timersBefore);
      await collect(gc);
      expect(abortListeners(shutdown.signal)).toBe(0);
      expect(bodies.filter((b) => !b.ended && !b.returned)).toEqual([]);
    },
  );

  it("regression: calls in flight together on one signal add one listener to it, not one each", PROBE, async () => {
    const shutdown = new AbortController();
    let calls = 0;
    // Every other attempt fails with a 503, so that half the calls are in a backoff sleep at a time.
    const fetchLike = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      // The 503s have a body, read while other calls wait or read theirs.
      return calls++ % 2 === 0 ? new Response(unavailable, { status: 503 }) : new Response(null, { status: 204 });
    };
    const counts: number[] = [];
    const sample = setInterval(() => counts.push(abortListeners(shutdown.signal)), 1);
    try {
      for (const attemptTimeoutMs of [undefined, 1_000]) {
        const api = withRetry(fetchLike, {
          ...fast,
          baseDelayMs: 20,
          maxDelayMs: 20,
          random: () => 1,
          attemptTimeoutMs,
        });
        await Promise.all(Array.from({ length: 100 }, () => api("http://127.0.0.1/", { signal: shutdown.signal })));
      }
    } finally {
      clearInterval(sample);
    }
    expect(counts.length).toBeGreaterThan(0);
    expect(Math.max(...counts)).toBe(1);
    // A 503 returned after the last attempt keeps its link while it can be read; none once collected.
    await collect(collector());
    expect(abortListeners(shutdown.signal)).toBe(0);
  });

  it("a caller's abort after withRetry returned still reaches the body of the response", PROBE, async () => {
    const probe = await serve((_q, s) => {
      s.writeHead(200, { "content-type": "text/plain" });
      s.write("partial"); // and stalls
    });
    const controller = new AbortController();
    const response = await withRetry(fetch, { ...fast, attemptTimeoutMs: 2_000 })(probe.url, {
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    setTimeout(() => controller.abort(new Error("caller left")), 50);
    await expect(response.text()).rejects.toThrow();
    expect(abortListeners(controller.signal)).toBe(0);
  });
});

describe("what the READMEs promise of the field checks", () => {
  const ROOT = new URL("../../../", import.meta.url);
  const read = (path: string) => readFileSync(new URL(path, ROOT), "utf8");
  const readmes = [
    "README.md",
    ...readdirSync(new URL("packages/", ROOT)).flatMap((name) =>
      ["README.md", "SOURCES.md"].map((file) => `packages/${name}/${file}`),
    ),
  ].filter((path) => existsSync(new URL(path, ROOT)));
  const catalogJson = JSON.parse(read("schemas/catalog.json")) as {
    errors: { code: string; required_when?: { field: string; equals: string; required: string[] } }[];
  };

  type Body = { error: Record<string, unknown> };
  const body = (code: keyof typeof ERRORS, change: (error: Record<string, unknown>) => void): Body => {
    const sent = structuredClone(exampleBody(code)) as Body;
    change(sent.error);
    return sent;
  };
  /** A body that breaks each check the client README lists, by the words it lists it with. */
  const probes: Record<string, Body[]> = {
    "required members present": [body("outbound_limit_reached", (e) => delete e.limit)],
    "whole numbers from 0": [
      body("outbound_limit_reached", (e) => (e.limit = -1)),
      body("outbound_limit_reached", (e) => (e.current = 1.5)),
    ],
    "non-empty strings": [body("outbound_limit_reached", (e) => (e.mode = ""))],
    amounts: [body("insufficient_balance", (e) => (e.required_amount = "2.8.0"))],
    currency: [body("insufficient_balance", (e) => (e.currency = "usd"))],
    "E.164": [body("outbound_limit_reached", (e) => (e.sender_number = "15555550123"))],
    "RFC 3339": [body("sandbox_quota_exceeded", (e) => (e.resets_at = "tomorrow"))],
    URLs: [body("insufficient_balance", (e) => (e.topup_url = "dashboard"))],
    "`details` items": [body("semantic_validation_failed", (e) => (e.details = [{ field: "send_at" }]))],
  };
  /** The body refused by the client's checks (known: false, code kept) and by createError. */
  const refused = (sent: Body) => {
    const {
      code,
      type: _type,
      message: _message,
      doc_url: _url,
      ...fields
    } = sent.error as { code: keyof typeof ERRORS } & Body["error"];
    const parsed = fromBody(JSON.stringify(sent), { status: ERRORS[code].status });
    let raised = true;
    try {
      createError(code, fields as never);
    } catch {
      raised = false;
    }
    return { known: parsed.known, code: parsed.code, raised };
  };

  it("regression: every rule a README names is one the checks enforce", () => {
    // The client README's list of what the field checks cover: each item has a body it refuses.
    const readme = read("packages/client/README.md").replace(/\s+/g, " ");
    const list = /as a line of data \([^)]*\): (.+?)\.(?= [A-Z])/.exec(readme)?.[1];
    expect(list, "the client README lists what the field checks cover").toBeDefined();
    const items = (list as string).split(/, (?![^(]*\))| and (?![^(]*\))/).flatMap((item) => {
      const inner = /^patterns \((.*)\)$/.exec(item)?.[1];
      return inner === undefined ? [item] : inner.split(/, /);
    });
    expect(items.length).toBeGreaterThan(5);
    // Each probe's code, unbroken, is accepted: a probe is refused for what it breaks.
    for (const code of new Set(
      Object.values(probes).flatMap((sent) => sent.map((b) => b.error.code as keyof typeof ERRORS)),
    )) {
      expect(refused(body(code, () => {}))).toEqual({ known: true, code, raised: true });
    }
    for (const item of items) {
      expect(Object.keys(probes), `the client README names "${item}", which no probe shows refused`).toContain(item);
      for (const sent of probes[item] ?? []) {
        expect(refused(sent), `${item}: ${JSON.stringify(sent.error)}`).toEqual({
          known: false,
          code: sent.error.code,
          raised: false,
        });
      }
    }
    // A rule named as such ("the `x` rule") in any README is a catalogue entry's `required_when`
    // (or the mechanism itself), and a body that breaks it is refused.
    const rules = catalogJson.errors.flatMap((entry) =>
      entry.required_when ? [{ code: entry.code, ...entry.required_when }] : [],
    );
    for (const path of readmes) {
      for (const [, name] of read(path).matchAll(/the `([^`]+)` rule/g)) {
        if (name === "requiredWhen" || name === "required_when") continue;
        const rule = rules.find((r) => r.equals === name || r.field === name);
        expect(rule, `${path} names the \`${name}\` rule, which no catalogue entry has`).toBeDefined();
        const sent = body(rule?.code as keyof typeof ERRORS, (e) => {
          e[rule?.field as string] = rule?.equals;
          for (const field of rule?.required ?? []) delete e[field];
        });
        expect(refused(sent).known, `${path}: the \`${name}\` rule`).toBe(false);
      }
    }
  });

  it("regression: a per_number outbound limit without allocation_id or sender_number is accepted everywhere, as documented", () => {
    const sent = body("outbound_limit_reached", (e) => (e.mode = "per_number"));
    expect(sent.error).not.toHaveProperty("allocation_id");
    expect(sent.error).not.toHaveProperty("sender_number");
    expect(refused(sent)).toEqual({ known: true, code: "outbound_limit_reached", raised: true });
    expect(errorObjectSchemas.outbound_limit_reached.safeParse(sent.error).success).toBe(true);
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validate(JSON.parse(read("schemas/error.schema.json")), sent)).toBe(true);
    // And the documents say no more than that.
    expect(read("packages/client/README.md")).toMatch(
      /`allocation_id` and `sender_number` are optional\s+whatever the mode/,
    );
  });
});
