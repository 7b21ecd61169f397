/**
 * The client side of Errata: turn any HTTP response of the messaging API into a typed error,
 * and decide whether and when to retry. This entry loads no zod; `@errata/client/zod` checks
 * known codes with the catalogue's validators instead, and `@errata/client/fetch` leaves out
 * `fromBody`, so that any bundler loads the parse core only with the first body.
 *
 * @module
 */

export type { BodyInit } from "./core/init.js";
export * from "./fetch.js";
export { fromBody } from "./parse.js";
