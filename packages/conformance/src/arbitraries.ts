/**
 * Generators of responses: error bodies near the catalogue's (in every dialect, and as problem
 * details), arbitrary JSON and text, headers and statuses. The parser's property tests draw from
 * them, and the vectors hold a seeded sample of them, so that every language reads the same.
 *
 * @module
 */
import {
  dialectBody,
  ERROR_CODE_LIST,
  ERROR_INFO,
  type ErrorCode,
  LEGACY_DIALECTS,
  type WireError,
} from "@errata/catalog";
import { catalog, exampleBody } from "@errata/catalog/zod";
import fc from "fast-check";

/** `param`, `details` and every code's own fields, each once: read from the catalogue. */
export const FIELD_NAMES: readonly string[] = [
  ...new Set(["param", "details", ...ERROR_CODE_LIST.flatMap((code) => Object.keys(catalog.errors[code].fields))]),
];

// Values that sit on either side of the catalogue's rules.
const edgy = fc.constantFrom<unknown>(
  -1,
  0,
  1,
  1.5,
  2 ** 53,
  -0,
  "",
  "x",
  "total",
  "per_number",
  "daily",
  "weekly",
  "+15555550123",
  "15555550123",
  "12.50",
  "12,50",
  "USD",
  "usd",
  "https://example.com/x",
  "ftp://x",
  "2026-11-24T00:00:00Z",
  "2026-11-24",
  null,
  true,
  [],
  {},
  [{ field: "to", message: "bad" }],
  [{ field: 1, message: "bad" }],
  [["to", "bad"]],
  "rate_limit_error",
  "api_error",
);
const value = fc.oneof({ weight: 3, arbitrary: edgy }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) });

/** A standard error object near a catalogued one: members replaced, dropped or added, dangerous keys included. */
const nearError = fc
  .record({
    code: fc.constantFrom(...ERROR_CODE_LIST),
    replace: fc.dictionary(
      fc.constantFrom("type", "message", "doc_url", ...FIELD_NAMES, "__proto__", "constructor"),
      value,
      { maxKeys: 3 },
    ),
    drop: fc.subarray(["type", "message", "limit", "mode", "param", "details", "period", "currency", "plan_id"]),
    otherCode: fc.option(fc.oneof(fc.constantFrom(...ERROR_CODE_LIST), fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/)), {
      freq: 5,
    }),
  })
  .map(({ code, replace, drop, otherCode }) => {
    const error: Record<string, unknown> = JSON.parse(JSON.stringify(exampleBody(code).error));
    for (const name of drop) delete error[name];
    for (const [name, v] of Object.entries(replace))
      Object.defineProperty(error, name, { value: v, enumerable: true, writable: true, configurable: true });
    if (otherCode !== null) error.code = otherCode;
    return error;
  });

/** A standard body near a catalogued one, as text. */
export const nearBody = nearError.map((error) => JSON.stringify({ error, request_id: "req_abcdefabcdef" }));

/** The same, as RFC 9457 problem details. */
export const nearProblem = nearBody.map((text) => {
  const { error, request_id } = JSON.parse(text) as { error: Record<string, unknown>; request_id: string };
  const { type: _, message, doc_url, ...rest } = error;
  return JSON.stringify({ type: doc_url, title: "Problem", status: 400, detail: message, request_id, ...rest });
});

/**
 * The same error in a legacy API's envelope (with or without its code where the API may leave
 * it out), and now and then one of the envelope's members broken.
 */
export const nearLegacyBody = fc
  .record({
    error: nearError,
    dialect: fc.constantFrom(...LEGACY_DIALECTS),
    withoutCode: fc.boolean(),
    status: fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 503),
    broken: fc.option(fc.record({ member: fc.constantFrom("error", "message", "status", "code"), value }), {
      freq: 4,
    }),
  })
  .map(({ error, dialect, withoutCode, status, broken }) => {
    const code = error.code;
    const sent =
      typeof code === "string" && Object.hasOwn(ERROR_INFO, code) ? ERROR_INFO[code as ErrorCode].status : status;
    const body = dialectBody(dialect, error as WireError, { status: sent, requestId: "req_abcdefabcdef", withoutCode });
    if (broken !== null) body[broken.member] = broken.value;
    return JSON.stringify(body);
  });

/** Any text at all, weighted towards error bodies of every dialect. */
export const anyBody = fc.oneof(
  nearBody,
  nearProblem,
  nearLegacyBody,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string(),
  fc.record({ error: fc.jsonValue({ maxDepth: 2 }) }).map((v) => JSON.stringify(v)),
  fc
    .record({ error: fc.string(), message: fc.jsonValue({ maxDepth: 1 }), status: fc.jsonValue({ maxDepth: 1 }) })
    .map((v) => JSON.stringify(v)),
);

/** Headers as a plain record, Retry-After and request IDs among them. */
export const headers = fc.dictionary(
  fc.constantFrom("retry-after", "Retry-After", "x-request-id", "request-id", "content-type"),
  fc.oneof(
    fc.string(),
    fc.nat().map(String),
    fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
  ),
  { maxKeys: 3 },
);

/** Statuses, the catalogue's and any other. */
export const status = fc.oneof(
  fc.constantFrom(0, 200, 400, 402, 403, 404, 409, 422, 429, 500, 502, 503),
  fc.integer({ min: -1, max: 1000 }),
);
