/**
 * Errors that web frameworks raise on their own with a client status (a body over the parser's
 * limit, an unreadable charset, a route not found, an `http-errors` 4xx), turned into the
 * catalogued code of the same status, so that they keep it rather than become a 500 that clients
 * retry. Their own messages never reach the wire: the code's catalogue message does.
 *
 * @module
 */
import { DIALECTS, type Dialect, ERROR_INFO, ERROR_TYPES, type ErrorCode, FRAMEWORK_CODES } from "@errata/catalog";
import { createError, type ErrataError } from "./error.js";
import { knownCodeInfo } from "./info.js";

// Express's body parser (`type`) and Fastify (`code`) name the cases the catalogue has a code for.
const BY_NAME: Readonly<Record<string, ErrorCode>> = {
  "entity.parse.failed": "invalid_json",
  "entity.too.large": "payload_too_large",
  "parameters.too.many": "payload_too_large",
  "charset.unsupported": "unsupported_media_type",
  "encoding.unsupported": "unsupported_media_type",
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid_json",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid_json",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_TYPE: "unsupported_media_type",
};

// The most general code of each client status the catalogue has, for every other case (the
// statuses are the catalogue's own), and the codes a legacy API sends in their stead.
const GENERAL = FRAMEWORK_CODES.general;
const BY_STATUS = new Map<number, ErrorCode>(GENERAL.map((code) => [ERROR_INFO[code].status, code]));
// A client status without a code of its own is sent as a malformed request.
const FALLBACK = BY_STATUS.get(ERROR_TYPES.invalid_request_error.status) as ErrorCode;

const LEGACY_GENERAL = FRAMEWORK_CODES.legacy;
const CANDIDATES: readonly ErrorCode[] = [...GENERAL, ...LEGACY_GENERAL];

const STOP = new Set<unknown>([Object.prototype, Error.prototype, Function.prototype, null]);

/**
 * A data member of `value` or of its class's prototypes, never of `Object.prototype` or
 * `Error.prototype` (which a polluted environment may have given anything) and never a getter's.
 */
function member(value: object, key: string): unknown {
  for (let level: object | null = value, depth = 0; !STOP.has(level) && depth < 8; depth++) {
    const own = Object.getOwnPropertyDescriptor(level as object, key);
    if (own !== undefined) return "value" in own ? own.value : undefined;
    level = Object.getPrototypeOf(level) as object | null;
  }
  return undefined;
}

function clientStatus(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 400 && (value as number) < 500 ? (value as number) : undefined;
}

/**
 * The catalogued error of `code`, with the catalogue's wording for any field it requires, or
 * undefined when the code cannot be raised without fields of the case. `validation_failed` carries
 * one detail about the request as a whole wherever the dialect writes `details`; iMessage's generic
 * 400 has none.
 */
function errorOf(code: ErrorCode, cause: unknown, dialect: Dialect): ErrataError | undefined {
  // No field is named: the one detail is about the request as a whole, in the code's own words.
  const details = { details: [{ field: "", message: knownCodeInfo(code)?.template ?? "" }] };
  const writesDetails = dialect === "standard" || (DIALECTS[dialect].members as readonly string[]).includes("details");
  const tries = code === "validation_failed" && writesDetails ? [details, {}] : [{}, details];
  for (const fields of tries) {
    try {
      return createError(code as "not_found", fields, { cause });
    } catch {
      // A code that needs fields of its own: try the next, or another code.
    }
  }
  return undefined;
}

const preferred = new Map<string, ErrorCode | null>();

/**
 * The general code of `status` that the API of a legacy dialect sends, raisable without fields of
 * the case (iMessage's 429s need counts a framework cannot know); null when it sends none.
 */
function preferredCode(dialect: Dialect, status: number): ErrorCode | null {
  const key = `${dialect} ${status}`;
  let code = preferred.get(key);
  if (code === undefined) {
    code =
      CANDIDATES.find(
        (candidate) =>
          ERROR_INFO[candidate].status === status &&
          (ERROR_INFO[candidate].apis as readonly string[]).includes(dialect) &&
          ERROR_INFO[candidate].deprecated === undefined &&
          errorOf(candidate, undefined, dialect) !== undefined,
      ) ?? null;
    preferred.set(key, code);
  }
  return code;
}

/**
 * The code to send in `dialect` for a framework error the standard mapping gives `code`: itself
 * when the dialect's API sends it, else the general code of the same status that the API sends,
 * else itself.
 */
function inDialect(code: ErrorCode, dialect: Dialect): ErrorCode {
  if (dialect === "standard" || (ERROR_INFO[code].apis as readonly string[]).includes(dialect)) return code;
  return preferredCode(dialect, ERROR_INFO[code].status) ?? code;
}

/**
 * The catalogued error for an error a framework raised with a client status (4xx): Express's
 * body parser (`type` and `status`), Fastify's `FST_ERR_*` errors (`code` and `statusCode`), and
 * `http-errors` (`expose` and `status`); undefined for anything else. The framework's message and
 * properties stay in `cause`, off the wire. In a legacy dialect, a code that API sends with the same
 * status is preferred (a generic 400 is `validation_failed` in RCS and iMessage).
 */
export function fromFrameworkError(thrown: unknown, dialect: Dialect = "standard"): ErrataError | undefined {
  try {
    if (typeof thrown !== "object" || thrown === null || !(thrown instanceof Error)) return undefined;
    const status = clientStatus(member(thrown, "statusCode")) ?? clientStatus(member(thrown, "status"));
    if (status === undefined) return undefined;
    const type = member(thrown, "type");
    const code = member(thrown, "code");
    const fastify = typeof code === "string" && code.startsWith("FST_ERR_");
    // Fastify 4 hands on its JSON parser's SyntaxError, marked 400.
    const parser = thrown instanceof SyntaxError && status === 400;
    if (!fastify && !parser && member(thrown, "expose") !== true) return undefined;
    const named =
      (fastify && Object.hasOwn(BY_NAME, code) ? BY_NAME[code] : undefined) ??
      (typeof type === "string" && Object.hasOwn(BY_NAME, type) ? BY_NAME[type] : undefined) ??
      (parser ? "invalid_json" : undefined);
    return errorOf(inDialect(named ?? BY_STATUS.get(status) ?? FALLBACK, dialect), thrown, dialect);
  } catch {
    return undefined;
  }
}
