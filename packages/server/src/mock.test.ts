import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DIALECT_NAMES,
  ERROR_CODE_LIST,
  ERRORS,
  EXAMPLE_REQUEST_ID,
  exampleBody,
  LEGACY_DIALECTS,
} from "@errata/catalog/zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOfProblem, codeIn, SCHEMAS_DIR, schemaErrors } from "../../../tests/support/server-bodies.js";
import { type MockServer, startMockServer } from "./mock.js";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

/** The example body with the request ID of a real response. */
const expectedBody = (code: (typeof ERROR_CODE_LIST)[number], requestId: string) => ({
  ...exampleBody(code),
  request_id: requestId,
});

describe("the mock server", () => {
  it("listens on loopback on a free port and reports its URL", () => {
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    expect(mock.port).toBeGreaterThan(0);
  });

  it("serves every code's catalogue example with the code's status and a real service's headers", async () => {
    for (const code of ERROR_CODE_LIST) {
      const response = await fetch(`${mock.url}/errors/${code}`);
      const body = await response.json();
      expect(response.status, code).toBe(ERRORS[code].status);
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("request-id")).toBe(body.request_id);
      expect(body.request_id).not.toBe(EXAMPLE_REQUEST_ID);
      expect(body, code).toEqual(expectedBody(code, body.request_id));
      expect(schemaErrors(body), code).toBeNull();
      if (ERRORS[code].retry === "retry_after") expect(response.headers.get("retry-after"), code).not.toBeNull();
    }
  });

  it("serves every code as problem details when Accept prefers them", async () => {
    for (const code of ERROR_CODE_LIST) {
      const response = await fetch(`${mock.url}/errors/${code}`, { headers: { accept: "application/problem+json" } });
      const problem = await response.json();
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(bodyOfProblem(problem), code).toEqual(expectedBody(code, problem.request_id));
    }
  });

  it("overrides fields from the query string, coerced by each field's type, and re-renders the message", async () => {
    const response = await fetch(`${mock.url}/errors/outbound_limit_reached?limit=50&current=50&retry_after=120`);
    const body = await response.json();
    expect(body.error).toMatchObject({ limit: 50, current: 50, retry_after: 120 });
    expect(body.error.message).toContain("configured limit of 50");
    expect(response.headers.get("retry-after")).toBe("120");
    expect(schemaErrors(body)).toBeNull();

    const perNumber = await fetch(
      `${mock.url}/errors/outbound_limit_reached?mode=per_number&allocation_id=alloc_9&sender_number=%2B15555550123`,
    );
    expect((await perNumber.json()).error).toMatchObject({ mode: "per_number", sender_number: "+15555550123" });

    const details = encodeURIComponent(JSON.stringify([{ field: "body", message: "Too long." }]));
    const validation = await (await fetch(`${mock.url}/errors/validation_failed?details=${details}`)).json();
    expect(validation.error.details).toEqual([{ field: "body", message: "Too long." }]);
  });

  it("refuses an invalid override or an unknown field with invalid_parameter_value naming it", async () => {
    for (const [query, param] of [
      ["limit=lots", "limit"],
      ["mode=", "mode"],
      ["sender_number=5555550123", "sender_number"],
      ["colour=blue", "colour"],
    ] as const) {
      const response = await fetch(`${mock.url}/errors/outbound_limit_reached?${query}`);
      const body = await response.json();
      expect(response.status, query).toBe(ERRORS.invalid_parameter_value.status);
      expect(body.error.code).toBe("invalid_parameter_value");
      expect(body.error.param, query).toBe(param);
      expect(schemaErrors(body)).toBeNull();
    }
  });

  it("answers an unknown code or path with a catalogued not_found", async () => {
    for (const path of ["/errors/no_such_code", "/errors/%E0%A4%A", "/elsewhere"]) {
      const response = await fetch(`${mock.url}${path}`);
      const body = await response.json();
      expect(response.status).toBe(404);
      expect(body.error.code).toBe("not_found");
      expect(schemaErrors(body)).toBeNull();
    }
  });

  it("serves catalog.json exactly as schemas/catalog.json holds it", async () => {
    const response = await fetch(`${mock.url}/catalog.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.text()).toBe(readFileSync(join(SCHEMAS_DIR, "catalog.json"), "utf8"));
  });

  it("answers HEAD with the headers alone, and keeps the caller's X-Request-Id", async () => {
    const response = await fetch(`${mock.url}/errors/throttled`, {
      method: "HEAD",
      headers: { "x-request-id": "req_mockcaller0001" },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("request-id")).toBe("req_mockcaller0001");
    expect(await response.text()).toBe("");
  });

  it("answers a CORS preflight with the methods and the request headers asked for", async () => {
    const response = await fetch(`${mock.url}/errors/throttled`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "x-request-id, idempotency-key, content-type",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")?.split(", ")).toEqual(
      expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    );
    expect(response.headers.get("access-control-allow-headers")).toBe("x-request-id, idempotency-key, content-type");
    expect(await response.text()).toBe("");
  });

  it("serves a code by any method, reading past a request body, and exposes Request-Id and Retry-After", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await fetch(`${mock.url}/errors/throttled?retry_after=7`, {
        method,
        body: method === "DELETE" ? null : JSON.stringify({ text: "x".repeat(100_000) }),
      });
      const body = await response.json();
      expect(response.status, method).toBe(ERRORS.throttled.status);
      expect(body.error.code, method).toBe("throttled");
      expect(response.headers.get("retry-after"), method).toBe("7");
      expect(response.headers.get("access-control-expose-headers")?.split(", ")).toEqual(["Request-Id", "Retry-After"]);
    }
  });

  it("answers ?dialect=<name> in that dialect, by any method, with CORS and the error headers", async () => {
    for (const dialect of LEGACY_DIALECTS) {
      for (const code of ERROR_CODE_LIST.filter((c) => (ERRORS[c].apis as readonly string[]).includes(dialect))) {
        for (const method of ["GET", "POST"]) {
          const response = await fetch(`${mock.url}/errors/${code}?dialect=${dialect}`, {
            method,
            body: method === "POST" ? '{"to":"+15555550100"}' : null,
          });
          const body = await response.json();
          const where = `${method} ${code} in ${dialect}`;
          expect(response.status, where).toBe(ERRORS[code].status);
          expect(codeIn(dialect, body), where).toBe(code);
          expect(body, where).not.toHaveProperty("request_id");
          expect(response.headers.get("request-id"), where).toMatch(/^req_/);
          expect(response.headers.get("access-control-allow-origin"), where).toBe("*");
          expect(response.headers.get("access-control-expose-headers"), where).toBe("Request-Id, Retry-After");
        }
      }
    }
  });

  it("overrides fields in a dialect too, and answers a bad override in the dialect asked for", async () => {
    const response = await fetch(`${mock.url}/errors/outbound_limit_reached?dialect=imessage&limit=50&current=50`);
    const body = await response.json();
    expect(body).toMatchObject({ error: "ApiError", status: 429, code: "outbound_limit_reached", limit: 50 });
    expect(body.message).toContain("configured limit of 50");
    const bad = await fetch(`${mock.url}/errors/spend_limit_exceeded?dialect=sms&period=`);
    expect(bad.status).toBe(ERRORS.invalid_parameter_value.status);
    expect(await bad.json()).toMatchObject({ error: "invalid_parameter_value", param: "period" });
  });

  it("answers an unknown code in the dialect asked for", async () => {
    const response = await fetch(`${mock.url}/errors/no_such_code?dialect=imessage`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "ApiError", message: "Resource not found.", status: 404 });
  });

  it("refuses an unknown or repeated dialect with a 400 in the standard shape naming the dialects", async () => {
    for (const query of ["dialect=klingon", "dialect=", "dialect=RCS", "dialect=rcs&dialect=sms"]) {
      const response = await fetch(`${mock.url}/errors/not_found?${query}`);
      const body = await response.json();
      expect(response.status, query).toBe(ERRORS.invalid_parameter_value.status);
      expect(schemaErrors(body), query).toBeNull();
      expect(body.error.code, query).toBe("invalid_parameter_value");
      expect(body.error.param, query).toBe("dialect");
      for (const name of DIALECT_NAMES) expect(body.error.message, query).toContain(name);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
    }
  });

  it("closes, after which nothing listens", async () => {
    const other = await startMockServer();
    await other.close();
    await expect(fetch(`${other.url}/catalog.json`)).rejects.toThrow();
  });
});
