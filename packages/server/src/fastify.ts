/**
 * The Fastify adapter: an error handler for `setErrorHandler` and a not-found handler. Fastify
 * itself is not imported; the handlers use the parts of its request and reply they need.
 *
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import { createError } from "./error.js";
import { fromIssues } from "./helpers.js";
import { contextOf } from "./node-request.js";
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

/** The code Fastify gives its own schema validation errors. */
const VALIDATION = "FST_ERR_VALIDATION";

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

/**
 * Fastify's own schema validation errors: `validation_failed` with dotted `details`. Only an error
 * Fastify marked as its own (`code` FST_ERR_VALIDATION, its `validationContext`) is read: any
 * other error's `validation` could hold anything, and is not put on the wire. Fastify's other
 * errors (bad JSON, a body too large, an unsupported media type) are mapped by `renderError`.
 */
function translate(error: unknown): unknown {
  try {
    if (typeof error !== "object" || error === null) return error;
    const { code, validation, validationContext } = error as {
      code?: unknown;
      validation?: unknown;
      validationContext?: unknown;
    };
    if (
      code !== VALIDATION ||
      typeof validationContext !== "string" ||
      !Array.isArray(validation) ||
      validation.length === 0
    )
      return error;
    const items = validation as FastifyValidationItem[];
    return fromIssues(
      items.map((item) => ({
        path: pointerToPath(
          String(item.instancePath ?? ""),
          typeof item.params?.missingProperty === "string" ? item.params.missingProperty : undefined,
        ),
        message: typeof item.message === "string" ? item.message : "is not valid",
      })),
      { cause: error },
    );
  } catch {
    // Not an object we can read: sent by renderError as what it is.
  }
  return error;
}

function send(reply: FastifyReplyLike, request: FastifyRequestLike, error: unknown, options?: SendOptions): void {
  const rendered = renderError(error, contextOf(request), options);
  reply.code(rendered.status);
  for (const [name, value] of Object.entries(rendered.headers)) reply.header(name, value);
  // As bytes: Fastify appends `; charset=utf-8` to the Content-Type of a string payload, which the
  // problem details media type must not carry.
  reply.send(Buffer.from(rendered.body));
}

/**
 * A Fastify error handler: sends `error` as a catalogued error. Fastify's schema validation errors
 * become `validation_failed` with `details`; its errors with a client status keep it, with the
 * catalogued code of that status (`invalid_json`, `payload_too_large`, `unsupported_media_type`,
 * ...); anything else becomes `internal_error`.
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
