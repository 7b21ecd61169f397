/**
 * What each dialect is and where it comes from: the definition side of `DIALECTS`, for the tools
 * that describe the dialects (catalog.json, the reference).
 *
 * @module
 */
import type { Dialect, SeedId } from "../types.js";
import { DIALECT_NAMES, DIALECTS, type DialectInfo } from "./dialects.js";

/** A dialect: its API, its envelope and where that comes from. */
export interface DialectDefinition extends DialectInfo {
  /** What the dialect is, in a sentence. */
  readonly description: string;
  /** The reference documents that describe the API. */
  readonly seeds: readonly SeedId[];
  /** The reference document's statement of the envelope, quoted. */
  readonly says: string;
}

const TEXTS = {
  standard: {
    description:
      "The catalogue's own shape: the type, code, message and fields in an `error` object, and the request ID beside it. Every code is sent in it.",
    seeds: ["000", "001"],
    says: 'All errors follow a consistent structure: { "error": { "type": "invalid_request_error", "code": "missing_required_parameter", "message": "The \'from\' field is required.", "param": "from" }, "request_id": "req_a1b2c3d4e5f6" }',
  },
  rcs: {
    description:
      "The RCS API's shape: the code in `error`, the message beside it, `details` on validation errors, and the code's fields at the top level.",
    seeds: ["002"],
    says: "Error code, a human-readable message, and optional details for validation issues. Use error (not message) for programmatic handling.",
  },
  imessage: {
    description:
      'The iMessage API\'s shape: `"error": "ApiError"`, the message, the status repeated in the body, and the code in `code` for known cases; generic errors carry no code. Fields sit at the top level.',
    seeds: ["003"],
    says: "error | string | Short error class identifier (ApiError) … status | integer | HTTP status code … code | string | Machine-readable error code for the specific failure … Present whenever the response represents a known, programmatically actionable error case.",
  },
  sms: {
    description: "The SMS API's shape: the message, then the code in `error`, then the code's fields at the top level.",
    seeds: ["004"],
    says: 'Every error returns a JSON body with a human message and a stable, machine-readable error code you can branch on. { "message": "This send would exceed your daily spend limit.", "error": "spend_limit_exceeded" }',
  },
} as const satisfies Record<Dialect, Omit<DialectDefinition, keyof DialectInfo>>;

/** Every dialect with its description and sources. */
export const dialectDefinitions = Object.fromEntries(
  DIALECT_NAMES.map((name): [Dialect, DialectDefinition] => [name, { ...DIALECTS[name], ...TEXTS[name] }]),
) as { readonly [D in Dialect]: DialectDefinition };
