import { ERROR_CODE_LIST, ERROR_TYPES, ERRORS, type ErrorType } from "@errata/catalog";
import { exampleBody } from "@errata/catalog/zod";
import { describe, expect, it } from "vitest";
import { fromBody, fromResponse } from "./index.js";

const typeWithStatus = (status: number) =>
  (Object.keys(ERROR_TYPES) as ErrorType[]).find((type) => ERROR_TYPES[type].status === status);

const json = (value: unknown) => JSON.stringify(value);

describe("fromBody", () => {
  it.each(ERROR_CODE_LIST)("parses the catalogue's example body of %s as a known error with its fields", (code) => {
    const body = exampleBody(code);
    const { status } = ERRORS[code];
    const text = json(body);
    const parsed = fromBody(text, { status });
    expect(parsed).toMatchObject({ ...body.error, known: true, status, request_id: body.request_id, body: text });
    expect(parsed.type).toBe(ERRORS[code].type);
  });

  it("keeps the code and message of a code it does not know, with the body's type", () => {
    const body = {
      error: { type: "rate_limit_error", code: "galaxy_quota_exceeded", message: "Too many galaxies.", galaxies: 3 },
      request_id: "req_abcdefabcdef",
    };
    const parsed = fromBody(body, { status: 429 });
    expect(parsed).toMatchObject({
      known: false,
      code: "galaxy_quota_exceeded",
      message: "Too many galaxies.",
      type: "rate_limit_error",
      galaxies: 3,
      status: 429,
    });
  });

  it("takes an unknown code's type from the status when the body gives none", () => {
    const at = (status: number) => fromBody({ error: { code: "brand_new", message: "New." } }, { status }).type;
    expect(at(429)).toBe(typeWithStatus(429));
    expect(at(404)).toBe(typeWithStatus(404));
    // A status no type has as its default takes the type of its class (503 is a 500, 422 a 400).
    expect(at(503)).toBe(typeWithStatus(500));
    expect(at(422)).toBe(typeWithStatus(400));
    expect(at(302)).toBeNull();
  });

  it("reads an RFC 9457 problem details body as the error it describes", () => {
    const body = exampleBody("insufficient_balance");
    const { type: _, message, doc_url, ...rest } = body.error;
    const problem = {
      type: doc_url,
      title: "Insufficient balance",
      status: 402,
      detail: message,
      instance: body.request_id,
      request_id: body.request_id,
      ...rest,
    };
    const parsed = fromBody(JSON.stringify(problem), { status: 402 });
    expect(parsed).toMatchObject({ ...body.error, known: true, status: 402, request_id: body.request_id });
    expect(parsed).not.toHaveProperty("title");
    expect(parsed).not.toHaveProperty("instance");
    const unknown = fromBody(
      { type: "about:blank", title: "Gone", detail: "It went.", code: "brand_new" },
      { status: 503 },
    );
    expect(unknown).toMatchObject({ known: false, code: "brand_new", message: "It went.", type: typeWithStatus(500) });
    expect(unknown).not.toHaveProperty("doc_url");
    expect(
      fromBody({ type: "about:blank", title: "Bad gateway", detail: "Upstream failed." }, { status: 502 }),
    ).toMatchObject({ code: null, reason: "not_error_body" });
  });

  it("marks a known code whose fields break its schema as not known, keeping code and message", () => {
    const body = exampleBody("outbound_limit_reached");
    const broken = { ...body, error: { ...body.error, sender_number: "5555550100" } }; // not E.164
    const parsed = fromBody(broken, { status: 429 });
    expect(parsed).toMatchObject({ known: false, code: "outbound_limit_reached", message: body.error.message });
    const wrongType = fromBody({ ...body, error: { ...body.error, type: "api_error" } }, { status: 429 });
    expect(wrongType).toMatchObject({ known: false, type: "api_error" });
  });

  it.each([
    ["an HTML page", "<html><body>502 Bad Gateway</body></html>", "not_json"],
    ["an empty body", "", "empty"],
    ["whitespace", " \n ", "empty"],
    ["truncated JSON", '{"error": {"type": "api_error", "code": "internal_err', "not_json"],
    ["an array", '[{"error": {"code": "throttled", "message": "x"}}]', "not_json"],
    ["a null error", '{"error": null}', "not_error_body"],
    ["an error without a code", '{"error": {"message": "x"}}', "not_error_body"],
    ["an error whose code is not a code", '{"error": {"code": "Not A Code", "message": "x"}}', "not_error_body"],
    ["an error without a message", '{"error": {"code": "throttled"}}', "not_error_body"],
    ["JSON null", "null", "not_json"],
    ["a number", "42", "not_json"],
  ] as const)("turns %s into a transport error with the status", (_, text, reason) => {
    const parsed = fromBody(text, { status: 502 });
    expect(parsed).toMatchObject({ known: false, code: null, reason, status: 502, type: typeWithStatus(500) });
  });

  it("does not parse a body of many megabytes, and keeps only the part it may read", () => {
    const huge = `{"error": {"code": "throttled", "message": "${"x".repeat(8 * 1024 * 1024)}"}}`;
    const parsed = fromBody(huge, { status: 429, maxBytes: 1024 });
    expect(parsed).toMatchObject({ code: null, reason: "too_large", status: 429 });
    expect((parsed.body as string).length).toBe(1024);
    expect(fromBody(new TextEncoder().encode(huge), { status: 429 })).toMatchObject({ reason: "too_large" });
  });

  it("turns nesting deep enough to trouble JSON.parse into a transport error, without throwing", () => {
    const depth = 200_000;
    for (const text of [
      `${'{"error":'.repeat(depth)}1${"}".repeat(depth)}`,
      `{"a":${"[".repeat(depth)}${"]".repeat(depth)}}`,
    ]) {
      const parsed = fromBody(text, { status: 500, maxBytes: 10_000_000 });
      expect(parsed).toMatchObject({ code: null, status: 500 });
    }
  });

  it("never lets __proto__ or constructor in a body reach a prototype", () => {
    const text =
      '{"error": {"type": "rate_limit_error", "code": "throttled", "message": "Slow down.", "retry_after": 2,' +
      ' "__proto__": {"polluted": true, "known": false}, "constructor": {"prototype": {"polluted": true}}},' +
      ' "request_id": "req_abcdefabcdef", "__proto__": {"polluted": true}}';
    const parsed = fromBody(text, { status: 429 });
    expect(parsed).toMatchObject({ known: true, code: "throttled", retry_after: 2 });
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed, "__proto__")).toBe(false);
    expect(Object.hasOwn(parsed, "constructor")).toBe(false);
    expect((parsed as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    // The same through the parsed-object path.
    const fromObject = fromBody(JSON.parse(text), { status: 429 });
    expect(Object.getPrototypeOf(fromObject)).toBe(Object.prototype);
    expect((fromObject as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads retry_after from the body, else Retry-After as seconds or as an HTTP date", () => {
    const body = exampleBody("throttled");
    const { retry_after: _, ...withoutField } = body.error;
    const bare = { ...body, error: withoutField };
    const now = () => Date.parse("2026-11-23T12:00:00Z");
    expect(fromBody(body, { status: 429, headers: new Headers({ "Retry-After": "7" }) }).retry_after).toBe(
      body.error.retry_after,
    );
    expect(fromBody(bare, { status: 429, headers: new Headers({ "Retry-After": "7" }) }).retry_after).toBe(7);
    const date = new Date(now() + 90_500).toUTCString(); // HTTP dates have whole seconds: 90 s on
    expect(fromBody(bare, { status: 429, headers: { "retry-after": date }, now }).retry_after).toBe(90);
    expect(
      fromBody(bare, { status: 429, headers: { "Retry-After": "Mon, 01 Jan 2001 00:00:00 GMT" }, now }).retry_after,
    ).toBe(0);
    expect(fromBody(bare, { status: 429, headers: { "Retry-After": "soon" } }).retry_after).toBeUndefined();
    expect(
      fromBody(bare, { status: 429, headers: { "Retry-After": "99999999999999999999" } }).retry_after,
    ).toBeUndefined();
    expect(
      fromBody(
        { ...body, error: { ...withoutField, retry_after: -1 } },
        { status: 429, headers: { "Retry-After": "3" } },
      ).retry_after,
    ).toBe(3);
    expect(fromBody("<html>", { status: 503, headers: { "retry-after": ["12"] } }).retry_after).toBe(12);
  });

  it("takes the request id from the body, else from the Request-Id or X-Request-Id header", () => {
    const body = exampleBody("internal_error");
    const headers = { "X-Request-Id": "req_fromtheheader1" };
    expect(fromBody(body, { status: 500, headers }).request_id).toBe(body.request_id);
    expect(fromBody({ error: body.error }, { status: 500, headers }).request_id).toBe("req_fromtheheader1");
    expect(fromBody("", { status: 500, headers }).request_id).toBe("req_fromtheheader1");
    const both = new Headers({ "Request-Id": "req_therequestidone", "X-Request-Id": "req_fromtheheader1" });
    expect(fromBody("", { status: 500, headers: both }).request_id).toBe("req_therequestidone");
  });

  it("answers a plain JavaScript caller that leaves out or garbles the status and options", () => {
    const text = JSON.stringify(exampleBody("throttled"));
    expect(fromBody(text, undefined as never)).toMatchObject({ known: true, code: "throttled", status: 0 });
    expect(
      fromBody("<html>", {
        status: "502" as never,
        now: 5 as never,
        maxBytes: "x" as never,
        headers: { "retry-after": "Mon, 01 Jan 2001 00:00:00 GMT" },
      }),
    ).toMatchObject({ code: null, status: 0, retry_after: 0 });
  });

  it("answers even when the body's members throw when read", () => {
    const error = { code: "throttled", message: "x", type: "rate_limit_error" };
    Object.defineProperty(error, "retry_after", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(fromBody({ error }, { status: 429 })).toMatchObject({ code: null, reason: "not_error_body", status: 429 });
  });
});

function streamOf(chunks: Iterable<Uint8Array> | (() => Uint8Array | undefined), onCancel?: () => void) {
  const iterator = typeof chunks === "function" ? undefined : chunks[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator ? iterator.next() : { done: false, value: (chunks as () => Uint8Array | undefined)() };
      if (next.done) controller.close();
      else if (next.value) controller.enqueue(next.value);
    },
    cancel: onCancel,
  });
}

describe("fromResponse", () => {
  it("parses a fetch Response of a catalogued error", async () => {
    const body = exampleBody("insufficient_balance");
    const response = new Response(json(body), {
      status: ERRORS.insufficient_balance.status,
      headers: { "content-type": "application/json" },
    });
    await expect(fromResponse(response)).resolves.toMatchObject({
      ...body.error,
      known: true,
      request_id: body.request_id,
    });
  });

  it("stops reading an endless body at the limit and cancels the rest", async () => {
    let cancelled = false;
    const kib = new TextEncoder().encode(`{"error": ${" ".repeat(1014)}`);
    const response = new Response(
      streamOf(
        () => kib,
        () => (cancelled = true),
      ),
      { status: 502 },
    );
    await expect(fromResponse(response, { maxBytes: 64 * 1024 })).resolves.toMatchObject({
      code: null,
      reason: "too_large",
      status: 502,
    });
    expect(cancelled).toBe(true);
  });

  it("does not read a body whose Content-Length is over the limit", async () => {
    let pulled = 0;
    const stream = streamOf(() => (pulled++, new Uint8Array(10)));
    const response = new Response(stream, { status: 500, headers: { "content-length": String(10 * 1024 * 1024) } });
    await expect(fromResponse(response)).resolves.toMatchObject({ reason: "too_large", status: 500 });
    expect(pulled).toBeLessThanOrEqual(1); // at most the stream's own first pull
  });

  it("gives up on a body that stops arriving, after the time limit", async () => {
    let cancelled = false;
    const stalled = new ReadableStream<Uint8Array>({
      pull: () => new Promise(() => {}),
      cancel: () => void (cancelled = true),
    });
    await expect(fromResponse(new Response(stalled, { status: 504 }), { timeoutMs: 20 })).resolves.toMatchObject({
      reason: "timeout",
      status: 504,
    });
    expect(cancelled).toBe(true);
  });

  it("joins a body that arrives in many chunks", async () => {
    const bytes = new TextEncoder().encode(json(exampleBody("validation_failed")));
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const parsed = await fromResponse(new Response(streamOf(chunks), { status: 400 }));
    expect(parsed).toMatchObject({ known: true, code: "validation_failed" });
  });

  it("decodes characters split across chunks", async () => {
    const body = {
      error: { type: "api_error", code: "internal_error", message: "Échec — réessayez ✓" },
      request_id: "req_abcdefabcdef",
    };
    const bytes = new TextEncoder().encode(JSON.stringify(body));
    const oneByteChunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const parsed = await fromResponse(new Response(streamOf(oneByteChunks), { status: 500 }));
    expect(parsed).toMatchObject({ known: true, message: body.error.message });
  });

  it("answers for a body already read, and for a response with no body", async () => {
    const used = new Response("{}", { status: 500 });
    await used.text();
    await expect(fromResponse(used)).resolves.toMatchObject({ reason: "unreadable", status: 500 });
    await expect(fromResponse(new Response(null, { status: 503 }))).resolves.toMatchObject({
      reason: "empty",
      status: 503,
    });
  });

  it("answers for something that is not a Response at all", async () => {
    await expect(fromResponse(undefined as unknown as Response)).resolves.toMatchObject({ code: null, status: 0 });
    await expect(fromResponse({ status: 500 } as Response)).resolves.toMatchObject({ code: null, status: 500 });
    await expect(fromResponse(new Response("", { status: 502 }), null as never)).resolves.toMatchObject({
      reason: "empty",
      status: 502,
    });
  });
});
