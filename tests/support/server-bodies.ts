/**
 * Shared by the server's tests: the emitted JSON Schema files in Ajv, each code's example fields, and
 * problem details read back into the wire body they stand for.
 *
 * @module
 */
import {
  catalog,
  DIALECTS,
  type Dialect,
  ERRORS,
  type ErrorCode,
  GENERIC_CODES,
  isErrorCode,
} from "@errata/catalog/zod";
import type { ValidateFunction } from "ajv";
import { schemaAjv } from "./schemas.js";

export { SCHEMAS_DIR } from "./schemas.js";

let validate: ValidateFunction | undefined;

/** Checks `body` against `schemas/error.schema.json`; returns Ajv's errors, or null when valid. */
export function schemaErrors(body: unknown): unknown {
  if (!validate) {
    const compiled = schemaAjv().getSchema("https://errata.dev/schemas/error.schema.json");
    if (!compiled) throw new Error("error.schema.json did not compile");
    validate = compiled;
  }
  return validate(body) ? null : (validate.errors ?? "invalid");
}

/** The example fields of a code, from the catalogue. */
export function exampleFields(code: ErrorCode): Record<string, unknown> {
  return { ...(catalog.errors[code].example as Record<string, unknown>) };
}

/**
 * The wire body a problem-details document stands for, read back by the documented mapping: `type`
 * is the doc URL, `detail` the message, `code`, `request_id` and the rest extension members.
 */
export function bodyOfProblem(problem: Record<string, unknown>): unknown {
  const { type, title: _title, status: _status, detail, instance: _instance, code, request_id, ...fields } = problem;
  if (!isErrorCode(code)) return { error: { code }, request_id };
  return {
    error: { type: ERRORS[code].type, code, message: detail, ...fields, doc_url: type },
    request_id,
  };
}

/**
 * The code of a body in `dialect`, read where the dialect puts it; a generic body (iMessage's, with
 * no code) by its status and message.
 */
export function codeIn(dialect: Dialect, body: Record<string, unknown>): unknown {
  const envelope = DIALECTS[dialect];
  if (envelope.code === "error.code") return (body.error as { code?: unknown } | undefined)?.code;
  return body[envelope.code] ?? GENERIC_CODES[dialect as "imessage"]?.[String(body.status)]?.[String(body.message)];
}
