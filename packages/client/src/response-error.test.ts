import { ERROR_CODE_LIST, ERRORS } from "@errata/catalog";
import { exampleBody } from "@errata/catalog/zod";
import { describe, expect, it } from "vitest";
import { isCode, isParsedError, type MatchHandlers, matchError } from "./guards.js";
import { fromBody } from "./parse.js";
import { ErrataResponseError } from "./response-error.js";

const parsedExample = (code: keyof typeof ERRORS) => fromBody(exampleBody(code), { status: ERRORS[code].status });

describe("ErrataResponseError", () => {
  it("is an Error named ErrataResponseError with the code, type, status, fields and request id", () => {
    const parsed = parsedExample("outbound_limit_reached");
    const error = new ErrataResponseError(parsed, { cause: "upstream" });
    const body = exampleBody("outbound_limit_reached");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ErrataResponseError");
    expect(error).toMatchObject({
      code: "outbound_limit_reached",
      type: ERRORS.outbound_limit_reached.type,
      status: ERRORS.outbound_limit_reached.status,
      known: true,
      request_id: body.request_id,
      cause: "upstream",
    });
    const { type: _t, code: _c, message: _m, doc_url: _d, ...fields } = body.error;
    expect(error.fields).toEqual(fields);
    expect(error.message).toContain(body.request_id);
    expect(error.message).toContain(body.error.message);
    expect(error.stack).toContain("ErrataResponseError");
  });

  it("holds only the code's own fields of a legacy body, not its envelope nor the dialect", () => {
    const text =
      '{"error": "ApiError", "message": "Limit.", "status": 429, "code": "outbound_limit_reached", "limit": 35, "current": 35, "mode": "total"}';
    const error = new ErrataResponseError(fromBody(text, { status: 429 }));
    expect(error.fields).toEqual({ limit: 35, current: 35, mode: "total" });
  });

  it("serialises to JSON with its name, message, code and fields", () => {
    const error = new ErrataResponseError(parsedExample("missing_required_parameter"));
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toEqual({
      name: "ErrataResponseError",
      message: error.message,
      code: "missing_required_parameter",
      type: "invalid_request_error",
      status: 400,
      known: true,
      request_id: exampleBody("missing_required_parameter").request_id,
      fields: { param: exampleBody("missing_required_parameter").error.param },
    });
  });

  it("names a transport error and says when the request id is unknown", () => {
    const error = new ErrataResponseError(fromBody("<html>", { status: 502 }));
    expect(error.code).toBeNull();
    expect(error.message).toMatch(/transport error, HTTP 502, request unknown/);
  });
});

describe("guards", () => {
  it("isParsedError recognises parsed errors, their clones and ErrataResponseError, and nothing else", () => {
    const parsed = parsedExample("throttled");
    expect(isParsedError(parsed)).toBe(true);
    expect(isParsedError(structuredClone(parsed))).toBe(true);
    expect(isParsedError(fromBody("", { status: 500 }))).toBe(true);
    expect(isParsedError(new ErrataResponseError(parsed))).toBe(true);
    for (const other of [
      null,
      undefined,
      0,
      "throttled",
      {},
      new Error("x"),
      exampleBody("throttled"),
      exampleBody("throttled").error,
    ])
      expect(isParsedError(other)).toBe(false);
  });

  it("isCode holds for a known error of that code only", () => {
    const parsed = parsedExample("throttled");
    expect(isCode(parsed, "throttled")).toBe(true);
    expect(isCode(new ErrataResponseError(parsed), "throttled")).toBe(true);
    expect(isCode(parsed, "rate_limit_exceeded")).toBe(false);
    expect(isCode(exampleBody("throttled").error, "throttled")).toBe(false);
    const broken = fromBody({ error: { ...exampleBody("throttled").error, retry_after: -1 } }, { status: 429 });
    expect(isCode(broken, "throttled")).toBe(false);
  });

  it("matchError calls the handler of the code, of unknown, of transport, or the fallback", () => {
    const handlers = Object.fromEntries(
      ERROR_CODE_LIST.map((code) => [code, (e: { code: string }) => `code ${e.code}`]),
    ) as unknown as MatchHandlers<string>;
    const all = {
      ...handlers,
      unknown: (e: { code: string }) => `unknown ${e.code}`,
      transport: (e: { status: number }) => `transport ${e.status}`,
    };
    for (const code of ERROR_CODE_LIST) expect(matchError(parsedExample(code), all)).toBe(`code ${code}`);
    expect(matchError(fromBody({ error: { code: "brand_new", message: "x" } }, { status: 400 }), all)).toBe(
      "unknown brand_new",
    );
    expect(matchError(fromBody("", { status: 503 }), all)).toBe("transport 503");
    expect(matchError(parsedExample("throttled"), { throttled: () => "slow", _: (e) => `other ${e.status}` })).toBe(
      "slow",
    );
    expect(matchError(parsedExample("not_found"), { throttled: () => "slow", _: (e) => `other ${e.status}` })).toBe(
      "other 404",
    );
  });
});
