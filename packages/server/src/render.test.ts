import { ERROR_CODE_LIST, ERRORS, catalog, docUrlOf, problemInstanceOf } from "@errata/catalog/zod";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { createError } from "./error.js";
import { renderError, type RenderedError } from "./render.js";
import { bodyOfProblem, exampleFields, schemaErrors } from "./test-support.js";
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
    for (const code of ERROR_CODE_LIST.filter((c) => ERRORS[c].status === 503)) {
      expect(renderError(createError(code)).headers["retry-after"], code).toBe(String(ERRORS[code].retryAfter));
    }
    expect(renderError(createError("not_found")).headers["retry-after"]).toBeUndefined();
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

function expectNothingLeaks(sent: RenderedError | { status: number; body: string }) {
  expect(sent.status).toBe(500);
  expect(sent.body).not.toContain(SECRET);
  expect(sent.body).not.toMatch(/"(stack|cause)"/);
  const parsed = JSON.parse(sent.body);
  const code = parsed.code ?? parsed.error?.code;
  expect(code).toBe("internal_error");
}

describe("anything thrown", () => {
  it("never leaks a stack, message or cause, in either form, and never makes the handler throw", () => {
    fc.assert(
      fc.property(hostile, fc.boolean(), (make, problem) => {
        const sent = renderError(make(), problem ? PROBLEM : {});
        expectNothingLeaks(sent);
        if (problem) expect(schemaErrors(bodyOfProblem(JSON.parse(sent.body)))).toBeNull();
        else expect(schemaErrors(JSON.parse(sent.body))).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("never leaks through the Web adapter either", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (make, problem) => {
        const request = new Request("http://localhost/", { headers: problem ? PROBLEM : {} });
        const response = toResponse(make(), request);
        expectNothingLeaks({ status: response.status, body: await response.text() });
      }),
      { numRuns: 150 },
    );
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
