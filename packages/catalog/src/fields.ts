/**
 * The code-specific fields of the catalogue, each defined once with its wire name's meaning.
 * Patterns use explicit ASCII classes (`[0-9]`, not `\d`) and no `format`, so that every JSON
 * Schema implementation (Ajv, Python's jsonschema, ...) gives the same verdict as zod.
 *
 * @module
 */
import * as z from "zod";

const count = () => z.int().min(0);
const decimal = () => z.string().regex(/^[0-9]+(\.[0-9]+)?$/);

export const message = z.string().min(1).describe("The human-readable explanation. Never branch on it.");

export const param = z
  .string()
  .min(1)
  .describe("The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`).");

export const detail = z.looseObject({
  field: z.string().describe("The dotted path of the offending field; empty for the request as a whole."),
  message: z.string().describe("What is wrong with that field."),
});

export const details = z
  .array(detail)
  .min(1)
  .describe("Field-level problems, one item for each: `{field, message}`.");

export const docUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/)
  .describe("A link to this code's entry in the error reference.");

export const retryAfter = count().describe(
  "Whole seconds to wait before retrying; the same value as the `Retry-After` header.",
);

export const limit = count().describe("The configured limit that was reached.");
export const current = count().describe("The usage counted against the limit when the request was refused.");
export const mode = z
  .enum(["total", "per_number"])
  .describe("`total`: the limit of the whole organization; `per_number`: the limit of one sending number.");
export const allocationId = z
  .string()
  .min(1)
  .describe("The number allocation (`alloc_...`) that tripped the rule.");
export const senderNumber = z
  .string()
  .regex(/^\+[1-9][0-9]{1,14}$/)
  .describe("The sending number (E.164) that tripped the rule.");
export const externalId = z
  .string()
  .min(1)
  .describe("The recipient: a phone number or email for a 1:1 chat, the group identifier for a group chat.");
export const planId = z.string().min(1).describe("The plan whose cap applies (`shared_com`, `shared_ent`, ...).");
export const cap = count().describe("The plan's daily new-conversation cap.");

export const freeBalance = decimal().describe(
  "Immediately spendable balance, a decimal string in major units (`12.50`). The check runs against it.",
);
export const heldBalance = decimal().describe(
  "Balance currently held for in-flight operations, a decimal string in major units.",
);
export const requiredAmount = decimal().describe(
  "The exact shortfall, a decimal string in major units: add at least this much to complete the operation.",
);
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .describe("The ISO 4217 currency of the amounts (`USD`).");
export const topupUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/)
  .describe("A direct link to the billing top-up flow.");

export const period = z.enum(["daily", "monthly"]).describe("Which spend cap was hit.");
export const trafficType = z
  .string()
  .min(1)
  .describe("The traffic type that has no route (`transactional`, `marketing`, `otp`, ...).");
export const resetsAt = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/)
  .describe("When the quota resets, as an RFC 3339 timestamp.");
