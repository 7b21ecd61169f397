/**
 * The roles of an envelope's members: a module of its own, so that a client reading legacy bodies
 * (`@errata/catalog/compact`) takes this function without the dialects' definitions.
 *
 * @module
 */
import type { DialectEnvelope } from "./dialects.js";

/** What a top-level member of an envelope holds: the constant, the code, the message, the status, or a field. */
export type EnvelopeRole = "constant" | "code" | "message" | "status" | "field";

/** The role of `member` in `envelope`: the one reading of the envelope's data that writers and readers share. */
export function roleOf(envelope: DialectEnvelope, member: string): EnvelopeRole {
  if (envelope.constant !== undefined && member === envelope.constant.member) return "constant";
  if (member === envelope.code) return "code";
  if (member === "message") return "message";
  if (envelope.status !== undefined && member === envelope.status) return "status";
  return "field";
}
