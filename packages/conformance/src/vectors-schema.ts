/**
 * The JSON Schema of the vectors file, published beside it (`vectors.schema.json`): what an
 * implementer in any language may rely on when reading the vectors.
 *
 * @module
 */
import { DIALECT_NAMES } from "@errata/catalog";

const headers = {
  type: "object",
  description: "Header name to value. Names are compared case-insensitively by readers; outputs use lower case.",
  additionalProperties: { type: "string" },
} as const;

const response = {
  status: {
    type: "integer",
    description:
      "The response's status; 0 when none is known (or, for retry, no response came). Any integer: a reader takes what it is given.",
  },
  headers,
  body: {
    type: ["string", "null"],
    description: "The body as text; null for no body, or when body_base64 gives it as bytes.",
  },
  body_base64: { type: "string", contentEncoding: "base64", description: "The body as bytes that are not UTF-8 text." },
  now: { type: "integer", description: "The clock, in milliseconds since the epoch, for an HTTP-date Retry-After." },
} as const;

const vector = (op: string, input: object, output: object) => ({
  type: "object",
  required: ["id", "op", "description", "input", "expected"],
  additionalProperties: false,
  properties: {
    id: { type: "string", pattern: `^${op}/[^\\s]+$` },
    op: { const: op },
    description: { type: "string", minLength: 1 },
    input,
    expected: {
      oneOf: [
        { type: "object", required: ["output"], additionalProperties: false, properties: { output } },
        { type: "object", required: ["error"], additionalProperties: false, properties: { error: { const: true } } },
      ],
    },
  },
});

/** The schema of `vectors.json`. */
export const VECTORS_SCHEMA = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://errata.dev/schemas/conformance/vectors.schema.json",
  title: "Errata conformance vectors",
  description:
    "Requests to a testee and the answers expected of it: render an error, parse a response, decide on a retry. See the protocol in @errata/conformance's README.",
  type: "object",
  required: ["protocol", "catalog_version", "counts", "vectors"],
  additionalProperties: false,
  properties: {
    protocol: { const: 1 },
    catalog_version: { type: "string", minLength: 1 },
    counts: {
      type: "object",
      required: ["render", "parse", "retry"],
      additionalProperties: false,
      properties: { render: { type: "integer" }, parse: { type: "integer" }, retry: { type: "integer" } },
    },
    vectors: {
      type: "array",
      items: {
        oneOf: [
          vector(
            "render",
            {
              type: "object",
              required: ["code", "fields", "dialect", "request_id"],
              additionalProperties: false,
              properties: {
                code: { type: "string" },
                fields: { type: "object", description: "The error's fields, in the order they are written." },
                message: { type: "string", description: "Replaces the message the code's template gives." },
                dialect: { type: "string" },
                request_id: { type: "string", pattern: "^req_[A-Za-z0-9]{12,128}$" },
                accept: { type: "string", description: "The request's Accept header." },
              },
            },
            {
              type: "object",
              required: ["status", "headers", "body"],
              additionalProperties: false,
              properties: {
                status: { type: "integer" },
                headers: {
                  ...headers,
                  required: ["content-type", "request-id"],
                  properties: {
                    "content-type": { enum: ["application/json; charset=utf-8", "application/problem+json"] },
                    "request-id": { type: "string", pattern: "^req_[A-Za-z0-9]{12,128}$" },
                    "retry-after": { type: "string", pattern: "^[0-9]+$" },
                  },
                  propertyNames: { pattern: "^[a-z-]+$" },
                },
                body: { type: "string", description: "The body's exact text." },
              },
            },
          ),
          vector(
            "parse",
            {
              type: "object",
              required: ["status", "headers", "body", "now"],
              additionalProperties: false,
              properties: response,
            },
            {
              type: "object",
              required: ["known", "code", "type", "message", "status", "dialect"],
              properties: {
                known: { type: "boolean" },
                code: { type: ["string", "null"] },
                type: { type: ["string", "null"] },
                message: { type: "string" },
                status: { type: "integer" },
                dialect: { enum: [...DIALECT_NAMES, null] },
                request_id: { type: "string" },
                retry_after: { type: "integer", minimum: 0 },
                reason: { enum: ["empty", "not_json", "not_error_body", "too_large", "timeout", "unreadable"] },
              },
            },
          ),
          vector(
            "retry",
            {
              type: "object",
              required: ["status", "headers", "body", "now", "method", "attempt", "random"],
              additionalProperties: false,
              properties: {
                ...response,
                method: { type: "string", minLength: 1 },
                idempotency_key: { type: "string" },
                attempt: { type: "integer", minimum: 1 },
                random: { type: "number", minimum: 0, exclusiveMaximum: 1 },
              },
            },
            {
              type: "object",
              required: ["retry", "delay_ms"],
              additionalProperties: false,
              properties: { retry: { type: "boolean" }, delay_ms: { type: "integer", minimum: 0 } },
            },
          ),
        ],
      },
    },
  },
} as const;
