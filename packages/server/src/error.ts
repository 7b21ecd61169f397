/**
 * The error class services raise, and `createError`, which builds one from a code and its fields:
 * typed at compile time, checked at run time, message rendered from the catalogue's template.
 *
 * @module
 */
import type {
  ErrorBody,
  ErrorCode,
  ErrorDetail,
  ErrorFields,
  ErrorFieldsNeed,
  ErrorObject,
  RetryPolicy,
} from "@errata/catalog";
import { ErrataBaseError } from "@errata/catalog";
import { warnDeprecated } from "./deprecation.js";
import { type CodeInfo, knownCodeInfo, type TemplateVariant } from "./info.js";
import { isRequestId } from "./request-id.js";

/** Which errors capture a stack trace: `"5xx"` (the default), `true` for all, `false` for none. */
export type StackTraces = boolean | "5xx";

let stackTraces: StackTraces = "5xx";

/**
 * Which new errors capture a stack trace. By default only 5xx errors do: a catalogued 4xx is
 * expected control flow (a rate limit, a bad parameter), raised where the request is refused, and
 * capturing its stack is most of the cost of raising it, on exactly the paths that are hot in a
 * storm. `true` captures every stack (while debugging), `false` none. Errors stay real `Error`
 * instances, with `name`, `message` and `cause`, whatever the setting.
 */
export function setStackTraces(policy: StackTraces): void {
  stackTraces = policy;
}

/** The message of an error as a JSON string, for the body writers of this package (not exported by it). */
export let messageJsonOf: (error: ErrataError) => string;

/**
 * The delay a body adds as `retry_after` when the code has that field and the error was raised
 * without it (`wireFields` without the copy); undefined when there is none to add.
 */
export let addedRetryAfterOf: (error: ErrataError) => number | undefined;

/** The members a caller may set on the error's code (its fields, `param`, `details`): what `createError` lets through. */
export let allowedFieldsOf: (error: ErrataError) => ReadonlySet<string>;

/** Marks Errata errors across copies of this package (an ESM and a CJS copy in one process). */
const BRAND = Symbol.for("errata.server.error");

/** Members every code may carry besides its own fields. */
export interface CommonFields {
  /** The request parameter that caused the error, as a dotted path. */
  readonly param?: string;
  /** Field-level problems: `{field, message}` items. */
  readonly details?: readonly ErrorDetail[];
}

/** The fields `createError` takes for a code: the code's own, plus `param` and `details`. */
export type RaiseFields<C extends ErrorCode> = ErrorFields<C> & CommonFields;

/** Per-call options of `createError`. */
export interface RaiseOptions {
  /** Replaces the message rendered from the code's template. */
  readonly message?: string;
  /** The underlying error, kept on the instance for logs; it never reaches the wire. */
  readonly cause?: unknown;
}

/** The arguments after the code: the fields may be left out when the code requires none. */
export type RaiseArgs<C extends ErrorCode> = ArgsByNeed<RaiseFields<C>>[ErrorFieldsNeed[C]];

// A lookup, not a conditional type, so that it stays cheap at any number of codes.
interface ArgsByNeed<F> {
  readonly required: [fields: F, options?: RaiseOptions];
  readonly optional: [fields?: F, options?: RaiseOptions];
}

/** A developer error: `createError` was called with an unknown code or fields that break its schema. */
export class ErrataFieldError extends TypeError {
  override readonly name = "ErrataFieldError";
  /** The problems found, one line each. */
  readonly problems: readonly string[];
  /** The fields the problems are about, first path segment of each, in order. */
  readonly fields: readonly string[];

  constructor(code: string, problems: readonly string[], fields: readonly string[] = []) {
    super(`createError("${code}"): ${problems.join("; ")}`);
    this.problems = problems;
    this.fields = fields;
  }
}

/**
 * A catalogued error: a real `Error` (stack, `cause`) that knows its code, type, status, fields and
 * retry policy, and turns itself into the wire body.
 */
export class ErrataError<C extends ErrorCode = ErrorCode> extends ErrataBaseError {
  // One private slot and one public field: every other member is read from the code's cached
  // constants, which keeps construction close to the cost of a bare Error.
  readonly #info: CodeInfo;
  /**
   * The JSON-escaped parts of the template the message was rendered from, so it can be written
   * pre-escaped; or the rendered message itself when that is its own JSON between quotes (kept here,
   * not read from `message`, which a caller may overwrite: the wire has the rendered text).
   */
  readonly #jsonParts: readonly string[] | string | undefined;
  /** The seconds until the reset time the error carries, for codes whose delay derives from one. */
  readonly #untilReset: number | undefined;
  declare readonly name: "ErrataError";
  /** The fields as given to `createError` (a `retry_after` left out is in `retryAfter` and on the wire). */
  declare readonly fields: RaiseFields<C>;

  /**
   * Use `createError`, which checks the fields; this constructor trusts them. `fromTemplate` is
   * true when the message is the code's template rendered, or the JSON parts of the variant used, or
   * `PLAIN` when nothing in the rendered message needs escaping.
   */
  constructor(
    info: CodeInfo,
    fields: RaiseFields<C>,
    message: string,
    cause?: unknown,
    fromTemplate: boolean | readonly string[] | typeof PLAIN = false,
  ) {
    if (stackTraces === true || (stackTraces === "5xx" && info.status >= 500)) {
      super(message, cause === undefined ? undefined : { cause });
    } else {
      // Capturing the stack is most of the cost of an Error; without it the error is still an Error.
      // A limit that is not a number skips the capture outright (a limit of 0 costs nearly twice as
      // much), and leaves `stack` undefined: it gets the line V8 writes for an error without frames.
      const settings = Error as { stackTraceLimit: unknown };
      const limit = settings.stackTraceLimit;
      settings.stackTraceLimit = undefined;
      super(message, cause === undefined ? undefined : { cause });
      settings.stackTraceLimit = limit;
      this.stack = message === "" ? "ErrataError" : `ErrataError: ${message}`;
    }
    this.#info = info;
    this.#jsonParts =
      fromTemplate === true
        ? info.jsonTemplateParts
        : fromTemplate === false
          ? undefined
          : fromTemplate === PLAIN
            ? message
            : fromTemplate;
    this.#untilReset =
      info.retryAfterFrom === undefined
        ? undefined
        : secondsUntil((fields as Record<string, unknown>)[info.retryAfterFrom]);
    (this as { fields: RaiseFields<C> }).fields = fields;
  }

  /** The machine-readable code. */
  get code(): C {
    return this.#info.code as C;
  }

  /** The code's type (category). */
  get type(): ErrorObject<C>["type"] {
    return this.#info.type as ErrorObject<C>["type"];
  }

  /** The HTTP status the code is sent with. */
  get status(): number {
    return this.#info.status;
  }

  /** How a client should treat it: `never`, `backoff` or `retry_after`. */
  get retry(): RetryPolicy {
    return this.#info.retry;
  }

  /**
   * Whole seconds to wait, sent as Retry-After: the `retry_after` field when given, else the time
   * until the reset the error carries (`resets_at` of `sandbox_quota_exceeded`, fixed when the
   * error is created), else the code's default.
   */
  get retryAfter(): number | undefined {
    const field = ownField(this.fields, "retry_after");
    return typeof field === "number" ? field : (this.#untilReset ?? this.#info.retryAfter);
  }

  /** The code's title, from the catalogue. */
  get title(): string {
    return this.#info.title;
  }

  /** The code's entry in the error reference (the body's `doc_url`). */
  get docUrl(): string {
    return this.#info.docUrl;
  }

  /** The fields as they go on the wire: the given ones, plus `retry_after` from the code's default. */
  wireFields(): Readonly<Record<string, unknown>> {
    const fields = this.fields as Readonly<Record<string, unknown>>;
    const delay = this.#addedRetryAfter();
    return delay === undefined ? fields : { ...fields, retry_after: delay };
  }

  /** The `error` member of the wire body: type, code, message, the fields, doc_url. */
  toErrorObject(): ErrorObject<C> {
    return {
      type: this.type,
      code: this.code,
      message: this.message,
      ...this.wireFields(),
      doc_url: this.#info.docUrl,
    } as ErrorObject<C>;
  }

  /** The wire body as JSON text: the same as `JSON.stringify(toBody(requestId))`, built faster. */
  toJSONText(requestId: string): string {
    const info = this.#info;
    const fields = this.fields as Record<string, unknown>;
    let text = info.jsonHead + this.#messageJson() + fieldsJson(fields);
    const delay = this.#addedRetryAfter();
    if (delay !== undefined) text += `,"retry_after":${delay}`;
    return `${text}${info.jsonTail}${JSON.stringify(requestId)}}`;
  }

  #addedRetryAfter(): number | undefined {
    const info = this.#info;
    return info.hasRetryAfterField && ownField(this.fields, "retry_after") === undefined
      ? (this.#untilReset ?? info.retryAfter)
      : undefined;
  }

  /** The message as a JSON string: written from the pre-escaped template when it was rendered from one. */
  #messageJson(): string {
    const parts = this.#jsonParts;
    if (typeof parts === "string") return `"${parts}"`;
    return parts
      ? jsonMessage(this.#info, this.fields as Record<string, unknown>, parts)
      : JSON.stringify(this.message);
  }

  static {
    messageJsonOf = (error) => error.#messageJson();
    addedRetryAfterOf = (error) => error.#addedRetryAfter();
    allowedFieldsOf = (error) => error.#info.allowed;
  }

  /** The whole wire body, `{error, request_id}`. */
  toBody(requestId: string): ErrorBody<C> {
    if (!isRequestId(requestId)) {
      throw new TypeError(`toBody: "${String(requestId)}" is not a request ID (req_ and 12 to 128 base62 characters)`);
    }
    return { error: this.toErrorObject(), request_id: requestId } as ErrorBody<C>;
  }
}

Object.defineProperty(ErrataError.prototype, "name", { value: "ErrataError", writable: true, configurable: true });
Object.defineProperty(ErrataError.prototype, BRAND, { value: true });

/** Whether `value` is an Errata error, from this copy of the package or another. */
export function isErrataError(value: unknown): value is ErrataError {
  try {
    if (value instanceof ErrataError) return true;
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const field = path === "" ? "fields" : path;
    return `${field}: ${issue.message}`;
  });
}

/** A field's own value: an inherited member (a polluted prototype) is not a field. */
function ownField(fields: object, name: string): unknown {
  return Object.hasOwn(fields, name) ? (fields as Record<string, unknown>)[name] : undefined;
}

/** Drops `__proto__` members at any depth: a copy of the body made with Object.assign would get a new prototype. */
function withoutProto(key: string, value: unknown): unknown {
  return key === "__proto__" ? undefined : value;
}

/** A field's JSON on the wire. */
export function wireJson(value: unknown): string {
  // Numbers are most fields: String writes a finite one as JSON.stringify does, and faster.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "string" && value.length <= 64 && plainAscii(value)) return `"${value}"`;
  return typeof value === "object" && value !== null ? JSON.stringify(value, withoutProto) : JSON.stringify(value);
}

/** Whether JSON writes `text` as it stands between quotes: printable ASCII, no quote or backslash. */
function plainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char < 0x20 || char > 0x7e || char === 0x22 || char === 0x5c) return false;
  }
  return true;
}

/**
 * `,"name":value` for each own member of `fields` that has a value, in their order, except those
 * `skip` names: what the body writers put after the members they place themselves.
 */
export function fieldsJson(fields: Readonly<Record<string, unknown>>, skip?: ReadonlySet<string>): string {
  let text = "";
  // Own members only: a polluted Object.prototype must not add members to every body.
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (value !== undefined && (skip === undefined || !skip.has(key))) text += memberPrefix(key) + wireJson(value);
  }
  return text;
}

// `,"name":` by field name: one string to join instead of three. Field names are the catalogue's
// (createError lets no other through), so the map stays small; the bound is there all the same.
const prefixes = new Map<string, string>();
const MAX_PREFIXES = 4096;

function memberPrefix(key: string): string {
  let prefix = prefixes.get(key);
  if (prefix === undefined) {
    prefix = `,"${key}":`;
    if (prefixes.size < MAX_PREFIXES) prefixes.set(key, prefix);
  }
  return prefix;
}

/** One placeholder's text, as `renderParts` writes it. */
function placeholderText(info: CodeInfo, fields: Readonly<Record<string, unknown>>, name: string): unknown {
  let value = Object.hasOwn(fields, name) ? fields[name] : undefined;
  // A `retry_after` left out is the code's default, on the wire and in the message alike.
  if (value === undefined && name === "retry_after" && info.hasRetryAfterField) value = info.retryAfter;
  return value === undefined || value === null ? `{${name}}` : value;
}

/** The seconds from now until an RFC 3339 time, at least 1; undefined when it is not a time. */
function secondsUntil(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const at = Date.parse(value);
  // A reset already past still gets a second, so that clients refused together do not return at once.
  return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}

/** The rendered message as a JSON string, from the pre-escaped template: only the values are escaped. */
function jsonMessage(info: CodeInfo, fields: Readonly<Record<string, unknown>>, parts: readonly string[]): string {
  let text = `"${parts[0] as string}`;
  for (let i = 1; i < parts.length; i += 2) {
    const value = placeholderText(info, fields, parts[i] as string);
    text +=
      (typeof value === "number" ? String(value) : JSON.stringify(String(value)).slice(1, -1)) +
      (parts[i + 1] as string);
  }
  return `${text}"`;
}
const EMPTY: Readonly<Record<string, unknown>> = Object.freeze({});

/** The first message variant whose fields all have values (as `templateFor` of the catalogue picks). */
function variantFor(info: CodeInfo, fields: Readonly<Record<string, unknown>>): TemplateVariant | undefined {
  next: for (const variant of info.variants) {
    for (const name of variant.names) {
      if (!Object.hasOwn(fields, name) || fields[name] === undefined || fields[name] === null) continue next;
    }
    return variant;
  }
  return undefined;
}

/** Marks a message that JSON writes as it stands between quotes (its template and every value plain). */
const PLAIN: unique symbol = Symbol("plain");

/** Whether the last `renderParts` wrote only values that JSON writes as they stand. */
let renderedPlain = true;

/** `renderMessage` over a template split once at its placeholders (same output, no regex per call). */
function renderParts(
  info: CodeInfo,
  fields: Readonly<Record<string, unknown>>,
  parts: readonly string[] = info.templateParts,
): string {
  let text = parts[0] as string;
  let plain = true;
  for (let i = 1; i < parts.length; i += 2) {
    const value = placeholderText(info, fields, parts[i] as string);
    const written = String(value);
    // A number is written by String in the message and in its JSON alike (see jsonMessage).
    if (plain && typeof value !== "number" && !plainAscii(written)) plain = false;
    text += written + (parts[i + 1] as string);
  }
  renderedPlain = plain;
  return text;
}

// How deep a field's value may nest: far beyond any field of the catalogue, and short of a cycle.
const MAX_DEPTH = 32;
const TOO_DEEP: unique symbol = Symbol("too deep");

/**
 * A frozen copy of a JSON-like value: arrays and objects copied member by member (own enumerable
 * members, each getter read once; `__proto__` stays an own member, dropped when the body is written),
 * anything else as it is.
 */
function frozenCopy(value: unknown, depth: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  let deep = false;
  const copyOf = (member: unknown) => {
    const copy = frozenCopy(member, depth + 1);
    if (copy === TOO_DEEP) deep = true;
    return copy;
  };
  const copy = Array.isArray(value)
    ? Array.from(value, copyOf)
    : Object.fromEntries(Object.keys(value).map((key) => [key, copyOf((value as Record<string, unknown>)[key])]));
  return deep ? TOO_DEEP : Object.freeze(copy);
}

/**
 * Creates the error of `code` with its fields. The fields are typed per code (a missing or
 * mistyped field does not compile) and checked at run time against the catalogue's schema (a plain
 * JavaScript caller gets an `ErrataFieldError` naming each problem, never a malformed response).
 * The message is the code's template rendered with the fields unless `options.message` replaces
 * it. A `retry_after` field left out takes the code's default.
 *
 * @example
 * throw createError("outbound_limit_reached", { limit: 35, current: 35, mode: "total" });
 */
export function createError<C extends ErrorCode>(code: C, ...args: RaiseArgs<C>): ErrataError<C>;
export function createError(code: ErrorCode, given?: Record<string, unknown>, options?: RaiseOptions): ErrataError {
  const info = knownCodeInfo(code);
  if (info === undefined) throw new ErrataFieldError(String(code), ["unknown error code"]);
  if (given !== undefined && (typeof given !== "object" || given === null || Array.isArray(given))) {
    throw new ErrataFieldError(code, ["fields must be an object"]);
  }
  // One copy, read once, before anything is checked: the caller may reuse or change its object after
  // raising, and a getter must not answer the check one value and the body another.
  const fields: Record<string, unknown> = given === undefined ? EMPTY : { ...given };
  for (const key of Object.keys(fields)) {
    if (!info.allowed.has(key)) {
      const known = [...info.allowed].join(", ");
      throw new ErrataFieldError(code, [`${key}: not a field of this code (its fields: ${known})`], [key]);
    }
    // A nested value (a `details` array) is copied all the way down and frozen: the caller's array,
    // changed after raising, cannot change the body without its being checked again.
    const value = fields[key];
    if (typeof value === "object" && value !== null) {
      const copy = frozenCopy(value, 0);
      if (copy === TOO_DEEP)
        throw new ErrataFieldError(code, [`${key}: nested more than ${MAX_DEPTH} levels deep`], [key]);
      fields[key] = copy;
    }
  }
  const override = options?.message;
  const variant = override === undefined && info.variants.length > 0 ? variantFor(info, fields) : undefined;
  let message: string;
  // A message whose template and values need no escaping is its own JSON text: the body writers
  // put it between quotes instead of rendering it again.
  let plain = false;
  if (override !== undefined) message = override;
  else if (variant !== undefined) {
    message = renderParts(info, fields, variant.parts);
    plain = renderedPlain && variant.jsonParts === variant.parts;
  } else if (info.templated) {
    message = renderParts(info, fields);
    plain = renderedPlain && info.jsonTemplateParts === info.templateParts;
  } else message = info.template;
  // The precompiled check passes only what zod passes; anything else gets zod's verdict and wording.
  if (info.check === undefined || !info.check(fields, message)) {
    const checked = info.schema.safeParse({ type: info.type, code, message, ...fields });
    if (!checked.success) {
      const issues = checked.error.issues;
      throw new ErrataFieldError(
        code,
        describeIssues(issues),
        issues.map((issue) => String(issue.path[0] ?? "")),
      );
    }
  }
  if (info.deprecated !== undefined) warnDeprecated(code, info.deprecated);
  return new ErrataError(
    info,
    fields as RaiseFields<ErrorCode>,
    message,
    options?.cause,
    override !== undefined ? false : plain ? PLAIN : (variant?.jsonParts ?? true),
  );
}
