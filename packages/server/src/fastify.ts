/**
 * The Fastify adapter: an error handler for `setErrorHandler` and a not-found handler. Fastify
 * itself is not imported; the handlers use the parts of its request and reply they need.
 *
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import { createError } from "./error.js";
import { fromIssues, invalidJson } from "./helpers.js";
import { renderError, type SendOptions } from "./render.js";

/** What the handlers use of a Fastify request. */
export interface FastifyRequestLike {
  readonly headers: IncomingHttpHeaders;
}

/** What the handlers use of a Fastify reply. */
export interface FastifyReplyLike {
  code(status: number): FastifyReplyLike;
  header(name: string, value: string): FastifyReplyLike;
  send(payload?: unknown): FastifyReplyLike;
}

const INVALID_JSON = new Set(["FST_ERR_CTP_INVALID_JSON_BODY", "FST_ERR_CTP_EMPTY_JSON_BODY"]);

interface FastifyValidationItem {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: { readonly missingProperty?: string };
}

/** `/attachments/0/url` (JSON Pointer) → `attachments.0.url`. */
function pointerToPath(pointer: string | undefined, missing: string | undefined): string {
  const segments = (pointer ?? "")
    .split("/")
    .slice(1)
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (missing) segments.push(missing);
  return segments.join(".");
}

/** Fastify's own errors that have a catalogued meaning: bad JSON, schema validation. */
function translate(error: unknown): unknown {
  try {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && INVALID_JSON.has(code)) return invalidJson({ cause: error });
    // Fastify 4 passes the parser's SyntaxError on, marked 400.
    if (error instanceof SyntaxError && (error as { statusCode?: unknown }).statusCode === 400) {
      return invalidJson({ cause: error });
    }
    const validation = (error as { validation?: unknown } | null)?.validation;
    if (Array.isArray(validation) && validation.length > 0) {
      const items = validation as FastifyValidationItem[];
      return fromIssues(
        items.map((item) => ({
          path: pointerToPath(item.instancePath, item.params?.missingProperty),
          message: item.message ?? "is not valid",
        })),
        { cause: error },
      );
    }
  } catch {
    // Not an object we can read: sent as internal_error.
  }
  return error;
}

function headerOf(headers: IncomingHttpHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}

function send(reply: FastifyReplyLike, request: FastifyRequestLike, error: unknown, options?: SendOptions): void {
  let accept: string | undefined;
  let requestId: string | undefined;
  try {
    accept = headerOf(request.headers, "accept");
    requestId = headerOf(request.headers, "x-request-id");
  } catch {
    // Answered without them.
  }
  const rendered = renderError(error, { accept, requestId }, options);
  reply.code(rendered.status);
  for (const [name, value] of Object.entries(rendered.headers)) reply.header(name, value);
  // As bytes: Fastify appends `; charset=utf-8` to the Content-Type of a string payload, which the
  // problem details media type must not carry.
  reply.send(Buffer.from(rendered.body));
}

/**
 * A Fastify error handler: sends `error` as a catalogued error; anything that is not one becomes
 * `internal_error`. Fastify's invalid-JSON errors become `invalid_json` and its schema validation
 * errors `validation_failed` with `details`.
 *
 * @example
 * app.setErrorHandler(errataFastifyErrorHandler());
 */
export function errataFastifyErrorHandler(
  options?: SendOptions,
): (error: unknown, request: FastifyRequestLike, reply: FastifyReplyLike) => void {
  return (error, request, reply) => send(reply, request, translate(error), options);
}

/**
 * A Fastify not-found handler: the catalogue's `not_found` for routes nothing matched.
 *
 * @example
 * app.setNotFoundHandler(errataFastifyNotFound());
 */
export function errataFastifyNotFound(
  options?: SendOptions,
): (request: FastifyRequestLike, reply: FastifyReplyLike) => void {
  return (request, reply) => send(reply, request, createError("not_found"), options);
}
