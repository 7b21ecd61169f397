import { READING } from "./reading.js";

/** The form of every code, type and field name: snake_case. */
export const CODE_PATTERN: RegExp = /* @__PURE__ */ new RegExp(READING.code_pattern);

/** The form of a request ID: `req_` and 12 to 128 base62 characters. */
export const REQUEST_ID_PATTERN: RegExp = /* @__PURE__ */ new RegExp(READING.request_id_pattern);
