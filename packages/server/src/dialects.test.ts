/**
 * Every code through every API that sends it, in every adapter: the status, the headers and the body,
 * byte for byte (key order included), against the catalogue's `dialectBody` of the code's example.
 * Then the bodies of the legacy APIs' reference documents (`tests/support/seed-bodies.ts`: the
 * iMessage and SMS examples verbatim, RCS bodies to its description): raising their codes renders
 * exactly those bytes.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import {
  DIALECTS,
  type Dialect,
  dialectBody,
  ERROR_CODE_LIST,
  ERRORS,
  type ErrorCode,
  exampleBody,
  isErrorCode,
} from "@errata/catalog/zod";
import express from "express";
import Fastify from "fastify";
import Fastify4 from "fastify4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_BODIES } from "../../../tests/support/seed-bodies.js";
import { exampleFields, SCHEMAS_DIR } from "../../../tests/support/server-bodies.js";
import { createError } from "./error.js";
import { errataErrorHandler, errataNotFound } from "./express.js";
import { errataFastifyErrorHandler, errataFastifyNotFound } from "./fastify.js";
import { startMockServer } from "./mock.js";
import { sendError } from "./node.js";
import { type RequestContext, renderError, type SendOptions } from "./render.js";
import { toResponse } from "./web.js";

const express4 = createRequire(import.meta.url)("express4") as typeof express;

const REQUEST_ID = "req_roundtrip000001";
/** The header the test services choose their dialect by, as a service would by its API version. */
const DIALECT_HEADER = "api-dialect";

/** The dialect option of every test service: the dialect the request names, standard when it names none. */
const byHeader: SendOptions = {
  dialect: (request: RequestContext) => (request.header?.(DIALECT_HEADER) ?? "standard") as Dialect,
};

/** Every (code, dialect) pair an API sends: standard for every code, plus the legacy APIs of each. */
const PAIRS: readonly (readonly [ErrorCode, Dialect])[] = ERROR_CODE_LIST.flatMap((code) =>
  (["standard", ...ERRORS[code].apis] as Dialect[]).map((dialect) => [code, dialect] as const),
);

/**
 * The fields of the catalogue's example of `code` as `dialect` sends it: without the example's
 * delay where the dialect leaves the delay to the header (as the catalogue's dialect examples are).
 */
function exampleFieldsIn(code: ErrorCode, dialect: Dialect): Record<string, unknown> {
  const fields = exampleFields(code);
  if (!DIALECTS[dialect].retryAfterMember) delete fields.retry_after;
  return fields;
}

/** The catalogue's example of `code` in `dialect`, as the catalogue's one writer puts it. */
function expectedText(code: ErrorCode, dialect: Dialect): string {
  const { type, message, ...rest } = exampleBody(code).error as Record<string, unknown> & {
    type: string;
    message: string;
  };
  const error = { type, code, message, ...exampleFieldsIn(code, dialect), doc_url: rest.doc_url };
  const withoutCode = (ERRORS[code].withoutCode as readonly string[] | undefined)?.includes(dialect) ?? false;
  return JSON.stringify(
    dialectBody(dialect, error, { status: ERRORS[code].status, requestId: REQUEST_ID, withoutCode }),
  );
}

/** The Retry-After the example of `code` is sent with, or null when it has none. */
function expectedRetryAfter(code: ErrorCode, dialect: Dialect): string | null {
  const fields = exampleFieldsIn(code, dialect);
  const seconds = typeof fields.retry_after === "number" ? fields.retry_after : ERRORS[code].retryAfter;
  return seconds === undefined ? null : String(seconds);
}

/** What a test service raises for a path: the code's example error, as the dialect asked for sends it. */
function raise(path: string, asked: unknown): never {
  const code = path.split("/")[2] ?? "";
  const dialect = typeof asked === "string" && Object.hasOwn(DIALECTS, asked) ? (asked as Dialect) : "standard";
  if (path.startsWith("/errors/") && isErrorCode(code))
    throw createError(code, exampleFieldsIn(code, dialect) as never);
  throw createError("not_found");
}

interface Running {
  /** The URL that answers `code` in `dialect`. */
  urlOf(code: ErrorCode, dialect: Dialect): string;
  /** The headers that ask for `dialect`. */
  headersOf(dialect: Dialect): Record<string, string>;
  close(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

const closeServer = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** A service that picks its dialect by the request's header. */
function byHeaderAt(url: string, close: () => Promise<void>): Running {
  return {
    urlOf: (code) => `${url}/errors/${code}`,
    headersOf: (dialect) => ({ [DIALECT_HEADER]: dialect, "x-request-id": REQUEST_ID }),
    close,
  };
}

async function startExpress(framework: typeof express): Promise<Running> {
  const app = framework();
  app.get("/errors/:code", (request) => raise(request.path, request.headers[DIALECT_HEADER]));
  app.use(errataNotFound(byHeader));
  app.use(errataErrorHandler(byHeader));
  const server = createServer(app);
  return byHeaderAt(await listen(server), closeServer(server));
}

async function startFastify(framework: typeof Fastify): Promise<Running> {
  const app = framework();
  app.get("/errors/:code", async (request) =>
    raise(request.url.split("?")[0] as string, request.headers[DIALECT_HEADER]),
  );
  app.setErrorHandler(errataFastifyErrorHandler(byHeader));
  app.setNotFoundHandler(errataFastifyNotFound(byHeader));
  await app.listen({ port: 0, host: "127.0.0.1" });
  return byHeaderAt(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, () => app.close());
}

/** A response as the test reads it, from a server or from the Web adapter directly. */
interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

type Fetcher = (code: ErrorCode, dialect: Dialect) => Promise<Answer>;

async function fetched(url: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const adapters: Record<string, () => Promise<{ fetch: Fetcher; close(): Promise<void> }>> = {
  "node:http sendError": async () => {
    const server = createServer((request, response) => {
      try {
        raise(new URL(request.url ?? "/", "http://x").pathname, request.headers[DIALECT_HEADER]);
      } catch (error) {
        sendError(response, error, request, byHeader);
      }
    });
    return served(byHeaderAt(await listen(server), closeServer(server)));
  },
  "Express 5": async () => served(await startExpress(express)),
  "Express 4": async () => served(await startExpress(express4)),
  "Fastify 5": async () => served(await startFastify(Fastify)),
  // Fastify 4's declarations differ from 5's where these tests never reach: the calls here are the same on both.
  "Fastify 4": async () => served(await startFastify(Fastify4 as unknown as typeof Fastify)),
  "Web toResponse": async () => ({
    fetch: async (code, dialect) => {
      const request = new Request(`http://localhost/errors/${code}`, {
        headers: { [DIALECT_HEADER]: dialect, "x-request-id": REQUEST_ID },
      });
      let response: Response;
      try {
        raise(new URL(request.url).pathname, request.headers.get(DIALECT_HEADER));
      } catch (error) {
        response = toResponse(error, request, byHeader);
      }
      return { status: response!.status, headers: response!.headers, text: await response!.text() };
    },
    close: async () => {},
  }),
  "the mock server, by ?dialect=": async () => {
    const mock = await startMockServer();
    return served({
      urlOf: (code, dialect) => `${mock.url}/errors/${code}?dialect=${dialect}`,
      headersOf: () => ({ "x-request-id": REQUEST_ID }),
      close: () => mock.close(),
    });
  },
};

function served(running: Running): { fetch: Fetcher; close(): Promise<void> } {
  return {
    fetch: (code, dialect) => fetched(running.urlOf(code, dialect), running.headersOf(dialect)),
    close: () => running.close(),
  };
}

for (const [name, start] of Object.entries(adapters)) {
  describe(`${name}, in every dialect`, () => {
    let adapter: { fetch: Fetcher; close(): Promise<void> };
    beforeAll(async () => {
      adapter = await start();
    });
    afterAll(() => adapter.close());

    it("sends every code in every API that sends it, status, headers and body byte for byte", async () => {
      for (const [code, dialect] of PAIRS) {
        const sent = await adapter.fetch(code, dialect);
        const where = `${code} in ${dialect}`;
        expect(sent.status, where).toBe(ERRORS[code].status);
        expect(sent.headers.get("content-type"), where).toBe("application/json; charset=utf-8");
        expect(sent.headers.get("request-id"), where).toBe(REQUEST_ID);
        expect(sent.headers.get("retry-after"), where).toBe(expectedRetryAfter(code, dialect));
        expect(sent.text, where).toBe(expectedText(code, dialect));
      }
    });
  });
}

describe("the catalogue's examples and the server", () => {
  it("agree: every legacy body the server sends is the dialect example catalog.json publishes", () => {
    const file = JSON.parse(readFileSync(`${SCHEMAS_DIR}/catalog.json`, "utf8")) as {
      errors: { code: ErrorCode; dialect_examples?: Record<string, unknown> }[];
    };
    let compared = 0;
    for (const entry of file.errors) {
      for (const [dialect, example] of Object.entries(entry.dialect_examples ?? {})) {
        const fields = exampleFieldsIn(entry.code, dialect as Dialect);
        const sent = renderError(createError(entry.code, fields as never), undefined, {
          dialect: dialect as Dialect,
        });
        expect(sent.body, `${entry.code} in ${dialect}`).toBe(JSON.stringify(example));
        compared++;
      }
    }
    expect(compared).toBe(PAIRS.length - ERROR_CODE_LIST.length);
  });
});

const SEED_CASES = SEED_BODIES.map((seed) => ({ ...seed, body: JSON.parse(seed.text) as Record<string, unknown> }));

/** The catalogue's message for a seed body's code and fields. */
const catalogueMessage = (code: ErrorCode, fields: object) => createError(code, fields as never).message;

describe("the seed examples", () => {
  it("are every body of seeds 003 and 004, and bodies of every RCS status seed 002 describes", () => {
    const count = (seed: string) => SEED_CASES.filter((c) => c.seed === seed).length;
    expect([count("002"), count("003"), count("004")]).toEqual([14, 10, 14]);
    // The six generic bodies carry no code: the catalogue's generic table names one for each.
    expect(SEED_CASES.filter(({ body }) => body.error === "ApiError" && !("code" in body))).toHaveLength(6);
  });

  it("are worded as the catalogue words them, but for seed 004's example, which names the daily cap without a period", () => {
    const differing = SEED_CASES.filter(
      ({ verbatim, code, fields, body }) => verbatim && catalogueMessage(code as ErrorCode, fields) !== body.message,
    );
    expect(differing.map(({ code }) => code)).toEqual(["spend_limit_exceeded"]);
  });

  for (const { seed, dialect, body, fields, ...seen } of SEED_CASES) {
    const code = seen.code as ErrorCode;
    const message = body.message as string;
    it(`renders ${code} of seed ${seed} as the seed's body, byte for byte, through renderError, toResponse and sendError`, async () => {
      const expected = JSON.stringify(body);
      // A service gives its API's own words where they are not the catalogue's.
      const options = catalogueMessage(code, fields) === message ? undefined : { message };
      const error = () => createError(code, fields as never, options as never);
      expect(error().message).toBe(message);
      expect(error().status).toBe(ERRORS[code].status);

      const rendered = renderError(error(), { requestId: REQUEST_ID }, { dialect });
      expect(rendered.body).toBe(expected);
      expect(rendered.status).toBe(ERRORS[code].status);
      expect(rendered.headers["request-id"]).toBe(REQUEST_ID);
      // The default delay travels in the header, not in a body whose API never sent it.
      const seconds = (fields as { retry_after?: number }).retry_after ?? ERRORS[code].retryAfter;
      expect(rendered.headers["retry-after"]).toBe(seconds === undefined ? undefined : String(seconds));

      const request = new Request("http://localhost/", { headers: { "x-request-id": REQUEST_ID } });
      expect(await toResponse(error(), request, { dialect }).text()).toBe(expected);
      const written = { body: "" };
      const response = {
        headersSent: false,
        writeHead: () => response,
        end: (text: string) => void (written.body = text),
      };
      sendError(response as never, error(), { headers: { "x-request-id": REQUEST_ID } }, { dialect });
      expect(written.body).toBe(expected);
    });
  }

  it("regression: the default retry_after is not added to a legacy body, and is still the Retry-After header", () => {
    const error = createError("outbound_limit_reached", { limit: 35, current: 35, mode: "total" });
    const standard = JSON.parse(renderError(error).body);
    expect(standard.error.retry_after).toBe(ERRORS.outbound_limit_reached.retryAfter);
    const legacy = renderError(error, {}, { dialect: "imessage" });
    expect(JSON.parse(legacy.body)).not.toHaveProperty("retry_after");
    expect(legacy.headers["retry-after"]).toBe(String(ERRORS.outbound_limit_reached.retryAfter));
  });
});
