/** The form of every code, type and field name: snake_case. */
export const CODE_PATTERN: RegExp = /^[a-z][a-z0-9_]*$/;

/** The form of a request ID: `req_` and 12 to 128 base62 characters. */
export const REQUEST_ID_PATTERN: RegExp = /^req_[A-Za-z0-9]{12,128}$/;
