/**
 * The conformance protocol's data: the vectors file, and the lines a testee reads and writes.
 * Language-neutral: `vectors.schema.json` describes the same file for any reader.
 *
 * @module
 */

/** The protocol's version: a testee written for another one is told by the file. */
export const PROTOCOL_VERSION = 1;

/** The operations a testee answers. */
export type Operation = "render" | "parse" | "retry";

/** The operations, in the order the file lists their vectors. */
export const OPERATIONS: readonly Operation[] = ["render", "parse", "retry"];

/** Header name → value, as a testee receives and returns them. */
export type Headers = Readonly<Record<string, string>>;

/** Write an error response: the code, its fields in order, the dialect and the request. */
export interface RenderInput {
  readonly code: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly message?: string;
  readonly dialect: string;
  readonly request_id: string;
  readonly accept?: string;
}

/** A response as received: its status, headers and body (text, bytes in base64, or none). */
export interface ResponseInput {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string | null;
  readonly body_base64?: string;
  /** The clock, in milliseconds since the epoch, for an HTTP-date `Retry-After`. */
  readonly now: number;
}

/** Read any response. */
export type ParseInput = ResponseInput;

/** Decide whether to retry after an attempt got this response (or none: status 0, no body). */
export interface RetryInput extends ResponseInput {
  readonly method: string;
  readonly idempotency_key?: string;
  readonly attempt: number;
  /** The number in [0, 1) the jitter draws. */
  readonly random: number;
}

/** What `render` answers. */
export interface RenderOutput {
  readonly status: number;
  readonly headers: Headers;
  /** The body's exact text. */
  readonly body: string;
}

/** What `retry` answers. */
export interface RetryOutput {
  readonly retry: boolean;
  readonly delay_ms: number;
}

/** What a vector expects: an output, or that the testee refuses the input. */
export type Expected = { readonly output: unknown } | { readonly error: true };

/** One vector: a request and its expected answer. */
export interface Vector {
  /** Stable across builds: `<op>/<dialect or group>/<code or case>[/<variant>]`. */
  readonly id: string;
  readonly op: Operation;
  readonly description: string;
  readonly input: RenderInput | ParseInput | RetryInput;
  readonly expected: Expected;
}

/** The vectors file (`schemas/conformance/vectors.json`). */
export interface VectorsFile {
  readonly protocol: number;
  readonly catalog_version: string;
  readonly counts: Readonly<Record<Operation, number>>;
  readonly vectors: readonly Vector[];
}

/** A request line, as a testee reads it. */
export interface Request {
  readonly id: string;
  readonly op: Operation;
  readonly input: unknown;
}

/** An answer line, as a testee writes it. */
export type Answer =
  | { readonly id: string | null; readonly output: unknown }
  | { readonly id: string | null; readonly error: string };
