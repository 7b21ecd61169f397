/**
 * The cases no catalogue entry gives: strange text on the wire, bodies that are not error bodies,
 * codes a newer server sends, fields that do not fit, every form of `Retry-After`, and the retry
 * decisions at their edges. Inputs only: the expected answers are computed (`vectors.ts`).
 *
 * @module
 */
import { DIALECT_NAMES } from "@errata/catalog";
import type { Headers, ParseInput, RenderInput, RetryInput } from "./protocol.js";
import type { Case } from "./vectors.js";

/** The clock of every vector: 2026-03-02T12:00:00Z, in ms since the epoch. */
export const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A request ID made from `seed` (stable across builds): `req_` and 16 base62 characters. */
export function requestIdOf(seed: string): string {
  let hash = 2166136261;
  let id = "req_";
  for (let i = 0; i < 16; i++) {
    for (const c of `${seed}/${i}`) hash = Math.imul(hash ^ c.charCodeAt(0), 16777619) >>> 0;
    id += BASE62[hash % 62];
  }
  return id;
}

const ID = requestIdOf("hostile");
const JSON_TYPE = { "content-type": "application/json; charset=utf-8" };
// Text that every writer must carry through as it is: markup, quotes, non-ASCII, an emoji, the two
// line separators JavaScript once refused in strings, and control characters.
const SPECIAL = 'Ünïcödé "quoted" back\\slash <b>&amp;</b> 💬 \u2028\u2029 tab\there\nline \u0007\u001f\u007f';

function render(name: string, description: string, input: Omit<RenderInput, "request_id">): Case {
  return { id: `render/hostile/${name}`, op: "render", description, input: { request_id: ID, ...input } };
}

function parse(
  name: string,
  description: string,
  status: number,
  body: string | null,
  headers: Headers = {},
  extra: Partial<ParseInput> = {},
): Case {
  return {
    id: `parse/hostile/${name}`,
    op: "parse",
    description,
    input: { status, headers, body, now: NOW, ...extra },
  };
}

function retry(
  name: string,
  description: string,
  input: Omit<RetryInput, "now" | "headers" | "body"> & Partial<RetryInput>,
): Case {
  return {
    id: `retry/hostile/${name}`,
    op: "retry",
    description,
    input: { headers: {}, body: null, now: NOW, ...input },
  };
}

const standard = (code: string, type: string, message: string, extra = "") =>
  `{"error":{"type":"${type}","code":"${code}","message":"${message}"${extra}},"request_id":"${ID}"}`;
const rateLimit = (extra: string) =>
  standard(
    "outbound_limit_reached",
    "rate_limit_error",
    "Limit reached.",
    `,"limit":35,"current":35,"mode":"total"${extra}`,
  );
const httpDate = (ms: number) => new Date(ms).toUTCString();

/** Rendering: text that must pass through untouched, numbers at their edges, and fields refused. */
function renderCases(): Case[] {
  const limit = (fields: Record<string, unknown>) => ({ code: "outbound_limit_reached", dialect: "standard", fields });
  const valid = { limit: 35, current: 35, mode: "total" };
  return [
    ...DIALECT_NAMES.map((dialect) =>
      render(
        `special-message/${dialect}`,
        `A message with markup, quotes, non-ASCII, an emoji, U+2028 and control characters, in the ${dialect} dialect: written as JSON.stringify writes it.`,
        {
          code: "internal_error",
          fields: {},
          message: SPECIAL,
          dialect,
        },
      ),
    ),
    render("special-fields", "Fields whose strings carry markup, quotes and non-ASCII, in their given order.", {
      code: "invalid_parameter_value",
      dialect: "standard",
      fields: { param: `to.${SPECIAL}`, details: [{ field: "to", message: SPECIAL }] },
    }),
    render("special-placeholder", "A field with special text rendered into the message's template.", {
      code: "traffic_not_routable",
      dialect: "sms",
      fields: { traffic_type: `<script>&"${SPECIAL}"` },
    }),
    render(
      "largest-integer",
      "Counts at 2^53 - 1, the largest integer every language reads exactly.",
      limit({
        limit: 9007199254740991,
        current: 9007199254740991,
        mode: "total",
      }),
    ),
    render(
      "zero",
      "Counts and an explicit retry_after of 0.",
      limit({ limit: 0, current: 0, mode: "total", retry_after: 0 }),
    ),
    render("per-number", "The per-number variant of the message, chosen because its fields are present.", {
      code: "outbound_limit_reached",
      dialect: "imessage",
      fields: { limit: 5, current: 5, mode: "per_number", allocation_id: "alloc_1", sender_number: "+15555550123" },
    }),
    render("amounts", "Amounts as decimal strings, never floats.", {
      code: "insufficient_balance",
      dialect: "rcs",
      fields: {
        free_balance: "0.01",
        held_balance: "1000000000000.99",
        required_amount: "12.50",
        currency: "EUR",
        topup_url: "https://example.com/top-up?a=1&b=<2>",
      },
    }),
    render("explicit-retry-after", "A retry_after given replaces the code's default, in the body and the header.", {
      code: "rate_limit_exceeded",
      dialect: "rcs",
      fields: { retry_after: 86400 },
    }),
    render("retry-after-in-sms", "A retry_after given is sent by a dialect that otherwise leaves it to the header.", {
      code: "throttled",
      dialect: "sms",
      fields: { retry_after: 7 },
    }),
    render("reset-in-the-past", "A reset time already past still asks for one second.", {
      code: "sandbox_quota_exceeded",
      dialect: "standard",
      fields: { limit: 100, resets_at: "1999-01-01T00:00:00Z" },
    }),
    render("generic-message-replaced", "An iMessage generic code with another message keeps its code member.", {
      code: "not_found",
      dialect: "imessage",
      fields: {},
      message: "That chat does not exist.",
    }),
    render("generic-with-details", "An iMessage generic code with details: still sent without its code.", {
      code: "validation_failed",
      dialect: "imessage",
      fields: { details: [{ field: "to", message: "Expected E.164." }] },
    }),
    ...[
      ["problem", "application/problem+json"],
      ["problem-weighed", "application/json;q=0.5, application/problem+json"],
      ["problem-refused", "application/problem+json;q=0, application/json"],
      ["any", "*/*"],
      ["ranges", "application/*;q=0.9, application/problem+json;q=0.8"],
      ["html", "text/html"],
      ["bad-weight", "application/problem+json;q=abc, application/json;q=0.1"],
      ["tie", "application/json, application/problem+json"],
    ].map(([name, accept]) =>
      render(`accept/${name}`, `Accept: ${accept}`, {
        code: "rate_limit_exceeded",
        dialect: "sms",
        fields: {},
        accept,
      }),
    ),
    // Refused: fields that do not fit the code.
    render("refused/missing-required", "A required field left out: refused.", limit({ limit: 35, current: 35 })),
    render("refused/string-count", "A count as a string: refused.", limit({ ...valid, limit: "35" })),
    render("refused/negative-count", "A negative count: refused.", limit({ ...valid, limit: -1 })),
    render("refused/fraction-count", "A fractional count: refused.", limit({ ...valid, limit: 1.5 })),
    render(
      "refused/unsafe-integer",
      "A count of 2^53, past the integers every language reads exactly: refused.",
      limit({ ...valid, limit: 9007199254740992 }),
    ),
    render("refused/unknown-field", "A field the code does not have: refused.", limit({ ...valid, colour: "red" })),
    render(
      "refused/bad-pattern",
      "A sender number that is not E.164: refused.",
      limit({ ...valid, sender_number: "555" }),
    ),
    render("refused/empty-string", "An empty mode: refused.", limit({ ...valid, mode: "" })),
    render("refused/null", "A null where a count goes: refused.", limit({ ...valid, current: null })),
    render("refused/float-amount", "An amount as a float: refused.", {
      code: "insufficient_balance",
      dialect: "standard",
      fields: { required_amount: 12.5, topup_url: "https://example.com" },
    }),
    render("refused/unknown-code", "A code the catalogue does not have: refused.", {
      code: "galaxy_quota",
      dialect: "standard",
      fields: {},
    }),
  ];
}

/** JSON text nested `levels` arrays deep. */
const deep = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;
/** An iMessage body with no code, of a status and message. */
const imessage = (status: number, message: string, extra = "") =>
  `{"error":"ApiError","message":"${message}","status":${status}${extra}}`;

/** No error body: nothing, blanks, a proxy's page, JSON that is no object. */
function noBodyCases(): Case[] {
  return [
    parse("no-body", "No body at all.", 502, null),
    parse("empty", "An empty body.", 503, ""),
    parse("blank", "White space only.", 500, " \n\t "),
    parse("html-502", "A proxy's HTML page.", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {
      "content-type": "text/html",
    }),
    parse("truncated", "JSON cut off.", 500, '{"error":{"type":"api_error","code":"internal_error","mess'),
    parse("array", "A JSON array.", 400, '[{"error":"x"}]'),
    parse("null", "JSON null.", 400, "null"),
    parse("number", "A JSON number.", 400, "42"),
    parse("string", "A JSON string.", 400, '"error"'),
    parse("empty-object", "An empty object.", 400, "{}"),
    parse("error-null", "An error member that is null.", 400, '{"error":null}'),
    parse("error-number", "An error member that is a number.", 400, '{"error":42,"message":"m"}'),
    parse("error-array", "An error member that is an array.", 400, '{"error":["x"],"message":"m"}'),
    parse(
      "no-message",
      "A standard body without a message.",
      400,
      '{"error":{"type":"invalid_request_error","code":"invalid_json"}}',
    ),
    parse(
      "message-number",
      "A message that is not a string.",
      400,
      '{"error":{"type":"invalid_request_error","code":"invalid_json","message":7}}',
    ),
    parse("bad-code", "A code that is not snake_case.", 400, standard("Bad-Code", "invalid_request_error", "m")),
    parse(
      "prose-error",
      "An error member that is prose, not a code.",
      404,
      '{"error":"Not Found","message":"Nothing here."}',
    ),
    parse(
      "too-deep",
      "An error nested 70 levels deep inside: over the reading limit.",
      500,
      standard("internal_error", "api_error", "m", `,"extra":${deep(70)}`),
    ),
    parse(
      "deep-at-limit",
      "An error whose deepest array is at the reading limit (depth 64): read.",
      500,
      standard("internal_error", "api_error", "m", `,"extra":${deep(63)}`),
    ),
    parse(
      "deep-over-limit",
      "An error whose deepest array is one past the reading limit (depth 65).",
      500,
      standard("internal_error", "api_error", "m", `,"extra":${deep(64)}`),
    ),
    parse(
      "too-deep-escaped",
      "Too deep, in text with an escape (read another way in some readers).",
      500,
      standard("internal_error", "api_error", "caf\\u00e9", `,"extra":${deep(70)}`),
    ),
    parse(
      "too-large",
      "A body over the 256 KiB reading limit.",
      500,
      standard("internal_error", "api_error", "x".repeat(262_144)),
    ),
  ];
}

/** Text and bytes: byte-order marks, invalid UTF-8, escapes, duplicate and prototype members, forged members. */
function textCases(): Case[] {
  return [
    parse(
      "bom-text",
      "A body that starts with a byte-order mark.",
      404,
      `\ufeff${standard("not_found", "not_found_error", "Resource not found.")}`,
    ),
    parse(
      "bom-bytes",
      "A body whose bytes start with a UTF-8 byte-order mark.",
      404,
      null,
      {},
      {
        body_base64: Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from(standard("not_found", "not_found_error", "Resource not found.")),
        ]).toString("base64"),
      },
    ),
    parse(
      "invalid-utf8",
      "Bytes that are not UTF-8 in a message: each bad byte reads as U+FFFD.",
      500,
      null,
      {},
      {
        body_base64: Buffer.concat([
          Buffer.from('{"error":{"type":"api_error","code":"internal_error","message":"caf'),
          Buffer.from([0xe9, 0xff]),
          Buffer.from('"}}'),
        ]).toString("base64"),
      },
    ),
    parse(
      "special-text",
      "A message and fields with markup, quotes, non-ASCII, an emoji and U+2028.",
      400,
      JSON.stringify({
        error: {
          type: "invalid_request_error",
          code: "invalid_parameter_value",
          message: SPECIAL,
          param: `to<&>${SPECIAL}`,
        },
        request_id: ID,
      }),
    ),
    parse(
      "escapes",
      "Escaped non-ASCII and an escaped surrogate pair.",
      500,
      standard("internal_error", "api_error", 'caf\\u00e9 \\ud83d\\udcac \\u2028 \\"q\\"'),
    ),
    parse(
      "duplicate-members",
      "A member given twice: the last one counts.",
      500,
      '{"error":{"type":"api_error","code":"not_a_code","code":"internal_error","message":"m"}}',
    ),
    parse(
      "proto-members",
      "__proto__ members at any depth, constructor and prototype among the error's members: dropped.",
      500,
      standard(
        "internal_error",
        "api_error",
        "m",
        ',"__proto__":{"polluted":true},"constructor":"c","prototype":"p","extra":{"__proto__":{"polluted":true},"kept":1}',
      ),
    ),
    parse(
      "forged-reason",
      "A body's own reason member never reaches a result that is not a transport error.",
      418,
      standard(
        "galaxy_quota",
        "rate_limit_error",
        "m",
        ',"reason":"timeout","known":true,"status":200,"dialect":"sms"',
      ),
    ),
    parse(
      "legacy-forged-reason",
      "The same in a legacy dialect.",
      404,
      '{"error":"not_found","message":"Resource not found.","reason":"empty"}',
    ),
  ];
}

/** Codes and fields: unknown codes, wrong types, numbers at their edges, empty and odd members. */
function codeCases(): Case[] {
  return [
    parse(
      "unknown-code",
      "A code a newer server sends: kept, with the body's type.",
      429,
      standard("galaxy_quota", "rate_limit_error", "Galaxy quota reached.", ',"galaxies":3'),
    ),
    parse(
      "unknown-code-no-type",
      "An unknown code without a type: the type comes from the status.",
      503,
      '{"error":{"code":"galaxy_down","message":"m"}}',
    ),
    parse(
      "unknown-code-odd-status",
      "An unknown code and a status with no type of its own: the type of its class.",
      451,
      '{"error":{"code":"galaxy_law","message":"m"}}',
    ),
    parse(
      "wrong-type",
      "A known code with another type: not known.",
      429,
      standard("outbound_limit_reached", "api_error", "m", ',"limit":35,"current":35,"mode":"total"'),
    ),
    parse("string-count", "A count as a string: not known.", 429, rateLimit("").replace('"limit":35', '"limit":"35"')),
    parse(
      "float-written-count",
      "A count written 35.0: an integer all the same.",
      429,
      rateLimit("").replace('"limit":35', '"limit":35.0'),
    ),
    parse(
      "exponent-count",
      "A count written 1e2: the integer 100.",
      429,
      rateLimit("").replace('"limit":35', '"limit":1e2'),
    ),
    parse(
      "largest-integer",
      "Counts at 2^53 - 1: known.",
      429,
      rateLimit("").replace('"limit":35', '"limit":9007199254740991'),
    ),
    parse(
      "past-largest-integer",
      "A count past 2^53 - 1: not known.",
      429,
      rateLimit("").replace('"limit":35', '"limit":9007199254740993'),
    ),
    parse(
      "float-amount",
      "An amount as a float: not known.",
      402,
      standard(
        "insufficient_balance",
        "payment_error",
        "m",
        ',"required_amount":12.5,"topup_url":"https://example.com"',
      ),
    ),
    parse(
      "amount",
      "An amount as a decimal string: known.",
      402,
      standard(
        "insufficient_balance",
        "payment_error",
        "m",
        ',"required_amount":"12.50","topup_url":"https://example.com"',
      ),
    ),
    parse(
      "empty-message",
      "An empty message: not known, still read.",
      500,
      standard("internal_error", "api_error", ""),
    ),
    parse(
      "null-optional",
      "An optional field sent as null: not known.",
      403,
      standard("spend_limit_exceeded", "authorization_error", "m", ',"period":null'),
    ),
    parse(
      "url-with-space",
      "A doc URL with a space: not known.",
      500,
      standard("internal_error", "api_error", "m", ',"doc_url":"https://errata.dev/a b"'),
    ),
    parse(
      "url-with-line-separator",
      "A doc URL with U+2028 (white space to a pattern's \\S): not known.",
      500,
      standard("internal_error", "api_error", "m", ',"doc_url":"https://errata.dev/a\u2028b"'),
    ),
    parse(
      "url-with-newline-at-end",
      "A doc URL ending in a newline (a pattern's $ is the very end): not known.",
      500,
      standard("internal_error", "api_error", "m", ',"doc_url":"https://errata.dev/a\\n"'),
    ),
    parse(
      "details-not-list",
      "details that is not a list: not known.",
      400,
      standard("validation_failed", "invalid_request_error", "m", ',"details":{"field":"to"}'),
    ),
    parse(
      "details-empty",
      "An empty details list: not known.",
      400,
      standard("validation_failed", "invalid_request_error", "m", ',"details":[]'),
    ),
  ];
}

/** Request IDs and Retry-After, in the body and the headers. */
function metaCases(): Case[] {
  return [
    parse(
      "request-id-body-wins",
      "A standard body's request_id wins over the header.",
      500,
      standard("internal_error", "api_error", "m"),
      { "Request-Id": "req_fromtheheader01" },
    ),
    parse(
      "request-id-header-case",
      "The Request-Id header in any case.",
      500,
      '{"error":{"type":"api_error","code":"internal_error","message":"m"}}',
      { "REQUEST-ID": "req_fromtheheader01" },
    ),
    parse(
      "request-id-x-header",
      "X-Request-Id when Request-Id is absent.",
      500,
      '{"error":{"type":"api_error","code":"internal_error","message":"m"}}',
      { "x-request-id": "req_fromtheheader02" },
    ),
    parse(
      "request-id-legacy-header-wins",
      "A legacy body: the header wins over a request_id member.",
      404,
      '{"message":"m","error":"not_found","request_id":"req_fromthebody0001"}',
      { "request-id": "req_fromtheheader03" },
    ),
    parse(
      "request-id-none",
      "No request ID anywhere.",
      500,
      '{"error":{"type":"api_error","code":"internal_error","message":"m"}}',
    ),
    ...[
      ["seconds", "120"],
      ["seconds-padded", " 7\t"],
      ["zero", "0"],
      ["date-ahead", httpDate(NOW + 90_500)],
      ["date-past", httpDate(NOW - 60_000)],
      ["rfc850", "Monday, 02-Mar-26 12:02:00 GMT"],
      ["asctime", "Mon Mar  2 12:03:00 2026"],
      ["leap-second", "Mon, 02 Mar 2026 12:00:60 GMT"],
      ["no-such-day", "Mon, 31 Feb 2026 12:00:00 GMT"],
      ["word", "soon"],
      ["negative", "-1"],
      ["fraction", "1.5"],
      ["repeated", "5, 6"],
      ["huge", "99999999999999999999"],
      ["date-lowercase", httpDate(NOW + 60_000).toLowerCase()],
    ].map(([name, value]) =>
      parse(`retry-after/${name}`, `Retry-After: ${JSON.stringify(value)}`, 429, rateLimit(""), {
        "retry-after": value as string,
      }),
    ),
    parse(
      "retry-after-body-wins",
      "The body's retry_after wins over the header.",
      429,
      rateLimit(',"retry_after":30'),
      { "Retry-After": "60" },
    ),
    parse(
      "retry-after-body-string",
      "A retry_after that is a string: the header's instead.",
      429,
      rateLimit(',"retry_after":"30"'),
      { "Retry-After": "60" },
    ),
    parse(
      "retry-after-transport",
      "A transport error keeps the header's Retry-After and request ID.",
      503,
      "Service Unavailable",
      { "retry-after": "12", "request-id": "req_fromtheheader04" },
    ),
  ];
}

/** Problem details (RFC 9457). */
function problemCases(): Case[] {
  return [
    parse(
      "problem-unknown-code",
      "Problem details with a code a newer server sends.",
      429,
      JSON.stringify({
        type: "about:blank",
        title: "Galaxy",
        status: 429,
        detail: "Galaxy quota reached.",
        code: "galaxy_quota",
      }),
    ),
    parse(
      "problem-no-code",
      "Problem details without a code: not an error body.",
      404,
      JSON.stringify({ type: "about:blank", title: "Not Found", status: 404, detail: "Nothing." }),
      { "content-type": "application/problem+json" },
    ),
  ];
}

/** The legacy dialects, told apart. */
function legacyCases(): Case[] {
  return [
    parse(
      "imessage/status-zero",
      "No response status given: the iMessage body's own status stands in.",
      0,
      imessage(404, "Resource not found."),
    ),
    parse(
      "imessage/status-differs",
      "The response's status counts over the body's.",
      500,
      imessage(404, "Resource not found."),
    ),
    parse(
      "imessage/generic-reworded",
      "A generic status with another message: its single generic code, the message kept.",
      404,
      imessage(404, "Chat not found."),
    ),
    parse(
      "imessage/generic-unknown-status",
      "No code and a status without a generic code: not an error body.",
      418,
      imessage(418, "I'm a teapot."),
    ),
    parse(
      "imessage/code-null",
      "A code member that is null: read as a generic body.",
      401,
      imessage(401, "Invalid or missing API key.", ',"code":null'),
    ),
    parse(
      "imessage/status-string",
      "A status that is not an integer: not an error body.",
      404,
      '{"error":"ApiError","message":"Resource not found.","status":"404"}',
    ),
    parse(
      "imessage/unknown-code",
      "A code a newer server sends, in the iMessage shape.",
      429,
      imessage(429, "Galaxy quota reached.", ',"code":"galaxy_quota","galaxies":3'),
    ),
    parse("imessage/no-message", "No message: not an error body.", 404, '{"error":"ApiError","status":404}'),
    parse(
      "rcs-or-sms/code-first",
      "A code both RCS and SMS send, code first: RCS.",
      402,
      '{"error":"insufficient_balance","message":"m","required_amount":"2.80","topup_url":"https://example.com"}',
    ),
    parse(
      "rcs-or-sms/message-first",
      "The same code, message first: SMS.",
      402,
      '{"message":"m","error":"insufficient_balance","required_amount":"2.80","topup_url":"https://example.com"}',
    ),
    parse(
      "rcs-or-sms/details",
      "Message first but with details, which only RCS sends: RCS.",
      422,
      '{"message":"m","error":"galaxy_invalid","details":[{"field":"to","message":"bad"}]}',
    ),
    parse(
      "rcs-or-sms/only-sms-sends",
      "Code first, but only SMS sends the code: SMS.",
      429,
      '{"error":"throttled","message":"Slow down."}',
      { "retry-after": "1" },
    ),
    parse(
      "rcs-or-sms/only-rcs-sends",
      "Message first, but only RCS sends the code: RCS.",
      503,
      '{"message":"Try later.","error":"dependency_unavailable"}',
    ),
    parse(
      "rcs-or-sms/unknown-code",
      "A code neither sends, message first: SMS.",
      429,
      '{"message":"m","error":"galaxy_quota","galaxies":3}',
    ),
    parse("rcs-or-sms/no-message", "A code but no message: not an error body.", 404, '{"error":"not_found"}'),
    parse(
      "legacy-type-member",
      "A legacy body's type and code members are not fields.",
      404,
      '{"error":"not_found","message":"m","type":"x","code":"y","extra":1}',
    ),
  ];
}

/** Reading: transport failures, strange text, unknown codes, and the dialects told apart. */
function parseCases(): Case[] {
  return [...noBodyCases(), ...textCases(), ...codeCases(), ...metaCases(), ...problemCases(), ...legacyCases()];
}

/** Retrying: the catalogue's guidance at its edges. */
function retryCases(): Case[] {
  const response = (status: number, body: string | null, headers: Headers = {}) => ({
    status,
    body,
    headers: { ...JSON_TYPE, ...headers },
  });
  const throttled = (seconds: string) => response(429, rateLimit(""), { "retry-after": seconds });
  return [
    retry("retry-after-floor-low-random", "A Retry-After of 2 s is a floor; no jitter drawn.", {
      ...throttled("2"),
      method: "GET",
      attempt: 1,
      random: 0,
    }),
    retry("retry-after-floor-high-random", "A Retry-After of 2 s with the most jitter of attempt 1.", {
      ...throttled("2"),
      method: "GET",
      attempt: 1,
      random: 0.999,
    }),
    retry("second-attempt", "Attempt 2: the jitter's ceiling doubles.", {
      ...throttled("2"),
      method: "GET",
      attempt: 2,
      random: 0.999,
    }),
    retry("last-attempt", "Attempt 3 of 3: no retry.", { ...throttled("2"), method: "GET", attempt: 3, random: 0.5 }),
    retry("over-the-cap", "A server asking for more than 60 s: no retry, and the wait it asked.", {
      ...throttled("3601"),
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("at-the-cap", "A server asking for exactly 60 s: retried.", {
      ...throttled("60"),
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("date-header", "Retry-After as an HTTP date, 30 s ahead.", {
      ...throttled(httpDate(NOW + 30_000)),
      method: "GET",
      attempt: 1,
      random: 0.25,
    }),
    retry("code-default", "No Retry-After: the code's default delay is the floor.", {
      ...response(429, '{"message":"Slow down.","error":"throttled"}'),
      method: "POST",
      attempt: 1,
      random: 0.1,
    }),
    retry("never", "A code whose policy is never: no retry.", {
      ...response(400, standard("invalid_json", "invalid_request_error", "m")),
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("backoff-500", "An internal error: backoff.", {
      ...response(500, standard("internal_error", "api_error", "m")),
      method: "PUT",
      attempt: 2,
      random: 0.5,
    }),
    retry("backoff-default", "A backoff code with a default delay.", {
      ...response(503, standard("no_active_number", "api_error", "m")),
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("html-502", "A proxy's HTML 502: the status' type decides (backoff).", {
      ...response(502, "<html>Bad Gateway</html>", { "content-type": "text/html" }),
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("empty-429", "An empty 429 with Retry-After: retried after it.", {
      ...response(429, "", { "retry-after": "3" }),
      method: "GET",
      attempt: 1,
      random: 0,
    }),
    retry("unknown-code-429", "An unknown code on a 429 without Retry-After: the type's policy, no floor.", {
      ...response(429, standard("galaxy_quota", "rate_limit_error", "m")),
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("unknown-type", "An unknown code of an unknown type on a 404: never.", {
      ...response(404, standard("galaxy_gone", "galaxy_error", "m")),
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("network/get", "No response to a GET: retried with backoff.", {
      status: 0,
      method: "GET",
      attempt: 1,
      random: 0.5,
    }),
    retry("network/post", "No response to a POST: retried, as it carries an idempotency key of its own.", {
      status: 0,
      method: "POST",
      attempt: 1,
      random: 0.5,
    }),
    retry("network/post-second", "No response to a POST twice: retried again, the ceiling doubled.", {
      status: 0,
      method: "POST",
      attempt: 2,
      random: 0.5,
    }),
    retry("network/last", "No response on the last attempt: no retry.", {
      status: 0,
      method: "GET",
      attempt: 3,
      random: 0.5,
    }),
    retry(
      "network/unknown-method",
      "No response to a method neither idempotent nor keyed, without a key: not retried.",
      { status: 0, method: "LOCK", attempt: 1, random: 0.5 },
    ),
    retry("network/unknown-method-keyed", "The same method with the caller's idempotency key: retried.", {
      status: 0,
      method: "LOCK",
      idempotency_key: "key-1",
      attempt: 1,
      random: 0.5,
    }),
    retry("network/lowercase-method", "A method in lower case is the same method.", {
      status: 0,
      method: "put",
      attempt: 1,
      random: 0.5,
    }),
  ];
}

/** Every hostile case. */
export function hostileCases(): Case[] {
  return [...renderCases(), ...parseCases(), ...retryCases()];
}
