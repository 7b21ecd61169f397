/**
 * Turns anything thrown into the status, headers and body of an error response, in the wire
 * contract's form (in any dialect) or as RFC 9457 problem details. Every adapter is a thin shell
 * around `renderError`.
 *
 * @module
 */
import {
  bodyPlan,
  DIALECTS,
  type Dialect,
  type DialectEnvelope,
  GENERIC_CODES,
  type LegacyDialect,
  problemInstanceOf,
} from "@errata/catalog";
import { type ErrorForm, preferredForm } from "./accept.js";
import {
  addedRetryAfterOf,
  allowedFieldsOf,
  createError,
  ErrataError,
  fieldsJson,
  isErrataError,
  messageJsonOf,
  wireJson,
} from "./error.js";
import { fromFrameworkError } from "./framework.js";
import { generateRequestId, requestIdFrom } from "./request-id.js";

/** What the error handler has of the incoming request. */
export interface RequestContext {
  /** The request's `Accept` header. */
  readonly accept?: string | null | undefined;
  /** The request's `X-Request-Id` header; used when well formed. */
  readonly requestId?: string | null | undefined;
  /**
   * Any request header by name (case-insensitive), for a `dialect` function; every adapter fills
   * it. Undefined when the request has no such header.
   */
  readonly header?: ((name: string) => string | undefined) | undefined;
}

/**
 * The dialect to answer in: a name, or a function of the request (the same `RequestContext` in
 * every adapter) that returns one, so that one service can answer old clients in their API's shape
 * and new ones in the standard shape. A function that throws, or a value that names no dialect,
 * gives `standard`, and `onError` is told (`dialectFallback`).
 */
export type DialectOption = Dialect | ((request: RequestContext) => Dialect);

/** Why the `dialect` option gave way to `standard`, and what it threw or returned. */
export interface DialectFallback {
  readonly reason: "threw" | "not_a_dialect";
  readonly value: unknown;
}

/** Told about every error sent, with what went on the wire. */
export interface ErrorEvent {
  /** The request ID the response carries: quote it in logs to correlate. */
  readonly requestId: string;
  /** The catalogued error that was sent (`internal_error` for anything else). */
  readonly error: ErrataError;
  /** Whether the thrown value was not a catalogued error (and so was hidden behind `internal_error`). */
  readonly unexpected: boolean;
  /** The dialect the response is written in (problem details are the same in every dialect). */
  readonly dialect: Dialect;
  /** Set when the `dialect` option threw or named no dialect, and `standard` was sent instead. */
  readonly dialectFallback?: DialectFallback;
}

/** Options of every adapter. */
export interface SendOptions {
  /**
   * Receives the original thrown value (stack, message, cause and all) and the request ID, for
   * logs. Called for every error sent; errors it throws are ignored.
   */
  readonly onError?: (thrown: unknown, event: ErrorEvent) => void;
  /** Forces a form instead of negotiating it from `Accept`. */
  readonly form?: ErrorForm;
  /** The dialect of the JSON form: a name or a function of the request; `standard` by default. */
  readonly dialect?: DialectOption;
}

/** An error response, ready for any server API. */
export interface RenderedError {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Record<string, string>;
  /** The serialised body. */
  readonly body: string;
  readonly requestId: string;
  /** The catalogued error that was sent. */
  readonly error: ErrataError;
  /** The dialect chosen (problem details, when sent, are the same in every dialect). */
  readonly dialect: Dialect;
}

const JSON_TYPE = "application/json; charset=utf-8";
// No charset on problem details: JSON defines none (RFC 8259 §11, RFC 9457 §6.1), and problem
// clients that compare the media type exactly ignore a body that carries one.
const PROBLEM_TYPE = "application/problem+json";

/**
 * The catalogued error to send for `thrown`: itself when it is one; for a framework's error with a
 * client status (Express's body parser, Fastify's `FST_ERR_*`, `http-errors`), the catalogued code
 * of that status; otherwise `internal_error`. Anything but a catalogued error is sent with the
 * catalogue's message, the original kept as `cause` (off the wire). Reading a hostile value
 * (throwing getters, revoked proxies) cannot make this throw. In a legacy `dialect`, a framework's
 * error takes a code that API sends with the same status, when there is one.
 */
export function toErrataError(
  thrown: unknown,
  dialect: Dialect = "standard",
): { error: ErrataError; unexpected: boolean } {
  try {
    if (thrown instanceof ErrataError) return { error: thrown, unexpected: false };
    if (isErrataError(thrown)) {
      // From another copy of this package: rebuild it here, so its fields are checked again.
      const other = thrown as ErrataError;
      const error = createError(other.code, other.fields as never, { message: other.message, cause: other.cause });
      return { error, unexpected: false };
    }
  } catch {
    // Falls through.
  }
  const framework = fromFrameworkError(thrown, dialect);
  if (framework !== undefined) return { error: framework, unexpected: false };
  return { error: createError("internal_error", {}, { cause: thrown }), unexpected: true };
}

/** The body in the wire contract's form. */
function jsonBody(error: ErrataError, requestId: string): string {
  return error.toJSONText(requestId);
}

/** A member of a legacy body the error's fields fill, written only when the field has a value. */
interface FieldSlot {
  readonly field: string;
  /** `"name":` before the message, `,"name":` after it: the commas hang on the message, always written. */
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * A legacy body of one code, laid out once from the catalogue's plan of the dialect (`bodyPlan`,
 * which `dialectBody` walks too): the text up to and including `"message":`, the members after the
 * message, the envelope's optional fields (RCS's `details`) as slots, and the fields the body must
 * not repeat. Constant members side by side are one piece of text, commas included, so that a body
 * is a few concatenations of long pieces (a string made of many short ones costs more to flatten
 * when it is measured or written).
 */
interface LegacyLayout {
  readonly head: readonly (string | FieldSlot)[];
  readonly tail: readonly (string | FieldSlot)[];
  /** The fields the envelope writes itself, among those the code may carry; undefined when none. */
  readonly skip: ReadonlySet<string> | undefined;
  /** Whether the dialect repeats a code's default delay in `retry_after`. */
  readonly retryAfterMember: boolean;
}

/** A code's layouts in a dialect, with the message that makes its body generic (no code member). */
interface CodeLayouts {
  readonly withCode: LegacyLayout;
  readonly withoutCode: LegacyLayout;
  /** The message a client maps back to the code at its status (`GENERIC_CODES`); undefined when none. */
  readonly genericMessage: string | undefined;
}

// The standard error object's members that are not fields (as `dialectBody` skips them).
const NOT_FIELDS = ["type", "code", "message", "doc_url"];
// By dialect, then by code.
const layouts = new Map<LegacyDialect, Map<string, CodeLayouts>>();

function layoutsOf(dialect: LegacyDialect, error: ErrataError): CodeLayouts {
  let byCode = layouts.get(dialect);
  if (byCode === undefined) {
    byCode = new Map();
    layouts.set(dialect, byCode);
  }
  const { code } = error;
  let found = byCode.get(code);
  if (found === undefined) {
    const generic = GENERIC_CODES[dialect]?.[error.status];
    let genericMessage: string | undefined;
    for (const message in generic) if (generic[message] === code) genericMessage = message;
    const envelope = DIALECTS[dialect];
    const allowed = allowedFieldsOf(error);
    found = {
      withCode: layoutOf(envelope, code, error.status, allowed, false),
      withoutCode: layoutOf(envelope, code, error.status, allowed, true),
      genericMessage,
    };
    byCode.set(code, found);
  }
  return found;
}

function layoutOf(
  envelope: DialectEnvelope,
  code: string,
  status: number,
  allowed: ReadonlySet<string>,
  withoutCode: boolean,
): LegacyLayout {
  const plan = bodyPlan(envelope);
  const head: (string | FieldSlot)[] = ["{"];
  const tail: (string | FieldSlot)[] = [];
  let pieces = head;
  const skip = new Set(NOT_FIELDS);
  for (const { member, role, value } of plan.members) {
    const before = pieces === head;
    let json: string | undefined;
    if (role === "constant") json = JSON.stringify(value);
    else if (role === "code") json = withoutCode && plan.codeOptional ? undefined : JSON.stringify(code);
    else if (role === "status") json = String(status);
    else if (role === "message") {
      append(pieces, '"message":');
      pieces = tail;
    } else {
      const name = JSON.stringify(member);
      pieces.push(
        before
          ? { field: member, prefix: `${name}:`, suffix: "," }
          : { field: member, prefix: `,${name}:`, suffix: "" },
      );
    }
    // A member written here is not repeated among the fields (a code left out is not written).
    if (role !== "code" || json !== undefined) skip.add(member);
    if (json !== undefined)
      append(pieces, before ? `${JSON.stringify(member)}:${json},` : `,${JSON.stringify(member)}:${json}`);
  }
  // Only the fields a code may carry can be in a body: the writer asks about none when none is skipped.
  const skipped = new Set([...skip].filter((member) => allowed.has(member)));
  return {
    head,
    tail,
    skip: skipped.size === 0 ? undefined : skipped,
    retryAfterMember: envelope.retryAfterMember,
  };
}

/** Appends `text` to the last piece when that is text too. */
function append(pieces: (string | FieldSlot)[], text: string): void {
  const last = pieces.at(-1);
  if (typeof last === "string") pieces[pieces.length - 1] = last + text;
  else pieces.push(text);
}

/** The pieces' text: the text as it stands, a slot with its field's value when it has one. */
function piecesJson(pieces: readonly (string | FieldSlot)[], fields: Readonly<Record<string, unknown>>): string {
  let text = "";
  for (const piece of pieces) {
    if (typeof piece === "string") text += piece;
    else {
      const value = Object.hasOwn(fields, piece.field) ? fields[piece.field] : undefined;
      if (value !== undefined) text += piece.prefix + wireJson(value) + piece.suffix;
    }
  }
  return text;
}

/**
 * The body in a legacy dialect, byte for byte what `JSON.stringify(dialectBody(...))` gives, from
 * the code's layout. A code's default delay is repeated in `retry_after` only by the dialects whose
 * APIs do (`retryAfterMember`: RCS); the others leave it to the `Retry-After` header, as their APIs
 * send it. A generic body (iMessage's) leaves the code out only when its status and message are the
 * ones a client maps back to the code (`GENERIC_CODES`, made of the codes sent without one); a
 * replaced message keeps the code.
 */
function legacyBody(error: ErrataError, dialect: LegacyDialect): string {
  const found = layoutsOf(dialect, error);
  // The message is compared only for a code that has a generic body: hashing it costs more.
  const generic = found.genericMessage !== undefined && error.message === found.genericMessage;
  return writeLegacy(generic ? found.withoutCode : found.withCode, error);
}

/**
 * The body of `error` in any flat envelope (the dialect table's or not), laid out afresh: what
 * `legacyBody` writes from its cached layouts, for the tests to hold to the catalogue's `writeBody`.
 */
export function legacyBodyIn(envelope: DialectEnvelope, error: ErrataError, withoutCode: boolean): string {
  return writeLegacy(layoutOf(envelope, error.code, error.status, allowedFieldsOf(error), withoutCode), error);
}

function writeLegacy(layout: LegacyLayout, error: ErrataError): string {
  const fields = error.fields as Readonly<Record<string, unknown>>;
  const { head, tail } = layout;
  let text =
    (head.length === 1 ? (head[0] as string) : piecesJson(head, fields)) +
    messageJsonOf(error) +
    (tail.length === 0 ? "" : tail.length === 1 && typeof tail[0] === "string" ? tail[0] : piecesJson(tail, fields)) +
    fieldsJson(fields, layout.skip);
  const delay = layout.retryAfterMember ? addedRetryAfterOf(error) : undefined;
  if (delay !== undefined) text += `,"retry_after":${delay}`;
  return `${text}}`;
}

/** The body of `error` in `dialect`: the standard one byte for byte as ever, or a legacy one. */
function bodyIn(dialect: Dialect, error: ErrataError, requestId: string): string {
  return dialect === "standard" ? jsonBody(error, requestId) : legacyBody(error, dialect);
}

interface DialectChoice {
  readonly dialect: Dialect;
  readonly fallback?: DialectFallback;
}

// Shared, one a dialect: choosing a dialect allocates nothing.
const CHOSEN = Object.fromEntries(
  (Object.keys(DIALECTS) as Dialect[]).map((dialect) => [dialect, Object.freeze({ dialect })]),
) as Readonly<Record<Dialect, DialectChoice>>;
const STANDARD = CHOSEN.standard;

/** The dialect the options ask for; `standard` when they ask for none, or fail to name one. */
function chooseDialect(request: RequestContext | undefined, options: SendOptions | undefined): DialectChoice {
  const option = own(options, "dialect");
  if (option === undefined || option === "standard") return STANDARD;
  let value: unknown = option;
  if (typeof option === "function") {
    try {
      value = option(request ?? {});
    } catch (thrown) {
      return { dialect: "standard", fallback: { reason: "threw", value: thrown } };
    }
  }
  if (value === "standard") return STANDARD;
  // One lookup, for isDialect's answer and the shared choice.
  return typeof value === "string" && Object.hasOwn(CHOSEN, value)
    ? CHOSEN[value as Dialect]
    : { dialect: "standard", fallback: { reason: "not_a_dialect", value } };
}

/**
 * The body as RFC 9457 problem details: `type` is the code's doc URL, `title` its title, `detail`
 * the message, `instance` an absolute URI of the request ID (`problemInstanceOf`); `code`,
 * `request_id` and the code's fields are extension members.
 */
export function problemOf(error: ErrataError, requestId: string): Record<string, unknown> {
  return {
    type: error.docUrl,
    title: error.title,
    status: error.status,
    detail: error.message,
    instance: problemInstanceOf(requestId),
    code: error.code,
    request_id: requestId,
    ...error.wireFields(),
  };
}

/** An own member of options the caller passed: a polluted Object.prototype sets no option. */
function own<K extends string>(value: { readonly [key in K]?: unknown } | undefined, key: K): unknown {
  return value !== undefined && value !== null && Object.hasOwn(value, key) ? value[key] : undefined;
}

function render(
  thrown: unknown,
  request: RequestContext | undefined,
  options: SendOptions | undefined,
  dialect: Dialect,
  dialectFallback: DialectFallback | undefined,
): RenderedError {
  const requestId = requestIdFrom(own(request, "requestId") as string | undefined);
  const { error, unexpected } = toErrataError(thrown, dialect);
  const onError = own(options, "onError");
  if (typeof onError === "function") {
    try {
      onError(
        thrown,
        dialectFallback === undefined
          ? { requestId, error, unexpected, dialect }
          : { requestId, error, unexpected, dialect, dialectFallback },
      );
    } catch {
      // A failing log hook must not cost the client its response.
    }
  }
  const forced = own(options, "form");
  const form =
    forced === "json" || forced === "problem" ? forced : preferredForm(own(request, "accept") as string | undefined);
  const headers: Record<string, string> = {
    "content-type": form === "problem" ? PROBLEM_TYPE : JSON_TYPE,
    "request-id": requestId,
  };
  if (error.retryAfter !== undefined) headers["retry-after"] = String(error.retryAfter);
  const body = form === "problem" ? wireJson(problemOf(error, requestId)) : bodyIn(dialect, error, requestId);
  return { status: error.status, headers, body, requestId, error, dialect };
}

let fallbackError: ErrataError | undefined;

/**
 * The status, headers and body to send for `thrown`, negotiated from the request's `Accept`, in the
 * dialect of `options.dialect` (`standard` by default), with the request ID from its `X-Request-Id`
 * (or a new one) in the `Request-Id` header (and in the body, in the standard dialect), and
 * `Retry-After` whenever the error has a delay. Never throws.
 *
 * @example
 * // Clients of the old iMessage API send no version header: answer them in its shape.
 * renderError(error, { header: (name) => headers.get(name) ?? undefined }, {
 *   dialect: (request) => (request.header?.("api-version") ? "standard" : "imessage"),
 * });
 */
export function renderError(thrown: unknown, request?: RequestContext, options?: SendOptions): RenderedError {
  let dialect: Dialect = "standard";
  try {
    const chosen = chooseDialect(request, options);
    dialect = chosen.dialect;
    return render(thrown, request, options, dialect, chosen.fallback);
  } catch {
    // Only a broken environment gets here (JSON.stringify of checked fields does not fail).
    fallbackError ??= createError("internal_error");
    const requestId = generateRequestId();
    let body: string;
    try {
      body = bodyIn(dialect, fallbackError, requestId);
    } catch {
      dialect = "standard";
      body = jsonBody(fallbackError, requestId);
    }
    return {
      status: fallbackError.status,
      headers: { "content-type": JSON_TYPE, "request-id": requestId },
      body,
      requestId,
      error: fallbackError,
      dialect,
    };
  }
}
