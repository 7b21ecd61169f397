/**
 * The client against @errata/server: every catalogued code raised by the server, sent, and
 * parsed back; the mock server over loopback; withRetry against real 429s and dropped connections.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Dialect, ERROR_CODE_LIST, ERRORS } from "@errata/catalog";
import { catalog, type ErrorCode, errorBodySchema, exampleBody } from "@errata/catalog/zod";
import { createError, toResponse } from "@errata/server";
import { type MockServer, startMockServer } from "@errata/server/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AttemptReport, fromBody, fromResponse, retryDecision, retryPolicyOf, withRetry } from "./index.js";
import { fromResponse as fromResponseValidated } from "./zod.js";

const fieldsOf = (code: ErrorCode) => catalog.errors[code].example as never;

describe("round trip through @errata/server", () => {
  it.each(ERROR_CODE_LIST)(
    "%s: raised, sent and parsed back with the same code, type, status, fields and retry policy",
    async (code) => {
      const raised = createError(code, fieldsOf(code));
      const response = toResponse(raised);
      const sent = JSON.parse(await response.clone().text()) as { error: Record<string, unknown>; request_id: string };
      expect(errorBodySchema.safeParse(sent).success).toBe(true);

      const parsed = await fromResponse(response);
      expect(parsed.known).toBe(true);
      if (!parsed.known) return;
      expect(parsed.code).toBe(raised.code);
      expect(parsed.type).toBe(raised.type);
      expect(parsed.status).toBe(raised.status);
      expect(parsed.request_id).toBe(sent.request_id);
      expect(parsed.dialect).toBe("standard");
      const { known: _k, status: _s, request_id: _r, retry_after, body, dialect: _d, ...error } = parsed;
      const { retry_after: sentRetryAfter, ...sentError } = sent.error;
      expect(error).toEqual(sentError);
      expect(JSON.parse(body as string)).toEqual(sent);
      expect(retryPolicyOf(parsed)).toBe(raised.retry);
      expect(raised.retry).toBe(ERRORS[code].retry);
      // Retry-After header and the body's retry_after agree, and the client reads either.
      const header = response.headers.get("retry-after");
      expect(retry_after).toBe(sentRetryAfter ?? (header === null ? undefined : Number(header)));
      expect(retry_after).toBe(raised.retryAfter);
      expect((await fromResponseValidated(toResponse(raised))).known).toBe(true);

      // The same error as RFC 9457 problem details, as the server sends when asked for them.
      const asProblem = toResponse(
        raised,
        new Request("http://x/", { headers: { accept: "application/problem+json" } }),
      );
      expect(asProblem.headers.get("content-type")).toMatch(/problem\+json/);
      const fromProblem = await fromResponse(asProblem);
      const { body: _b, request_id: problemId, ...problemError } = fromProblem;
      const { body: _c, request_id: _r2, ...jsonError } = parsed;
      expect(problemError).toEqual(jsonError);
      expect(problemId).toMatch(/^req_/);
    },
  );
});

/** Every (code, dialect) pair an API sends: standard for every code, plus the legacy APIs of each. */
const PAIRS = ERROR_CODE_LIST.flatMap((code) =>
  (["standard", ...ERRORS[code].apis] as Dialect[]).map((dialect) => [code, dialect] as const),
);

describe("round trip through @errata/server, in every API's dialect", () => {
  it.each(PAIRS)(
    "%s in %s: raised, sent in the dialect and parsed back with the same code, type, status, fields and request ID",
    async (code, dialect) => {
      const raised = createError(code, fieldsOf(code));
      const request = new Request("http://x/", { headers: { "x-request-id": "req_roundtrip000001" } });
      const response = toResponse(raised, request, { dialect });
      const parsed = await fromResponse(response);
      expect(parsed).toMatchObject({
        known: true,
        code,
        type: ERRORS[code].type,
        status: ERRORS[code].status,
        request_id: "req_roundtrip000001",
        dialect,
        message: raised.message,
        ...(raised.fields as object),
      });
      expect(retryPolicyOf(parsed)).toBe(ERRORS[code].retry);
    },
  );

  it("reads every pair the mock answers by ?dialect=, in the dialect asked for", async () => {
    const mock = await startMockServer({ port: 0, host: "127.0.0.1" });
    try {
      for (const [code, dialect] of PAIRS) {
        const parsed = await fromResponse(await fetch(`${mock.url}/errors/${code}?dialect=${dialect}`));
        expect(parsed, `${code} in ${dialect}`).toMatchObject({
          known: true,
          code,
          dialect,
          status: ERRORS[code].status,
        });
        expect(parsed.request_id, `${code} in ${dialect}`).toMatch(/^req_/);
      }
    } finally {
      await mock.close();
    }
  });
});

describe("the mock server over loopback", () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => mock.close());

  it("serves every code as the client expects it, fields equal to the catalogue's example", async () => {
    for (const code of ERROR_CODE_LIST) {
      const parsed = await fromResponse(await fetch(`${mock.url}/errors/${code}`));
      const example = exampleBody(code);
      expect(parsed, code).toMatchObject({ ...example.error, known: true, status: ERRORS[code].status });
      expect(parsed.request_id).toMatch(/^req_[A-Za-z0-9]{12,128}$/);
    }
  });

  it("passes field overrides through, and narrows to them", async () => {
    const parsed = await fromResponse(
      await fetch(
        `${mock.url}/errors/outbound_limit_reached?mode=per_number&allocation_id=alloc_1&sender_number=%2B15555550100&limit=50&current=50`,
      ),
    );
    expect(
      parsed.known && parsed.code === "outbound_limit_reached" && parsed.mode === "per_number" && parsed.sender_number,
    ).toBe("+15555550100");
    expect(parsed).toMatchObject({ limit: 50, current: 50 });
  });

  it("answers an unknown path with not_found, and a bad override with invalid_parameter_value", async () => {
    expect(await fromResponse(await fetch(`${mock.url}/nowhere`))).toMatchObject({
      known: true,
      code: "not_found",
      status: ERRORS.not_found.status,
    });
    const bad = await fromResponse(await fetch(`${mock.url}/errors/outbound_limit_reached?limit=-1`));
    expect(bad).toMatchObject({ known: true, code: "invalid_parameter_value", param: "limit" });
  });

  it("retry decisions of the mock's responses follow the catalogue", async () => {
    const at = async (code: ErrorCode) =>
      retryDecision(await fromResponse(await fetch(`${mock.url}/errors/${code}`)), 1, { random: () => 0 });
    expect(await at("throttled")).toEqual({ retry: true, delayMs: exampleBody("throttled").error.retry_after! * 1000 });
    expect((await at("internal_error")).retry).toBe(true);
    expect(await at("insufficient_balance")).toEqual({ retry: false, delayMs: 0 });
  });
});

/** A node:http server on 127.0.0.1:0 that answers each request from a script, recording it. */
async function scriptedServer(script: ((req: IncomingMessage, res: ServerResponse) => void)[]) {
  const seen: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    (script[Math.min(seen.length - 1, script.length - 1)] as (req: IncomingMessage, res: ServerResponse) => void)(
      req,
      res,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends `error` as @errata/server does. */
function send(error: unknown) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const response = toResponse(
      error,
      new Request("http://x/", { headers: { "x-request-id": String(req.headers["x-request-id"] ?? "") } }),
    );
    response.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
    res.writeHead(response.status);
    res.end(await response.text());
  };
}

describe("withRetry over loopback", () => {
  it("waits out a real 429 and returns the success, one Idempotency-Key throughout", async () => {
    const server = await scriptedServer([
      send(createError("throttled", { retry_after: 0 })),
      (_req, res) => res.end('{"id":"msg_1"}'),
    ]);
    try {
      const reports: AttemptReport[] = [];
      const api = withRetry(fetch, { baseDelayMs: 10, onAttempt: (r) => reports.push(r) });
      const response = await api(`${server.url}/v1/messages`, { method: "POST", body: "{}" });
      expect(await response.json()).toEqual({ id: "msg_1" });
      expect(reports.map((r) => [r.attempt, r.error?.code, r.retry])).toEqual([
        [1, "throttled", true],
        [2, undefined, false],
      ]);
      const keys = server.seen.map((req) => req.headers["idempotency-key"]);
      expect(keys).toHaveLength(2);
      expect(keys[0]).toBeTruthy();
      expect(keys[1]).toBe(keys[0]);
    } finally {
      await server.close();
    }
  });

  it("retries a POST whose connection dropped, with the same key, so the server can deduplicate", async () => {
    const server = await scriptedServer([(req) => req.socket.destroy(), (_req, res) => res.end("ok")]);
    try {
      const response = await withRetry(fetch, { baseDelayMs: 1 })(`${server.url}/v1/messages`, {
        method: "POST",
        body: "{}",
      });
      expect(await response.text()).toBe("ok");
      expect(server.seen).toHaveLength(2);
      expect(server.seen[1]!.headers["idempotency-key"]).toBe(server.seen[0]!.headers["idempotency-key"]);
    } finally {
      await server.close();
    }
  });

  it("turns a proxy's HTML 502 and an endless body into transport errors with the status", async () => {
    const server = await scriptedServer([
      (_req, res) => {
        res.writeHead(502, { "content-type": "text/html" });
        res.end("<html><body>Bad gateway</body></html>");
      },
      (_req, res) => {
        res.writeHead(500, { "content-type": "application/json" });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (res.write(chunk));
        };
        res.on("drain", pump);
        res.write("{");
        pump();
      },
    ]);
    try {
      expect(await fromResponse(await fetch(server.url))).toMatchObject({
        code: null,
        reason: "not_json",
        status: 502,
      });
      expect(await fromResponse(await fetch(server.url), { maxBytes: 1024 * 1024 })).toMatchObject({
        code: null,
        reason: "too_large",
        status: 500,
      });
    } finally {
      await server.close();
    }
  });

  it("parses a body another HTTP client read, with node:http's header object", async () => {
    const server = await scriptedServer([
      send(createError("sandbox_quota_exceeded", fieldsOf("sandbox_quota_exceeded"))),
    ]);
    try {
      const { status, headers, text } = await new Promise<{
        status: number;
        headers: IncomingMessage["headers"];
        text: string;
      }>((resolve, reject) => {
        import("node:http").then(({ get }) =>
          get(server.url, (res) => {
            let text = "";
            res
              .setEncoding("utf8")
              .on("data", (d: string) => (text += d))
              .on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
          }).on("error", reject),
        );
      });
      const parsed = fromBody(text, { status, headers });
      expect(parsed).toMatchObject({
        known: true,
        code: "sandbox_quota_exceeded",
        retry_after: Number(headers["retry-after"]),
        request_id: headers["request-id"],
      });
    } finally {
      await server.close();
    }
  });
});
