/**
 * The server under faults: Express and Fastify apps whose frameworks raise their own errors (a body
 * too large, an unreadable charset, an unsupported media type, bad JSON, schema validation),
 * `http-errors`, polluted prototypes, hostile getters and proxies, and long or tricky `Accept`
 * headers, in every dialect (each app answers in the dialect a request header names). Each probe is
 * bounded: a few requests on loopback, small bodies, a test timeout. The README's "Guarantees" list
 * is what this file checks.
 */
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { DIALECT_NAMES, type Dialect, ERRORS, type ErrorCode, LEGACY_DIALECTS } from "@errata/catalog";
import { withRetry } from "@errata/client";
import express from "express";
import Fastify from "fastify";
import Fastify4 from "fastify4";
import createHttpError from "http-errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeIn, schemaErrors } from "../../../tests/support/server-bodies.js";
import { MAX_RANGES, preferredForm } from "./accept.js";
import { createError } from "./error.js";
import { errataErrorHandler, errataNotFound } from "./express.js";
import { errataFastifyErrorHandler } from "./fastify.js";
import { fromFrameworkError } from "./framework.js";
import { sendError } from "./node.js";
import { renderError, type SendOptions } from "./render.js";

const PROBE = { timeout: 15_000 };
/** Every app answers in the dialect this request header names, standard when it names none. */
const DIALECT_HEADER = "api-dialect";
const byHeader: SendOptions = {
  dialect: (request) => (request.header?.(DIALECT_HEADER) ?? "standard") as Dialect,
};
const SECRET = "S3CRET-framework-leak";
const express4 = createRequire(import.meta.url)("express4") as typeof express;

interface Running {
  readonly url: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** Routes every app has: JSON bodies with a 1 KiB limit, http-errors, and a hostile validation error. */
async function startExpress(framework: typeof express): Promise<Running> {
  const app = framework();
  app.post("/json", framework.json({ limit: "1kb" }), (_request, response) => {
    response.json({ ok: true });
  });
  app.get("/http-error/:status", (request) => {
    throw createHttpError(Number(request.params.status), `db password ${SECRET}`);
  });
  app.use(errataNotFound(byHeader));
  app.use(errataErrorHandler(byHeader));
  const server = createServer(app);
  const url = await listen(server);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const VALIDATED = { type: "object", required: ["to"], properties: { to: { type: "string", minLength: 2 } } };

async function startFastify(framework: typeof Fastify): Promise<Running> {
  const app = framework({ bodyLimit: 1024 });
  app.post("/json", async () => ({ ok: true }));
  app.post("/validated", { schema: { body: VALIDATED } }, async () => ({ ok: true }));
  app.get("/http-error/:status", async (request) => {
    throw createHttpError(Number((request.params as { status: string }).status), `db password ${SECRET}`);
  });
  app.get("/fake-validation", async () => {
    throw Object.assign(new Error("x"), { validation: [{ instancePath: "/a", message: `<${SECRET}>` }] });
  });
  app.get("/fake-fastify-validation", async () => {
    throw Object.assign(new Error("x"), {
      code: "FST_ERR_VALIDATION",
      validation: [{ instancePath: "/a", message: `<${SECRET}>` }],
    });
  });
  app.setErrorHandler(errataFastifyErrorHandler(byHeader));
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
}

const apps: Record<string, () => Promise<Running>> = {
  "Express 5": () => startExpress(express),
  "Express 4": () => startExpress(express4),
  "Fastify 5": () => startFastify(Fastify),
  // Fastify 4's declarations differ from 5's where these tests never reach: the calls here are the same on both.
  "Fastify 4": () => startFastify(Fastify4 as unknown as typeof Fastify),
};

/**
 * A response's status, code (read where the dialect puts it) and text, checked for the secret, and
 * in the standard dialect against the schema.
 */
async function answer(
  response: Response,
  dialect: Dialect = "standard",
): Promise<{ status: number; code: unknown; text: string }> {
  const text = await response.text();
  const body = JSON.parse(text) as Record<string, unknown>;
  if (dialect === "standard") expect(schemaErrors(body)).toBeNull();
  expect(text).not.toContain(SECRET);
  expect(response.headers.get("request-id")).toMatch(/^req_/);
  return { status: response.status, code: codeIn(dialect, body), text };
}

const JSON_BODY = { "content-type": "application/json" };

const post = (url: string, body: string, headers: Record<string, string> = JSON_BODY) =>
  fetch(url, { method: "POST", body, headers });

const inDialect = (dialect: Dialect, headers: Record<string, string> = {}) => ({
  ...headers,
  [DIALECT_HEADER]: dialect,
});

for (const [name, start] of Object.entries(apps)) {
  describe(`${name} raising its own errors`, () => {
    let app: Running;
    beforeAll(async () => {
      app = await start();
    });
    afterAll(() => app.close());

    it(
      "regression: a body over the parser's limit is a 413 payload_too_large, not a 500, in every dialect",
      PROBE,
      async () => {
        for (const dialect of DIALECT_NAMES) {
          const big = JSON.stringify({ text: "x".repeat(200_000) });
          const sent = await answer(await post(`${app.url}/json`, big, inDialect(dialect, JSON_BODY)), dialect);
          expect(sent, dialect).toMatchObject({ status: ERRORS.payload_too_large.status, code: "payload_too_large" });
        }
      },
    );

    it("regression: a 200 KB POST refused with 413 is sent once by withRetry, not three times", PROBE, async () => {
      let attempts = 0;
      const counting = (input: string | URL | Request, init?: RequestInit) => {
        attempts++;
        return fetch(input, init);
      };
      const response = await withRetry(counting, { baseDelayMs: 1 })(`${app.url}/json`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "x".repeat(200_000) }),
      });
      expect(response.status).toBe(ERRORS.payload_too_large.status);
      expect(attempts).toBe(1);
    });

    it(
      "regression: a body the framework cannot read is a 415 unsupported_media_type, not a 500, in every dialect",
      PROBE,
      async () => {
        // Express's parser refuses an unknown charset; Fastify an unknown content type.
        const headers = name.startsWith("Express")
          ? { "content-type": "application/json; charset=klingon" }
          : { "content-type": "text/klingon" };
        for (const dialect of DIALECT_NAMES) {
          const sent = await answer(await post(`${app.url}/json`, '{"to":"x"}', inDialect(dialect, headers)), dialect);
          expect(sent, dialect).toMatchObject({
            status: ERRORS.unsupported_media_type.status,
            code: "unsupported_media_type",
          });
        }
      },
    );

    it("keeps an unparseable JSON body a 400: invalid_json, or the 400 its dialect's API sends", PROBE, async () => {
      // RCS and iMessage send no invalid_json: their general 400 is validation_failed. SMS sends no 400 code.
      const expected = {
        standard: "invalid_json",
        rcs: "validation_failed",
        imessage: "validation_failed",
        sms: "invalid_json",
      };
      for (const dialect of DIALECT_NAMES) {
        const sent = await answer(await post(`${app.url}/json`, '{"to": ', inDialect(dialect, JSON_BODY)), dialect);
        expect(sent, dialect).toMatchObject({ status: ERRORS.invalid_json.status, code: expected[dialect] });
      }
    });

    it(
      "regression: an http-errors 4xx keeps its status with a catalogued code and never its own message",
      PROBE,
      async () => {
        const cases: [number, ErrorCode][] = [
          [404, "not_found"],
          [401, "unauthorized"],
          [403, "forbidden"],
          [409, "conflict"],
          [422, "invalid_request"],
          [400, "validation_failed"],
          [418, "validation_failed"],
        ];
        for (const [status, code] of cases) {
          const sent = await answer(await fetch(`${app.url}/http-error/${status}`));
          // A client status the catalogue has no code of (418) is sent as a malformed request.
          expect([status, sent.code, sent.status]).toEqual([status, code, ERRORS[code].status]);
        }
        // In a legacy dialect the status is kept too, with a catalogued code of it (which one: below).
        for (const dialect of LEGACY_DIALECTS) {
          for (const [status, code] of cases) {
            const sent = await answer(
              await fetch(`${app.url}/http-error/${status}`, { headers: inDialect(dialect) }),
              dialect,
            );
            expect(sent.status, `${status} in ${dialect}`).toBe(ERRORS[code].status);
            expect(ERRORS[sent.code as ErrorCode]?.status, `${status} in ${dialect}`).toBe(ERRORS[code].status);
          }
        }
        // A 5xx is the service's own failure: hidden behind internal_error like any other.
        for (const dialect of DIALECT_NAMES) {
          const response = await fetch(`${app.url}/http-error/503`, { headers: inDialect(dialect) });
          expect(await answer(response, dialect), dialect).toMatchObject({ status: 500, code: "internal_error" });
        }
      },
    );

    if (name.startsWith("Fastify")) {
      it("regression: a thrown error's own validation[].message never reaches the wire", PROBE, async () => {
        for (const dialect of DIALECT_NAMES) {
          for (const path of ["/fake-validation", "/fake-fastify-validation"]) {
            const sent = await answer(await fetch(`${app.url}${path}`, { headers: inDialect(dialect) }), dialect);
            expect(sent, dialect).toMatchObject({ status: 500, code: "internal_error" });
          }
        }
      });

      it(
        "still turns Fastify's own validation errors into validation_failed with details, in every dialect",
        PROBE,
        async () => {
          for (const dialect of DIALECT_NAMES) {
            const response = await post(`${app.url}/validated`, "{}", inDialect(dialect, JSON_BODY));
            const sent = await answer(response, dialect);
            expect(sent, dialect).toMatchObject({ status: 400, code: "validation_failed" });
            const body = JSON.parse(sent.text);
            expect((body.error.details ?? body.details)[0].field, dialect).toBe("to");
          }
        },
      );
    }
  });
}

describe("fromFrameworkError", () => {
  it("reads status and expose from the error and its class, never from a polluted prototype or a getter", () => {
    const proto = Object.prototype as Record<string, unknown>;
    const errorProto = Error.prototype as Error & Record<string, unknown>;
    proto.status = 404;
    proto.expose = true;
    errorProto.statusCode = 404;
    try {
      expect(fromFrameworkError(new Error(SECRET))).toBeUndefined();
      expect(renderError(new Error(SECRET)).status).toBe(500);
    } finally {
      delete proto.status;
      delete proto.expose;
      delete errorProto.statusCode;
    }
    const getter = new Error(SECRET);
    Object.defineProperty(getter, "status", {
      get: () => {
        throw new Error("getter");
      },
    });
    Object.defineProperty(getter, "expose", { get: () => true });
    expect(fromFrameworkError(getter)).toBeUndefined();
    const revoked = Proxy.revocable(new Error(SECRET), {});
    revoked.revoke();
    expect(fromFrameworkError(revoked.proxy)).toBeUndefined();
    expect(
      fromFrameworkError(
        new Proxy(createHttpError(404), {
          getPrototypeOf: () => {
            throw new Error("trap");
          },
        }),
      ),
    ).toBeUndefined();
  });

  it("prefers, in a legacy dialect, a general code that API sends with the same status, else the standard mapping", () => {
    const statuses = [400, 401, 403, 404, 409, 413, 415, 422, 429, 418];
    // Where the API sends no general code of a status (iMessage's 429s need counts a framework
    // cannot know), the standard mapping stands.
    const expected: Record<Dialect, ErrorCode[]> = {
      standard: [
        "validation_failed",
        "unauthorized",
        "forbidden",
        "not_found",
        "conflict",
        "payload_too_large",
        "unsupported_media_type",
        "invalid_request",
        "rate_limit_exceeded",
        "validation_failed",
      ],
      rcs: [
        "validation_failed",
        "unauthorized",
        "forbidden",
        "not_found",
        "conflict",
        "payload_too_large",
        "unsupported_media_type",
        "semantic_validation_failed",
        "rate_limit_exceeded",
        "validation_failed",
      ],
      imessage: [
        "validation_failed",
        "unauthorized",
        "forbidden",
        "not_found",
        "conflict",
        "payload_too_large",
        "unsupported_media_type",
        "invalid_request",
        "rate_limit_exceeded",
        "validation_failed",
      ],
      sms: [
        "validation_failed",
        "unauthorized",
        "forbidden",
        "not_found",
        "conflict",
        "payload_too_large",
        "unsupported_media_type",
        "invalid_request",
        "throttled",
        "validation_failed",
      ],
    };
    for (const dialect of DIALECT_NAMES) {
      const codes = statuses.map((status) => fromFrameworkError(createHttpError(status, SECRET), dialect)?.code);
      expect(codes, dialect).toEqual(expected[dialect]);
    }
    // The body parser's own cases: invalid_json is no code of RCS or iMessage, whose general 400 is validation_failed.
    const parse = Object.assign(createHttpError(400, SECRET), { type: "entity.parse.failed" });
    expect(DIALECT_NAMES.map((dialect) => fromFrameworkError(parse, dialect)?.code)).toEqual([
      "invalid_json",
      "validation_failed",
      "validation_failed",
      "invalid_json",
    ]);
  });

  it("sends iMessage's generic 400 for a framework's 400, with no details, as the iMessage API does", () => {
    const sent = renderError(createHttpError(400, SECRET), {}, { dialect: "imessage" });
    expect(JSON.parse(sent.body)).toEqual({ error: "ApiError", message: "Invalid request parameters.", status: 400 });
    const rcs = JSON.parse(renderError(createHttpError(400, SECRET), {}, { dialect: "rcs" }).body);
    expect(rcs).toMatchObject({ error: "validation_failed", details: [{ field: "" }] });
  });

  it("leaves plain errors and objects shaped like http-errors that are not errors alone", () => {
    expect(fromFrameworkError({ status: 404, expose: true, message: SECRET })).toBeUndefined();
    expect(fromFrameworkError(Object.assign(new Error(SECRET), { status: 404 }))).toBeUndefined();
    expect(fromFrameworkError(createHttpError(404, SECRET))?.code).toBe("not_found");
  });
});

describe("a polluted Object.prototype", () => {
  const pollute = (members: Record<string, unknown>, run: () => void) => {
    const proto = Object.prototype as Record<string, unknown>;
    for (const [key, value] of Object.entries(members)) proto[key] = value;
    try {
      run();
    } finally {
      for (const key of Object.keys(members)) delete proto[key];
    }
  };

  it("regression: an enumerable member on Object.prototype does not make renderError or sendError throw", () => {
    pollute({ polluted: 1 }, () => {
      const rendered = renderError(new Error(SECRET));
      expect(rendered.status).toBe(500);
      expect(JSON.parse(rendered.body).error.code).toBe("internal_error");
      const written: Record<string, unknown> = {};
      const response = {
        headersSent: false,
        writableEnded: false,
        statusCode: 0,
        setHeader: (name: string, value: unknown) => void (written[name] = value),
        writeHead(status: number, headers: Record<string, unknown>) {
          this.statusCode = status;
          Object.assign(written, headers);
        },
        end: (body: string) => void (written.body = body),
      };
      expect(() => sendError(response as never, new Error(SECRET))).not.toThrow();
      expect(response.statusCode).toBe(500);
      expect(createError("not_found").status).toBe(404);
    });
  });

  it("regression: Object.prototype.param does not reach any body in any dialect, nor retry_after a Retry-After header", () => {
    pollute({ param: "INJECTED", retry_after: 7, details: [{ field: "x", message: "INJECTED" }] }, () => {
      for (const thrown of [new Error(SECRET), createError("not_found"), createError("invalid_json")]) {
        for (const dialect of DIALECT_NAMES) {
          for (const accept of ["application/json", "application/problem+json"]) {
            const rendered = renderError(thrown, { accept }, { dialect });
            expect(rendered.body).not.toContain("INJECTED");
            expect(rendered.headers["retry-after"]).toBeUndefined();
          }
        }
      }
    });
  });

  it("sets no adapter option, nor a request header, from Object.prototype", () => {
    pollute(
      { form: "problem", accept: "application/problem+json", "x-request-id": "req_polluted000001", dialect: "sms" },
      () => {
        const rendered = renderError(createError("not_found"), {}, {});
        expect(rendered.headers["content-type"]).toMatch(/^application\/json/);
        expect(rendered.dialect).toBe("standard");
        const looked: unknown[] = [];
        const viaHeader = sendError(
          {
            headersSent: false,
            writeHead: () => {},
            end: () => {},
          } as never,
          createError("not_found"),
          { headers: {} },
          { dialect: (request) => (looked.push(request.header?.("dialect")), "standard") },
        );
        expect([viaHeader.dialect, looked]).toEqual(["standard", [undefined]]);
        const written: Record<string, unknown> = {};
        const response = {
          headersSent: false,
          setHeader: (n: string, v: unknown) => void (written[n] = v),
          writeHead: (_status: number, headers: Record<string, unknown>) => void Object.assign(written, headers),
          end: () => {},
        };
        sendError(response as never, createError("not_found"), { headers: {} });
        expect(written["content-type"]).toMatch(/^application\/json/);
        expect(written["request-id"]).not.toBe("req_polluted000001");
      },
    );
  });
});

describe("hostile fields", () => {
  it("regression: a getter is read once, so the value checked is the value sent", () => {
    let reads = 0;
    const fields = {
      limit: 35,
      current: 35,
      mode: "total",
      get retry_after() {
        reads += 1;
        return reads === 1 ? 5 : "not a number";
      },
    };
    const error = createError("outbound_limit_reached", fields as never);
    expect(reads).toBe(1);
    const body = JSON.parse(renderError(error).body) as { error: { retry_after: unknown } };
    expect(body.error.retry_after).toBe(5);
    expect(renderError(error).headers["retry-after"]).toBe("5");
  });
});

describe("hostile details", () => {
  it("regression: a nested __proto__ in a details item does not pass through, in either form and any dialect", () => {
    const item = JSON.parse(`{"field":"to","message":"bad","__proto__":{"polluted":"yes"}}`) as {
      field: string;
      message: string;
    };
    const error = createError("validation_failed", { details: [item] });
    for (const dialect of DIALECT_NAMES) {
      for (const accept of ["application/json", "application/problem+json"]) {
        const body = renderError(error, { accept }, { dialect }).body;
        expect(body).not.toContain("__proto__");
        const details = JSON.parse(body) as { error?: { details: object[] }; details?: object[] };
        const first = (details.error?.details ?? details.details)?.[0] as object;
        expect(Object.getPrototypeOf(Object.assign({}, first))).toBe(Object.prototype);
      }
    }
  });
});

describe("Accept", () => {
  it("regression: a long header of repeated ranges is read only as far as its first MAX_RANGES ranges", () => {
    const repeated = Array.from({ length: 500 }, () => "application/problem+json;q=0.5").join(", ");
    expect(preferredForm(repeated)).toBe("problem");
    // What comes after the first MAX_RANGES ranges is not read, so it cannot change the answer.
    const late = `${Array.from({ length: MAX_RANGES }, () => "text/html;q=0.1").join(", ")}, application/problem+json`;
    expect(preferredForm(late)).toBe("json");
    const early = `application/problem+json, ${Array.from({ length: 5_000 }, () => "application/json;q=0.5").join(", ")}`;
    expect(preferredForm(early)).toBe("problem");
  });

  it("regression: a comma inside a quoted parameter value does not split the range", () => {
    expect(preferredForm('application/json;q=0.4;ext="a, application/problem+json;q=1;x="')).toBe("json");
    expect(preferredForm('application/problem+json;ext="a,b", application/json;q=0.5')).toBe("problem");
    expect(preferredForm('application/problem+json;ext="a\\",b";q=0.9, application/json;q=0.5')).toBe("problem");
  });
});

describe("fields changed after raising", () => {
  it("regression: a details array or item changed after createError changes neither the error nor its body", () => {
    const details = [{ field: "to", message: "Must be E.164." }];
    const error = createError("validation_failed", { details });
    const body = () => error.toJSONText("req_a1b2c3d4e5f6");
    const before = body();
    // The caller reuses its array: an item added, an item's message emptied (which the check refuses).
    details.push({ field: "send_at", message: "Must be in the future." });
    (details[0] as { message: string }).message = "";
    expect(body()).toBe(before);
    for (const dialect of LEGACY_DIALECTS) expect(renderError(error, {}, { dialect }).body).not.toContain("send_at");
    // What the error holds is frozen: it cannot be changed through the error either.
    const held = error.fields.details as { field: string; message: string }[];
    expect(Object.isFrozen(held) && Object.isFrozen(held[0])).toBe(true);
    expect(() => held.push({ field: "x", message: "y" })).toThrow(TypeError);
    expect(body()).toBe(before);
  });

  it("refuses a value nested past any field's depth, or a cycle, naming the field", () => {
    const cycle: Record<string, unknown>[] = [{ field: "to", message: "bad" }];
    (cycle[0] as Record<string, unknown>).self = cycle;
    expect(() => createError("validation_failed", { details: cycle as never })).toThrow(/details: nested more than/);
  });
});
