/**
 * RFC 9457 problem details, read as the standard dialect's error object.
 *
 * @module
 */
import { entryOf } from "../utils/entry.js";
import { typeOfStatus } from "../utils/status-type.js";

// RFC 9457 members that are not the error's own fields, and those that could reach a prototype.
const PROBLEM = new Set([
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "request_id",
  "__proto__",
  "constructor",
  "prototype",
]);

/**
 * The error object of an RFC 9457 problem details body (as `@errata/server` sends when asked):
 * `detail` is the message, a URL `type` the doc URL, and the extension members the code and its
 * fields. A problem does not name the error's type: it is the code's, else the status'.
 */
export function fromProblem(problem: Record<string, unknown>, status: number): Record<string, unknown> {
  const error: Record<string, unknown> = {};
  for (const key of Object.keys(problem)) if (!PROBLEM.has(key)) error[key] = problem[key];
  error.type = entryOf(problem.code)?.type ?? typeOfStatus(status);
  error.message = problem.detail;
  if (typeof problem.type === "string" && /^https?:/.test(problem.type)) error.doc_url = problem.type;
  return error;
}
