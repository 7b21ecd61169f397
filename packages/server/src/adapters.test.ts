import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { ERROR_CODE_LIST, ERRORS, type ErrorCode, isErrorCode } from "@errata/catalog";
import { serve } from "@hono/node-server";
import express from "express";
import Fastify from "fastify";
import Fastify4 from "fastify4";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOfProblem, exampleFields, schemaErrors } from "../../../tests/support/server-bodies.js";
import { createError } from "./error.js";
import { errataErrorHandler, errataNotFound } from "./express.js";
import { errataFastifyErrorHandler, errataFastifyNotFound } from "./fastify.js";
import { sendError } from "./node.js";
import { toResponse } from "./web.js";

const SECRET = "S3CRET-adapter-leak";

// Express 4, installed under another name; it ships no types of its own, and its API is the same here.
const express4 = createRequire(import.meta.url)("express4") as typeof express;

/** What every test app raises for a path: the code's example error, a plain Error with a secret, or not_found. */
function raise(path: string): never {
  const code = path.split("/")[2] ?? "";
  if (path.startsWith("/errors/") && isErrorCode(code)) throw createError(code, exampleFields(code) as never);
  if (path === "/boom") throw new Error(`db password ${SECRET}`, { cause: new Error(SECRET) });
  throw createError("not_found");
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

interface Running {
  url: string;
  close(): Promise<void>;
}

const closeServer = (server: Server) => () =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

async function startExpress(framework: typeof express): Promise<Running> {
  const app = framework();
  app.use(framework.json());
  app.get("/errors/:code", (request) => raise(request.path));
  app.get("/boom", (request) => raise(request.path));
  app.post("/json", (_request, response) => {
    response.json({ ok: true });
  });
  app.use(errataNotFound());
  app.use(errataErrorHandler());
  const server = createServer(app);
  return { url: await listen(server), close: closeServer(server) };
}

/** The body schema of the Fastify apps' validated route. */
const VALIDATED = { type: "object", required: ["to"], properties: { to: { type: "string", minLength: 2 } } };

async function startFastify(framework: typeof Fastify): Promise<Running> {
  const app = framework();
  app.get("/errors/:code", async (request) => raise(request.url.split("?")[0] as string));
  app.get("/boom", async (request) => raise(request.url));
  app.post("/json", async () => ({ ok: true }));
  app.post("/validated", { schema: { body: VALIDATED } }, async () => ({ ok: true }));
  app.setErrorHandler(errataFastifyErrorHandler());
  app.setNotFoundHandler(errataFastifyNotFound());
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
}

const adapters: Record<string, () => Promise<Running>> = {
  "Web Response, under Hono": async () => {
    const app = new Hono();
    app.get("/errors/:code", (c) => raise(c.req.path));
    app.get("/boom", (c) => raise(c.req.path));
    app.onError((error, c) => toResponse(error, c.req.raw));
    app.notFound((c) => toResponse(createError("not_found"), c.req.raw));
    const server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s as Server));
    });
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: closeServer(server) };
  },
  "Node http.ServerResponse": async () => {
    const server = createServer((request, response) => {
      try {
        raise(new URL(request.url ?? "/", "http://x").pathname);
      } catch (error) {
        sendError(response, error, request);
      }
    });
    return { url: await listen(server), close: closeServer(server) };
  },
  "Express 5 error middleware": () => startExpress(express),
  "Express 4 error middleware": () => startExpress(express4),
  "Fastify 5 error handler": () => startFastify(Fastify),
  // Fastify 4's app has the same surface for what the test uses.
  // Fastify 4's declarations differ from 5's where these tests never reach: the calls here are the same on both.
  "Fastify 4 error handler": () => startFastify(Fastify4 as unknown as typeof Fastify),
};

const forms = {
  json: { accept: "application/json", contentType: "application/json; charset=utf-8" },
  problem: { accept: "application/problem+json", contentType: "application/problem+json" },
} as const;

async function get(url: string, headers: Record<string, string>) {
  const response = await fetch(url, { headers });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

for (const [name, start] of Object.entries(adapters)) {
  describe(`${name}, on a real server`, () => {
    let server: Running;
    beforeAll(async () => {
      server = await start();
    });
    afterAll(() => server.close());

    for (const [formName, form] of Object.entries(forms)) {
      it(`sends every catalogued code as ${formName}, valid against error.schema.json, with its status and headers`, async () => {
        for (const code of ERROR_CODE_LIST as readonly ErrorCode[]) {
          const { response, body } = await get(`${server.url}/errors/${code}`, { accept: form.accept });
          expect(response.status, code).toBe(ERRORS[code].status);
          expect(response.headers.get("content-type"), code).toBe(form.contentType);
          const wire = formName === "problem" ? bodyOfProblem(body) : body;
          expect(schemaErrors(wire), code).toBeNull();
          expect((wire as { error: { code: string } }).error.code).toBe(code);
          expect(response.headers.get("request-id"), code).toBe((wire as { request_id: string }).request_id);
          const retryAfter = ERRORS[code].retry === "retry_after" || ERRORS[code].status === 503;
          if (retryAfter) expect(Number(response.headers.get("retry-after")), code).toBeGreaterThanOrEqual(0);
          if (ERRORS[code].retry === "retry_after") {
            expect(response.headers.get("retry-after"), code).toBe(
              String((wire as { error: { retry_after: number } }).error.retry_after),
            );
          }
        }
      });
    }

    it("answers with the caller's X-Request-Id in the header and the body", async () => {
      const { response, body } = await get(`${server.url}/errors/not_found`, { "x-request-id": "req_caller0000001" });
      expect(response.headers.get("request-id")).toBe("req_caller0000001");
      expect(body.request_id).toBe("req_caller0000001");
    });

    it("hides an uncatalogued throw behind internal_error in both forms, leaking nothing", async () => {
      for (const form of Object.values(forms)) {
        const response = await fetch(`${server.url}/boom`, { headers: { accept: form.accept } });
        const text = await response.text();
        expect(response.status).toBe(ERRORS.internal_error.status);
        expect(text).not.toContain(SECRET);
        expect(text).not.toMatch(/"(stack|cause)"/);
        expect(text).toContain('"internal_error"');
      }
    });

    it("answers an unmatched route with the catalogue's not_found", async () => {
      const { response, body } = await get(`${server.url}/no/such/route`, {});
      expect(response.status).toBe(404);
      expect(schemaErrors(body)).toBeNull();
      expect((body.error as { code: string }).code).toBe("not_found");
    });

    if (name.startsWith("Express") || name.startsWith("Fastify")) {
      it("turns the framework's unparseable-JSON error into invalid_json", async () => {
        const response = await fetch(`${server.url}/json`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: '{"to": ',
        });
        const body = await response.json();
        expect(response.status).toBe(ERRORS.invalid_json.status);
        expect(body.error.code).toBe("invalid_json");
        expect(schemaErrors(body)).toBeNull();
      });
    }

    if (name.startsWith("Fastify")) {
      it("turns Fastify's schema validation errors into validation_failed with dotted fields", async () => {
        const response = await fetch(`${server.url}/validated`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ to: "x" }),
        });
        const body = await response.json();
        expect(response.status).toBe(ERRORS.validation_failed.status);
        expect(body.error.details).toEqual([{ field: "to", message: expect.any(String) }]);
        expect(schemaErrors(body)).toBeNull();
        const missing = await (
          await fetch(`${server.url}/validated`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: "{}",
          })
        ).json();
        expect(missing.error.details[0].field).toBe("to");
      });
    }
  });
}
