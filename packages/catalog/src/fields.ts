/**
 * The code-specific fields of the catalogue, each defined once with its wire name's meaning.
 * Patterns use explicit ASCII classes (`[0-9]`, not `\d`) and no `format`, so that every JSON
 * Schema implementation (Ajv, Python's jsonschema, ...) gives the same verdict as zod.
 *
 * @module
 */
import * as z from "zod";

const count = () => z.int().min(0);

/**
 * A string whose values the reference documents describe without spelling them all: the known
 * values autocomplete, and any other non-empty string is still read (an unexpected spelling keeps
 * the body its code's, rather than making it unknown).
 */
export type Open<T extends string> = T | (string & {});
// The known values travel as the schema's `examples`: the generated types spell them (`"a" | "b" |
// (string & {})`), and validators, which ignore annotations, still take any other string.
const open = <const T extends string>(known: readonly T[], description: string) =>
  z
    .string()
    .min(1)
    .meta({ examples: [...known] })
    // zod types it as a plain string; the known values are what the generated types spell.
    .describe(description) as unknown as z.ZodType<Open<T>, Open<T>>;
// Each patterned kind carries a title and an example, which the reference shows instead of the regex.
const decimal = () =>
  z
    .string()
    .regex(/^[0-9]+(\.[0-9]+)?$/)
    .meta({ title: "decimal string", examples: ["12.50"] });
const url = (example: string) =>
  z
    .string()
    .regex(/^https?:\/\/\S+$/)
    .meta({ title: "URL", examples: [example] });
const phoneNumber = () =>
  z
    .string()
    .regex(/^\+[1-9][0-9]{1,14}$/)
    .meta({ title: "E.164 phone number", examples: ["+15555550123"] });

export const message = z.string().min(1).describe("The human-readable explanation. Never branch on it.");

export const param = z
  .string()
  .min(1)
  .describe("The request parameter that caused the error, as a dotted path (`to`, `attachments.0.url`).");

export const detail = z.looseObject({
  field: z.string().describe("The dotted path of the offending field; empty for the request as a whole."),
  message: z.string().describe("What is wrong with that field."),
});

export const details = z.array(detail).min(1).describe("Field-level problems, one item for each: `{field, message}`.");

export const docUrl = url("https://errata.dev/docs/errors#throttled").describe(
  "A link to this code's entry in the error reference.",
);

export const retryAfter = count().describe(
  "Whole seconds to wait before retrying; the same value as the `Retry-After` header.",
);

export const limit = count().describe("The configured limit that was reached.");
export const current = count().describe("The usage counted against the limit at the time the request was refused.");
export const mode = open(
  ["total", "per_number"],
  "Whose limit was reached: `total` (the whole organization's). A per-number limit is sent with another value (the catalogue expects `per_number`) and with `allocation_id` and `sender_number`; any other value is read too.",
);
export const allocationId = z.string().min(1).describe("The number allocation (`alloc_...`) that tripped the rule.");
export const senderNumber = phoneNumber().describe("The sending number (E.164) that tripped the rule.");
export const externalId = z
  .string()
  .min(1)
  .describe("The recipient: a phone number or email for a 1:1 chat, the group identifier for a group chat.");
export const planId = z.string().min(1).describe("The plan whose cap applies (such as `shared_com`).");
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
  .meta({ title: "ISO 4217 currency code", examples: ["USD"] })
  .describe(
    "The ISO 4217 currency of the amounts (`USD`); the catalogue's own field, which no reference document names.",
  );
export const topupUrl = url("https://dashboard.example.com/billing/top-up").describe(
  "A direct link to the billing top-up flow.",
);

export const period = open(
  ["daily", "monthly"],
  "Which spend cap was hit: the daily or the monthly one (the catalogue expects `daily` or `monthly`; any other value is read too).",
);
export const trafficType = z.string().min(1).describe("The traffic type that has no route.");
export const resetsAt = z
  .string()
  .regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$/)
  .meta({ title: "RFC 3339 timestamp", examples: ["2026-12-01T00:00:00Z"] })
  .describe("The time the quota resets (midnight UTC), as an RFC 3339 timestamp.");
