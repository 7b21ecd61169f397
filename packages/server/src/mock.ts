/**
 * The mock server: every catalogued error, sent exactly as a real service sends it, for client
 * teams to test their error handling against. Built on node:http alone.
 *
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { DIALECT_NAMES, DIALECTS, type Dialect, isDialect } from "@errata/catalog";
import { catalog, ERROR_CODE_LIST, type ErrorCode, isErrorCode } from "@errata/catalog/zod";
import * as z from "zod";
import { catalogJsonText } from "./catalog-json.js";
import { createError, ErrataFieldError } from "./error.js";
import { sendError } from "./node.js";
import { requestIdFrom } from "./request-id.js";

export interface MockServerOptions {
  /** The port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The address to listen on; loopback by default. */
  readonly host?: string;
}

export interface MockServer {
  /** The server's base URL, such as `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

type Coerce = (value: string) => unknown;

const asNumber: Coerce = (value) => (/^-?[0-9]+(\.[0-9]+)?$/.test(value) ? Number(value) : value);
const asJson: Coerce = (value) => {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};
const asBoolean: Coerce = (value) => (value === "true" ? true : value === "false" ? false : value);
const asString: Coerce = (value) => value;

/** How to read a query parameter for each field, from the JSON type of its schema. */
function coercerOf(schema: z.ZodType): Coerce {
  const { type } = z.toJSONSchema(schema, { unrepresentable: "any" }) as { type?: unknown };
  if (type === "integer" || type === "number") return asNumber;
  if (type === "boolean") return asBoolean;
  if (type === "array" || type === "object") return asJson;
  return asString;
}

const coercers = new Map<ErrorCode, Map<string, Coerce>>();

function coercersOf(code: ErrorCode): Map<string, Coerce> {
  let table = coercers.get(code);
  if (!table) {
    const fields = { param: z.string(), details: z.array(z.unknown()), ...catalog.errors[code].fields };
    table = new Map(Object.entries(fields).map(([name, schema]) => [name, coercerOf(schema as z.ZodType)]));
    coercers.set(code, table);
  }
  return table;
}

function badParameter(param: string, message: string) {
  return createError("invalid_parameter_value", { param }, { message });
}

/** The error of `code`, its example fields overridden by the query string. */
function exampleError(code: ErrorCode, query: URLSearchParams, dialect: Dialect) {
  const table = coercersOf(code);
  const fields: Record<string, unknown> = { ...(catalog.errors[code].example as Record<string, unknown>) };
  const overridden: string[] = [];
  for (const [name, value] of query) {
    const coerce = table.get(name);
    if (!coerce) {
      const known = [...table.keys()].join(", ");
      return badParameter(name, `'${name}' is not a field of ${code}. Its fields: ${known}.`);
    }
    fields[name] = coerce(value);
    overridden.push(name);
  }
  // The example's delay is a default: a dialect that leaves it to the header sends the body without it.
  if (!DIALECTS[dialect].retryAfterMember && !overridden.includes("retry_after")) delete fields.retry_after;
  try {
    return createError(code, fields as never);
  } catch (error) {
    if (!(error instanceof ErrataFieldError)) throw error;
    const param = error.fields.find((name) => overridden.includes(name)) ?? error.fields[0] ?? overridden[0] ?? "";
    return badParameter(
      param || "query",
      `The value of '${param}' is not valid for ${code}: ${error.problems.join("; ")}`,
    );
  }
}

/**
 * The dialect a request asks for with `?dialect=<name>` (taken off the query, so it is no field
 * override); `standard` when it asks for none. An unknown name, or the parameter given twice, is
 * refused with `invalid_parameter_value` naming the dialects.
 */
function dialectOf(query: URLSearchParams): Dialect {
  const asked = query.getAll("dialect");
  query.delete("dialect");
  if (asked.length === 0) return "standard";
  const [name] = asked;
  if (asked.length === 1 && isDialect(name)) return name;
  const names = DIALECT_NAMES.join(", ");
  throw badParameter(
    "dialect",
    asked.length === 1
      ? `'${name}' is not a dialect. The dialects: ${names}.`
      : `Give 'dialect' once. The dialects: ${names}.`,
  );
}

function sendJson(request: IncomingMessage, response: ServerResponse, text: string): void {
  response.writeHead(200, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "request-id": requestIdFrom(request.headers["x-request-id"]),
  });
  response.end(text);
}

function index(): string {
  const errors = Object.fromEntries(ERROR_CODE_LIST.map((code) => [code, `/errors/${code}`]));
  return `${JSON.stringify({ catalog: "/catalog.json", errors }, null, 2)}\n`;
}

/** The headers a browser reads from a cross-origin response; without them it hides them from the page. */
const EXPOSED_HEADERS = "Request-Id, Retry-After";
const ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
/** How long a browser may cache a preflight's answer, in seconds. */
const PREFLIGHT_MAX_AGE = "600";

/**
 * Answers a CORS preflight: any origin, the methods a client under test sends, and whatever
 * request headers it asks for (`X-Request-Id`, `Idempotency-Key`, `Authorization`, ...).
 */
function preflight(request: IncomingMessage, response: ServerResponse): void {
  const asked = request.headers["access-control-request-headers"];
  response.writeHead(204, {
    "access-control-allow-methods": ALLOWED_METHODS,
    ...(typeof asked === "string" && asked !== "" ? { "access-control-allow-headers": asked } : {}),
    "access-control-max-age": PREFLIGHT_MAX_AGE,
    vary: "Access-Control-Request-Headers",
  });
  response.end();
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  // Browser clients read the error headers too.
  response.setHeader("access-control-allow-origin", "*");
  response.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  let dialect: Dialect = "standard";
  try {
    const url = new URL(request.url ?? "/", "http://mock.invalid");
    if (request.method === "OPTIONS") {
      preflight(request, response);
      return;
    }
    // The body of a POST or PUT is not read: the answer depends on the path and query alone.
    request.resume();
    if (url.pathname === "/catalog.json" || url.pathname === "/") {
      sendJson(request, response, url.pathname === "/" ? index() : catalogJsonText());
      return;
    }
    const match = /^\/errors\/([^/]+)$/.exec(url.pathname);
    let code: string | undefined;
    try {
      code = match ? decodeURIComponent(match[1] as string) : undefined;
    } catch {
      code = undefined;
    }
    // A bad dialect is answered in the standard shape; anything else, an unknown code included, in
    // the dialect asked for.
    if (match) dialect = dialectOf(url.searchParams);
    if (code === undefined || !isErrorCode(code)) throw createError("not_found");
    throw exampleError(code, url.searchParams, dialect);
  } catch (error) {
    sendError(response, error, request, { dialect });
  }
}

/**
 * Starts the mock server. `/errors/<code>`, by any method, answers with the code's catalogue
 * example (status, headers, body, or problem details by `Accept`), query parameters overriding
 * fields (`?limit=50`), in the dialect of `?dialect=<name>` (`standard` by default); `/catalog.json` serves the catalogue; anything else is a `not_found`.
 * Browsers may call it from any origin: it answers CORS preflights and exposes `Request-Id` and
 * `Retry-After`.
 *
 * @example
 * const mock = await startMockServer();
 * const response = await fetch(`${mock.url}/errors/outbound_limit_reached?limit=50`);
 * await mock.close();
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer(handle);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
