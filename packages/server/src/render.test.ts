import {
  catalog,
  DIALECT_NAMES,
  DIALECTS,
  type Dialect,
  docUrlOf,
  ERROR_CODE_LIST,
  ERRORS,
  LEGACY_DIALECTS,
  problemInstanceOf,
} from "@errata/catalog/zod";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { bodyOfProblem, codeIn, exampleFields, schemaErrors } from "../../../tests/support/server-bodies.js";
import { createError } from "./error.js";
import { type ErrorEvent, type RenderedError, renderError } from "./render.js";
import { toResponse } from "./web.js";

const PROBLEM = { accept: "application/problem+json" };

describe("renderError", () => {
  it("sends every code with its status, JSON content type, request ID header and a body valid against error.schema.json", () => {
    for (const code of ERROR_CODE_LIST) {
      const sent = renderError(createError(code, exampleFields(code) as never));
      const body = JSON.parse(sent.body);
      expect(sent.status, code).toBe(ERRORS[code].status);
      expect(sent.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(sent.headers["request-id"]).toBe(body.request_id);
      expect(schemaErrors(body), code).toBeNull();
    }
  });

  it("sends every code in every dialect with its status, JSON content type and Request-Id header, the ID in the body in the standard dialect alone", () => {
    for (const dialect of DIALECT_NAMES) {
      for (const code of ERROR_CODE_LIST) {
        const sent = renderError(
          createError(code, exampleFields(code) as never),
          { requestId: "req_everydialect01" },
          {
            dialect,
          },
        );
        const body = JSON.parse(sent.body);
        const where = `${code} in ${dialect}`;
        expect(sent.status, where).toBe(ERRORS[code].status);
        expect(sent.dialect, where).toBe(dialect);
        expect(sent.headers["content-type"], where).toBe("application/json; charset=utf-8");
        expect(sent.headers["request-id"], where).toBe("req_everydialect01");
        expect(codeIn(dialect, body), where).toBe(code);
        expect(sent.body.includes("req_everydialect01"), where).toBe(dialect === "standard");
        expect(sent.body.includes("doc_url"), where).toBe(dialect === "standard");
      }
    }
  });

  it("sends the same problem details in every dialect when Accept prefers them", () => {
    for (const code of ERROR_CODE_LIST) {
      const error = createError(code, exampleFields(code) as never);
      const standard = renderError(error, { ...PROBLEM, requestId: "req_sameproblem001" });
      for (const dialect of LEGACY_DIALECTS) {
        const sent = renderError(error, { ...PROBLEM, requestId: "req_sameproblem001" }, { dialect });
        expect(sent.headers, `${code} in ${dialect}`).toEqual(standard.headers);
        expect(sent.body, `${code} in ${dialect}`).toBe(standard.body);
      }
    }
  });

  it("names the occurrence in problem details by an absolute URI that a client cannot resolve against the request URL", () => {
    const sent = renderError(createError("throttled"), { ...PROBLEM, requestId: "req_absoluteinstance1" });
    const { instance } = JSON.parse(sent.body) as { instance: string };
    const base = "https://api.example.test/v1/messages";
    // An absolute URI resolves to itself whatever the base; a relative reference would not.
    expect(new URL(instance, base).href).toBe(instance);
    expect(instance).toBe(problemInstanceOf("req_absoluteinstance1"));
    expect(instance.endsWith("req_absoluteinstance1")).toBe(true);
  });

  it("sends every code as problem details that map back to a valid body", () => {
    for (const code of ERROR_CODE_LIST) {
      const sent = renderError(createError(code, exampleFields(code) as never), PROBLEM);
      const problem = JSON.parse(sent.body);
      expect(sent.headers["content-type"]).toBe("application/problem+json");
      expect(problem).toMatchObject({
        type: docUrlOf(code),
        title: catalog.errors[code].title,
        status: ERRORS[code].status,
        instance: problemInstanceOf(sent.requestId),
        code,
        request_id: sent.requestId,
        ...exampleFields(code),
      });
      expect(schemaErrors(bodyOfProblem(problem)), code).toBeNull();
    }
  });

  it("carries Retry-After on every code whose policy is retry_after, equal to the body's retry_after", () => {
    const retryAfterCodes = ERROR_CODE_LIST.filter((code) => ERRORS[code].retry === "retry_after");
    expect(retryAfterCodes.length).toBeGreaterThan(0);
    for (const code of retryAfterCodes) {
      const fields = exampleFields(code);
      delete fields.retry_after;
      // A delay derived from a reset time is tested with the code that has one.
      delete fields.resets_at;
      const byDefault = renderError(createError(code, fields as never));
      expect(byDefault.headers["retry-after"], code).toBe(String(ERRORS[code].retryAfter));
      expect(JSON.parse(byDefault.body).error.retry_after).toBe(ERRORS[code].retryAfter);
      const given = renderError(createError(code, { ...fields, retry_after: 42 } as never));
      expect(given.headers["retry-after"], code).toBe("42");
    }
  });

  it("carries Retry-After in every legacy dialect too, and repeats its default in the body only in the dialects that do", () => {
    for (const dialect of LEGACY_DIALECTS) {
      for (const code of ERROR_CODE_LIST.filter((c) => ERRORS[c].retry === "retry_after")) {
        const fields = exampleFields(code);
        delete fields.retry_after;
        delete fields.resets_at;
        const where = `${code} in ${dialect}`;
        const byDefault = renderError(createError(code, fields as never), {}, { dialect });
        expect(byDefault.headers["retry-after"], where).toBe(String(ERRORS[code].retryAfter));
        // RCS repeats the delay in the body; the others send it in the header alone.
        if (DIALECTS[dialect].retryAfterMember)
          expect(JSON.parse(byDefault.body).retry_after, where).toBe(Number(byDefault.headers["retry-after"]));
        else expect(JSON.parse(byDefault.body), where).not.toHaveProperty("retry_after");
        const given = renderError(createError(code, { ...fields, retry_after: 42 } as never), {}, { dialect });
        expect(given.headers["retry-after"], where).toBe("42");
        expect(JSON.parse(given.body).retry_after, where).toBe(42);
      }
    }
  });

  it("sends sandbox_quota_exceeded's Retry-After as the seconds until the reset it carries, in the header and the body alike", () => {
    const resetsAt = new Date(Date.now() + 2 * 3600 * 1000).toISOString();
    for (const accept of ["application/json", "application/problem+json"]) {
      const rendered = renderError(createError("sandbox_quota_exceeded", { resets_at: resetsAt }), { accept });
      const header = Number(rendered.headers["retry-after"]);
      expect(header, accept).toBeGreaterThan(2 * 3600 - 5);
      expect(header, accept).toBeLessThanOrEqual(2 * 3600);
      const body = JSON.parse(rendered.body);
      expect(body.error?.retry_after ?? body.retry_after, accept).toBe(header);
    }
  });

  it("carries Retry-After on 503s that have a default, and not on codes without a delay", () => {
    for (const dialect of DIALECT_NAMES) {
      for (const code of ERROR_CODE_LIST.filter((c) => ERRORS[c].status === 503)) {
        expect(renderError(createError(code), {}, { dialect }).headers["retry-after"], code).toBe(
          String(ERRORS[code].retryAfter),
        );
      }
      expect(renderError(createError("not_found"), {}, { dialect }).headers["retry-after"]).toBeUndefined();
    }
  });

  it("answers with the incoming X-Request-Id when it is well formed, a new one otherwise", () => {
    expect(renderError(createError("not_found"), { requestId: "req_fromthecaller1" }).requestId).toBe(
      "req_fromthecaller1",
    );
    const replaced = renderError(createError("not_found"), { requestId: "<script>" });
    expect(replaced.requestId).toMatch(/^req_[A-Za-z0-9]{24}$/);
    expect(replaced.body).not.toContain("<script>");
  });

  it("hides anything that is not a catalogued error behind internal_error, and tells onError the original", () => {
    const secret = new Error("password=hunter2", { cause: new Error("db at 10.0.0.7") });
    const onError = vi.fn();
    const sent = renderError(secret, { requestId: "req_correlate12345" }, { onError });
    expect(sent.status).toBe(ERRORS.internal_error.status);
    expect(JSON.parse(sent.body).error.code).toBe("internal_error");
    expect(sent.body).not.toMatch(/hunter2|10\.0\.0\.7|stack|cause/);
    expect(onError).toHaveBeenCalledWith(
      secret,
      expect.objectContaining({ requestId: "req_correlate12345", unexpected: true }),
    );
    expect(onError.mock.calls[0]![1].error.cause).toBe(secret);
  });

  it("hides anything uncatalogued behind internal_error with the catalogue's message in every dialect", () => {
    const secret = new Error("password=hunter2", { cause: new Error("db at 10.0.0.7") });
    for (const dialect of DIALECT_NAMES) {
      const sent = renderError(secret, { requestId: "req_correlate12345" }, { dialect });
      const body = JSON.parse(sent.body);
      expect(sent.status).toBe(ERRORS.internal_error.status);
      expect(codeIn(dialect, body), dialect).toBe("internal_error");
      expect(body.message ?? body.error.message, dialect).toBe(catalog.errors.internal_error.message);
      expect(sent.body).not.toMatch(/hunter2|10\.0\.0\.7|stack|cause/);
    }
  });

  it("tells onError about catalogued errors too, and survives an onError that throws", () => {
    const error = createError("not_found");
    const sent = renderError(
      error,
      {},
      {
        onError: (thrown, event) => {
          expect(thrown).toBe(error);
          expect(event.unexpected).toBe(false);
          throw new Error("logger down");
        },
      },
    );
    expect(sent.status).toBe(404);
  });

  it("keeps the cause of a catalogued error off the wire", () => {
    const sent = renderError(createError("not_found", {}, { cause: new Error("chat 42 belongs to org 7") }), PROBLEM);
    expect(sent.body).not.toMatch(/org 7|cause|stack/);
  });
});

const SECRET = "S3CRET-do-not-leak";

/**
 * Thrown values of every sort, each hiding the secret wherever it can. Each is made by a thunk, so
 * that fast-check never touches the hostile ones itself.
 */
const hostile: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.anything().map((value) => () => value),
  fc.string().map((s) => () => `${s}${SECRET}`),
  fc.constantFrom<() => unknown>(
    () => null,
    () => undefined,
    () => Symbol(SECRET),
    () => 10n ** 30n,
    () => () => SECRET,
    () => ({ message: SECRET, stack: `at ${SECRET}`, cause: SECRET }),
    () => ({ code: "internal_error", type: "api_error", message: SECRET, toBody: () => ({ error: SECRET }) }),
    () => Object.assign(new TypeError(SECRET), { code: "not_found", status: 404, secret: SECRET }),
    () => new Error(`connect ${SECRET}`, { cause: new Error(SECRET) }),
    () =>
      Object.defineProperty({}, "message", {
        get() {
          throw new Error(SECRET);
        },
        enumerable: true,
      }),
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error(SECRET);
          },
          getPrototypeOf() {
            throw new Error(SECRET);
          },
          has() {
            throw new Error(SECRET);
          },
          ownKeys() {
            throw new Error(SECRET);
          },
        },
      ),
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
    () => Object.create(null),
    () => createError("internal_error", {}, { cause: SECRET }),
  ),
  fc.string().map((s) => () => new Error(`${s} ${SECRET}`, { cause: new Error(SECRET) })),
);

function expectNothingLeaks(
  sent: RenderedError | { status: number; body: string },
  dialect: Dialect,
  problem: boolean,
) {
  expect(sent.status).toBe(500);
  expect(sent.body).not.toContain(SECRET);
  expect(sent.body).not.toMatch(/"(stack|cause)"/);
  const parsed = JSON.parse(sent.body);
  expect(problem ? parsed.code : codeIn(dialect, parsed)).toBe("internal_error");
}

const OPAQUE_ID = "req_opaquebodies001";
const anyDialect = fc.constantFrom(...DIALECT_NAMES);

describe("anything thrown", () => {
  it("never leaks a stack, message or cause, in either form and every dialect, and never makes the handler throw", () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), anyDialect, (make, problem, dialect) => {
        const request = problem ? { ...PROBLEM, requestId: OPAQUE_ID } : { requestId: OPAQUE_ID };
        const sent = renderError(make(), request, { dialect });
        expectNothingLeaks(sent, dialect, problem);
        if (problem) expect(schemaErrors(bodyOfProblem(JSON.parse(sent.body)))).toBeNull();
        else if (dialect === "standard") expect(schemaErrors(JSON.parse(sent.body))).toBeNull();
        // Whatever was thrown, the same bytes as internal_error raised on purpose.
        expect(sent.body).toBe(renderError(createError("internal_error"), request, { dialect }).body);
      }),
      { numRuns: 300 },
    );
  });

  it("never leaks through the Web adapter either", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), anyDialect, async (make, problem, dialect) => {
        const request = new Request("http://localhost/", { headers: problem ? PROBLEM : {} });
        const response = toResponse(make(), request, { dialect });
        expectNothingLeaks({ status: response.status, body: await response.text() }, dialect, problem);
      }),
      { numRuns: 150 },
    );
  });
});

describe("the dialect option", () => {
  const error = createError("not_found");

  it("takes a function of the request, which reads its headers, so old clients keep their shape", () => {
    const dialect = (request: { header?: (name: string) => string | undefined }) =>
      request.header?.("api-version") === "2024-01-01" ? "standard" : "imessage";
    const headers = new Headers({ "api-version": "2024-01-01" });
    const newer = renderError(error, { header: (name) => headers.get(name) ?? undefined }, { dialect });
    expect(newer.dialect).toBe("standard");
    expect(JSON.parse(newer.body).error.code).toBe("not_found");
    const older = renderError(error, { header: () => undefined }, { dialect });
    expect(older.dialect).toBe("imessage");
    expect(JSON.parse(older.body)).toEqual({ error: "ApiError", message: "Resource not found.", status: 404 });
  });

  it("falls back to standard when the function throws or names no dialect, and tells onError", () => {
    const cases: [unknown, ErrorEvent["dialectFallback"]][] = [
      [
        () => {
          throw new Error(SECRET);
        },
        { reason: "threw", value: expect.any(Error) },
      ],
      [() => "klingon", { reason: "not_a_dialect", value: "klingon" }],
      [() => undefined, { reason: "not_a_dialect", value: undefined }],
      [() => "__proto__", { reason: "not_a_dialect", value: "__proto__" }],
      ["RCS", { reason: "not_a_dialect", value: "RCS" }],
      [42, { reason: "not_a_dialect", value: 42 }],
    ];
    for (const [dialect, fallback] of cases) {
      const events: ErrorEvent[] = [];
      const sent = renderError(
        error,
        { requestId: OPAQUE_ID },
        {
          dialect: dialect as never,
          onError: (_thrown, event) => events.push(event),
        },
      );
      expect(sent.dialect).toBe("standard");
      expect(sent.status).toBe(404);
      expect(sent.body).toBe(renderError(error, { requestId: OPAQUE_ID }).body);
      expect(sent.body).not.toContain(SECRET);
      expect(events).toEqual([expect.objectContaining({ dialect: "standard", dialectFallback: fallback })]);
    }
  });

  it("tells onError the dialect chosen, and nothing about a fallback when there was none", () => {
    const events: ErrorEvent[] = [];
    renderError(error, {}, { dialect: () => "sms", onError: (_thrown, event) => events.push(event) });
    renderError(error, {}, { onError: (_thrown, event) => events.push(event) });
    expect(events.map((event) => [event.dialect, "dialectFallback" in event])).toEqual([
      ["sms", false],
      ["standard", false],
    ]);
  });

  it("gives the function an empty context when renderError is called without a request", () => {
    let seen: unknown;
    renderError(error, undefined, {
      dialect: (request) => {
        seen = request;
        return "rcs";
      },
    });
    expect(seen).toEqual({});
  });

  it("keeps a replaced message's code in a generic body, so that a client can still read it", () => {
    const generic = renderError(createError("not_found"), {}, { dialect: "imessage" });
    expect(JSON.parse(generic.body)).not.toHaveProperty("code");
    const replaced = renderError(
      createError("not_found", {}, { message: "No such chat." }),
      {},
      { dialect: "imessage" },
    );
    expect(JSON.parse(replaced.body)).toEqual({
      error: "ApiError",
      message: "No such chat.",
      status: 404,
      code: "not_found",
    });
  });
});

describe("forcing a form", () => {
  it("sends the form asked for, whatever Accept says", () => {
    const problem = renderError(createError("not_found"), { accept: "application/json" }, { form: "problem" });
    expect(problem.headers["content-type"]).toBe("application/problem+json");
    expect(JSON.parse(problem.body).type).toBe(docUrlOf("not_found"));
    const json = renderError(createError("not_found"), PROBLEM, { form: "json" });
    expect(JSON.parse(json.body).error.code).toBe("not_found");
  });
});
