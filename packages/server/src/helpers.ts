/**
 * Errors for the common sources: validation issues, unparseable JSON, empty uploads, and the two
 * opaque errors that must not reveal whether a resource exists in another account.
 *
 * @module
 */
import type { ErrorCode } from "@errata/catalog";
import { createError, type ErrataError, ErrataFieldError, type RaiseOptions } from "./error.js";

/** One validation problem: zod's issues have this shape, and so do most validators'. */
export interface Issue {
  /** Where: path segments (`["to", 0]`) or a dotted path already (`"to.0"`). */
  readonly path?: readonly PropertyKey[] | string;
  readonly message: string;
}

/** The codes whose `details` list field-level problems. */
export type DetailsCode = Extract<ErrorCode, "validation_failed" | "semantic_validation_failed">;

/** A dotted path from path segments: `["attachments", 0, "url"]` → `attachments.0.url`. */
export function dottedPath(path: Issue["path"]): string {
  if (path === undefined) return "";
  if (typeof path === "string") return path;
  return path.map((segment) => (typeof segment === "symbol" ? (segment.description ?? "") : String(segment))).join(".");
}

/**
 * `validation_failed` (or `semantic_validation_failed`) with one `{field, message}` detail per
 * issue, the field as a dotted path.
 *
 * @example
 * const parsed = schema.safeParse(body);
 * if (!parsed.success) throw fromIssues(parsed.error.issues);
 */
export function fromIssues(
  issues: Iterable<Issue>,
  options: RaiseOptions & { readonly code?: DetailsCode } = {},
): ErrataError<DetailsCode> {
  const details: { field: string; message: string; [extra: string]: unknown }[] = [];
  for (const issue of issues) details.push({ field: dottedPath(issue.path), message: String(issue.message) });
  const code = options.code ?? "validation_failed";
  if (details.length === 0) throw new ErrataFieldError(code, ["details: a validation error needs at least one issue"]);
  return createError(code, { details }, options);
}

/** `validation_failed` from a zod error (or anything with `issues`), keeping the zod error as `cause`. */
export function fromZodError(
  error: { readonly issues: Iterable<Issue> },
  options: RaiseOptions & { readonly code?: DetailsCode } = {},
): ErrataError<DetailsCode> {
  return fromIssues(error.issues, { cause: error, ...options });
}

/** `invalid_json`, for a body that did not parse. */
export function invalidJson(options?: RaiseOptions): ErrataError<"invalid_json"> {
  return createError("invalid_json", {}, options);
}

/** Parses a JSON request body; a body that does not parse throws `invalid_json` (its SyntaxError as `cause`). */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw invalidJson({ cause });
  }
}

/** `empty_file`, for a zero-byte upload. */
export function emptyFile(options?: RaiseOptions): ErrataError<"empty_file"> {
  return createError("empty_file", {}, options);
}

/** Throws `empty_file` when an upload has no bytes; returns it otherwise. */
export function requireNonEmpty<T extends { readonly byteLength: number } | { readonly size: number } | string>(
  upload: T | null | undefined,
): T {
  const value: { readonly byteLength: number } | { readonly size: number } | string | null | undefined = upload;
  const size =
    value === null || value === undefined
      ? 0
      : typeof value === "string"
        ? value.length
        : "byteLength" in value
          ? value.byteLength
          : value.size;
  if (size === 0) throw emptyFile();
  return upload as T;
}

/**
 * `not_found`, the opaque "not found, or not yours": the same body whether the resource does not
 * exist or belongs to another account. Put the real reason in `cause`, for logs only.
 */
export function notFoundOrNotYours(options?: Pick<RaiseOptions, "cause">): ErrataError<"not_found"> {
  return createError("not_found", {}, { cause: options?.cause });
}

/**
 * The resource when it exists and `isOwner` accepts it; otherwise throws the opaque `not_found`,
 * identical in both cases, so a caller cannot probe other accounts.
 *
 * @example
 * const chat = requireOwned(await chats.find(id), (c) => c.accountId === account.id);
 */
export function requireOwned<T>(resource: T | null | undefined, isOwner: (resource: T) => boolean): T {
  if (resource === null || resource === undefined) {
    throw notFoundOrNotYours({ cause: new Error("resource does not exist") });
  }
  if (!isOwner(resource)) throw notFoundOrNotYours({ cause: new Error("resource belongs to another account") });
  return resource;
}

/**
 * `test_number_mismatch`, opaque too: the same body whether or not the number belongs to another
 * account. Put the real reason in `cause`, for logs only.
 */
export function testNumberMismatch(options?: Pick<RaiseOptions, "cause">): ErrataError<"test_number_mismatch"> {
  return createError("test_number_mismatch", {}, { cause: options?.cause });
}

/**
 * Throws `test_number_mismatch` unless a test agent sends to its verified number. Whether `to`
 * belongs to another account is never consulted, so the answer cannot reveal it.
 */
export function requireTestNumber(to: string, verifiedNumber: string): void {
  if (to !== verifiedNumber)
    throw testNumberMismatch({ cause: new Error("recipient is not the verified test number") });
}
