import { describe, expect, it } from "vitest";
import * as z from "zod";
import { catalog } from "../definition.js";
import * as f from "../fields.js";
import { OWN_SOURCE, TYPE_SOURCE } from "../test/fixtures.js";
import type { CatalogDefinition, ErrorDefinition } from "../types.js";
import { assertCatalog, CatalogError, checkCatalog } from "./check-catalog.js";

const TYPES: CatalogDefinition["types"] = {
  invalid_request_error: {
    status: 400,
    retry: "never",
    title: "Invalid request",
    description: "Bad input.",
    source: TYPE_SOURCE,
  },
  rate_limit_error: {
    status: 429,
    retry: "retry_after",
    title: "Rate limit",
    description: "Too many.",
    source: TYPE_SOURCE,
  },
};

const GOOD: ErrorDefinition = {
  type: "invalid_request_error",
  title: "Too big",
  message: "The value of '{param}' is above {limit}.",
  description: "A value is too large.",
  fix: "Send a smaller value.",
  fields: {
    param: z.string().describe("The parameter."),
    limit: z.int().min(0).describe("The largest value accepted."),
  },
  example: { param: "size", limit: 10 },
  source: {
    seeds: [
      {
        seed: "000",
        says: "value_too_large | A value is too large",
        gives: ["code", "type", "status", "description", "field:param", "required:param"],
      },
      { seed: "001", says: "The value of 'size' is above 10.", gives: ["message"] },
    ],
    own: {
      fix: "No document says how.",
      "field:limit": "Named by the catalogue.",
      "required:limit": "The message needs it.",
    },
  },
};

/** GOOD's source, with `own` reasons added for parts a patch introduces. */
function ownAlso(...parts: string[]): ErrorDefinition["source"] {
  return {
    seeds: GOOD.source.seeds,
    own: { ...GOOD.source.own, ...Object.fromEntries(parts.map((part) => [part, "The catalogue's."])) },
  };
}

function withError(code: string, patch: Partial<ErrorDefinition>): CatalogDefinition {
  return { types: TYPES, errors: { [code]: { ...GOOD, ...patch } } };
}

describe("checkCatalog", () => {
  it("accepts the catalogue as it is", () => {
    expect(checkCatalog(catalog)).toEqual([]);
  });

  it("accepts a well-formed definition", () => {
    expect(checkCatalog(withError("value_too_large", {}))).toEqual([]);
  });

  it.each([
    ["code-format", "Value-Too-Large", {}],
    ["code-format", "1st_error", {}],
    ["known-type", "value_too_large", { type: "teapot_error" }],
    ["status-range", "value_too_large", { status: 302 }],
    ["status-range", "value_too_large", { status: 600 }],
    ["text-filled", "value_too_large", { title: "" }],
    ["text-filled", "value_too_large", { description: "  " }],
    ["text-filled", "value_too_large", { fix: "" }],
    ["placeholder-field", "value_too_large", { message: "Above {maximum}." }],
    [
      "placeholder-field",
      "value_too_large",
      {
        message: "Above {limit}.",
        fields: { limit: z.int().optional().describe("Limit.") },
        example: {},
        source: OWN_SOURCE,
      },
    ],
    [
      "field-format",
      "value_too_large",
      { fields: { ...GOOD.fields, maxValue: z.int().optional().describe("Max.") }, source: ownAlso("field:maxValue") },
    ],
    [
      "field-reserved",
      "value_too_large",
      { fields: { ...GOOD.fields, code: z.string().optional().describe("Code.") }, source: ownAlso("field:code") },
    ],
    [
      "field-reserved",
      "value_too_large",
      { fields: { ...GOOD.fields, status: z.int().optional().describe("A status.") }, source: ownAlso("field:status") },
    ],
    [
      "field-reserved",
      "value_too_large",
      {
        fields: { ...GOOD.fields, instance: z.string().optional().describe("An instance.") },
        source: ownAlso("field:instance"),
      },
    ],
    [
      "field-described",
      "value_too_large",
      { fields: { ...GOOD.fields, extra: z.string().optional() }, source: ownAlso("field:extra") },
    ],
    ["example-valid", "value_too_large", { example: { param: "size", limit: -1 } }],
    ["example-valid", "value_too_large", { example: { param: "size" } }],
    ["retry-after-default", "too_fast", { type: "rate_limit_error" }],
    ["retry-after-default", "too_fast", { type: "rate_limit_error", retryAfter: 1.5, source: ownAlso("retryAfter") }],
    ["required-when", "value_too_large", { requiredWhen: { field: "param", equals: "x", fields: [] } }],
    [
      "required-when",
      "value_too_large",
      {
        fields: { ...GOOD.fields, mode: z.enum(["a", "b"]).describe("Mode.") },
        example: { ...GOOD.example, mode: "a" },
        requiredWhen: { field: "mode", equals: "b", fields: ["nothing"] },
        source: ownAlso("field:mode", "required:mode"),
      },
    ],
    ["deprecation-replacement", "value_too_large", { deprecated: { replacement: "no_such_code", reason: "Renamed." } }],
    [
      "deprecation-replacement",
      "value_too_large",
      { deprecated: { replacement: "value_too_large", reason: "Itself." } },
    ],
    ["deprecation-replacement", "value_too_large", { deprecated: { reason: "" } }],
    [
      "message-variant",
      "value_too_large",
      { messageVariants: ["Above {maximum}."], source: ownAlso("messageVariants") },
    ],
    [
      "message-variant",
      "value_too_large",
      { messageVariants: ["The value of '{param}' is too large."], source: ownAlso("messageVariants") },
    ],
    [
      "retry-after-from",
      "too_fast",
      {
        type: "rate_limit_error",
        retryAfter: 60,
        retryAfterFrom: "param",
        source: ownAlso("retryAfter", "retryAfterFrom"),
      },
    ],
    [
      "retry-after-from",
      "value_too_large",
      {
        fields: { ...GOOD.fields, resets_at: f.resetsAt.optional() },
        retryAfterFrom: "resets_at",
        source: ownAlso("retryAfterFrom", "field:resets_at"),
      },
    ],
    [
      "required-hedged",
      "value_too_large",
      { fields: { ...GOOD.fields, limit: z.int().describe("The largest value, when there is one.") } },
    ],
    [
      "required-hedged",
      "value_too_large",
      { fields: { ...GOOD.fields, limit: z.int().describe("The largest value; it may be absent.") } },
    ],
    // The fix calls the limit in the message by another name.
    ["text-field-name", "value_too_large", { fix: "Send a value below `max_value`." }],
    ["text-field-name", "value_too_large", { description: "The value is above `max_value`." }],
    // A definition the types forbid, as JavaScript or a cast could still write it.
    ["source-complete", "value_too_large", { source: undefined as unknown as ErrorDefinition["source"] }],
    [
      "source-complete",
      "value_too_large",
      { source: { seeds: GOOD.source.seeds, own: { "field:limit": "Ours.", "required:limit": "Ours." } } },
    ],
    ["source-complete", "value_too_large", { source: ownAlso("code") }],
    [
      "source-complete",
      "value_too_large",
      { source: { seeds: GOOD.source.seeds, own: { ...GOOD.source.own, fix: " " } } },
    ],
    [
      "source-seed",
      "value_too_large",
      {
        source: {
          seeds: [{ ...GOOD.source.seeds[0]!, seed: "005" as "000" }, GOOD.source.seeds[1]!],
          own: GOOD.source.own,
        },
      },
    ],
    [
      "source-seed",
      "value_too_large",
      { source: { seeds: [{ ...GOOD.source.seeds[0]!, says: "" }, GOOD.source.seeds[1]!], own: GOOD.source.own } },
    ],
    ["source-part", "value_too_large", { source: ownAlso("field:nothing") }],
    ["source-part", "value_too_large", { source: ownAlso("retryAfter") }],
    ["source-part", "value_too_large", { source: ownAlso("entry") }],
    [
      "seed-message",
      "value_too_large",
      {
        source: {
          seeds: [
            ...GOOD.source.seeds,
            {
              seed: "001",
              says: "The value of 'size' is above ten.",
              gives: ["message"],
              message: "The value of 'size' is above ten.",
            },
          ],
          own: GOOD.source.own,
        },
      },
    ],
  ] as const)("reports the rule %s for %s", (rule, code, patch) => {
    const problems = checkCatalog(withError(code, patch as Partial<ErrorDefinition>));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === code && p.rule === rule)).toBe(true);
  });

  it("reports a type whose default status is not an error status", () => {
    const broken = {
      types: {
        ...TYPES,
        odd_error: { status: 200, retry: "never", title: "Odd", description: "Odd.", source: TYPE_SOURCE },
      },
      errors: {},
    } as const;
    expect(checkCatalog(broken)).toEqual([{ code: "odd_error", rule: "status-range", message: expect.any(String) }]);
  });

  it("checks that per_number-style rules are followed by the example", () => {
    const fields = {
      mode: z.enum(["total", "per_number"]).describe("Mode."),
      sender: z.string().optional().describe("Sender."),
    };
    const broken = withError("limit_reached", {
      message: "Limit reached.",
      fields,
      requiredWhen: { field: "mode", equals: "per_number", fields: ["sender"] },
      example: { mode: "per_number" },
      source: OWN_SOURCE,
    });
    expect(checkCatalog(broken)).toEqual([
      { code: "limit_reached", rule: "example-valid", message: 'the example has mode "per_number" but no "sender".' },
    ]);
  });
});

/** GOOD sent by other APIs: a message without placeholders, and each API's source the catalogue's own. */
function sentBy(patch: Partial<ErrorDefinition>, ...apis: string[]): Partial<ErrorDefinition> {
  return {
    message: "The value is too large.",
    source: ownAlso(...apis.map((api) => `api:${api}`)),
    ...patch,
  };
}

describe("checkCatalog on the APIs that send a code", () => {
  it("accepts a code the legacy APIs send, one of them without its code", () => {
    const patch = sentBy({ apis: ["rcs", "imessage"], withoutCode: ["imessage"] }, "rcs", "imessage");
    expect(checkCatalog(withError("value_too_large", patch))).toEqual([]);
  });

  it("accepts an API whose sending a document states", () => {
    const claim = {
      seed: "003" as const,
      says: "400 | ApiError | The value is too large.",
      gives: ["api:imessage" as const],
    };
    const source = { seeds: [...GOOD.source.seeds, claim], own: GOOD.source.own };
    expect(checkCatalog(withError("value_too_large", { apis: ["imessage"], source }))).toEqual([]);
  });

  it.each([
    ["api-known", "an API the catalogue does not know", sentBy({ apis: ["whatsapp" as "rcs"] }, "whatsapp")],
    ["api-known", "an API named twice", sentBy({ apis: ["rcs", "rcs"] }, "rcs")],
    // Not a list, as JavaScript could still write it.
    ["api-known", "apis that is not a list", sentBy({ apis: "rcs" as unknown as ["rcs"] })],
    [
      "api-known",
      "an unknown API sent without its code",
      sentBy({ apis: ["sms", "whatsapp" as "sms"], withoutCode: ["whatsapp" as "sms"] }, "sms", "whatsapp"),
    ],
    [
      "without-code",
      "withoutCode naming an API not in apis",
      sentBy({ apis: ["rcs"], withoutCode: ["imessage"] }, "rcs"),
    ],
    [
      "without-code",
      "withoutCode on a dialect whose code is always sent (rcs)",
      sentBy({ apis: ["rcs"], withoutCode: ["rcs"] }, "rcs"),
    ],
    ["without-code", "withoutCode on the SMS dialect", sentBy({ apis: ["sms"], withoutCode: ["sms"] }, "sms")],
    [
      "without-code",
      "a generic code whose message has a placeholder",
      sentBy({ apis: ["imessage"], withoutCode: ["imessage"], message: GOOD.message }, "imessage"),
    ],
    [
      "without-code",
      "a generic code with message variants",
      {
        ...sentBy({ apis: ["imessage"], withoutCode: ["imessage"] }),
        fields: { ...GOOD.fields, unit: z.string().optional().describe("The unit.") },
        messageVariants: ["The value is above {limit} {unit}."],
        source: ownAlso("api:imessage", "messageVariants", "field:unit"),
      },
    ],
    ["source-complete", "an API with no source", sentBy({ apis: ["sms"], source: GOOD.source })],
    [
      "source-part",
      "a document said to give an API that does not send the code",
      sentBy({
        apis: ["rcs"],
        source: {
          seeds: [...GOOD.source.seeds, { seed: "004", says: "value_too_large", gives: ["api:sms"] }],
          own: { ...GOOD.source.own, "api:rcs": "The catalogue's." },
        },
      }),
    ],
    ["source-part", "a reason for an API that does not send the code", sentBy({ apis: ["rcs"] }, "rcs", "sms")],
    [
      "field-reserved",
      "a field named `error`, the legacy envelopes' member",
      {
        fields: { ...GOOD.fields, error: z.string().optional().describe("An error.") },
        source: ownAlso("field:error"),
      },
    ],
  ] as const)("reports the rule %s for %s", (rule, _, patch) => {
    const problems = checkCatalog(withError("value_too_large", patch as Partial<ErrorDefinition>));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.rule)).toEqual(problems.map(() => rule));
    expect(problems.every((p) => p.code === "value_too_large")).toBe(true);
  });

  it("reports two generic codes of one API with the same status and message, naming both", () => {
    const generic = { ...GOOD, ...sentBy({ apis: ["imessage"], withoutCode: ["imessage"] }, "imessage") };
    const problems = checkCatalog({ types: TYPES, errors: { value_too_large: generic, value_too_big: generic } });
    expect(problems).toEqual([{ code: "value_too_big", rule: "without-code", message: expect.any(String) }]);
    expect(problems[0]!.message).toContain("value_too_large and value_too_big");
  });

  it("accepts two generic codes that differ by status or by API", () => {
    const generic = { ...GOOD, ...sentBy({ apis: ["imessage"], withoutCode: ["imessage"] }, "imessage") };
    const limited = {
      ...generic,
      type: "rate_limit_error",
      retryAfter: 60,
      source: ownAlso("api:imessage", "retryAfter"),
    };
    expect(checkCatalog({ types: TYPES, errors: { value_too_large: generic, value_too_fast: limited } })).toEqual([]);
    const coded = { ...GOOD, ...sentBy({ apis: ["imessage"] }, "imessage") };
    expect(checkCatalog({ types: TYPES, errors: { value_too_large: generic, value_too_big: coded } })).toEqual([]);
  });
});

describe("checkCatalog on sources and texts", () => {
  it("reports a type whose source is missing, naming the type and the rule", () => {
    const broken = {
      types: { ...TYPES, odd_error: { ...TYPES.invalid_request_error!, source: undefined } },
      errors: {},
    };
    // Broken in ways the types forbid: the check must still report, not crash.
    expect(checkCatalog(broken as unknown as CatalogDefinition)).toEqual([
      { code: "odd_error", rule: "source-complete", message: "the type has no source: { seeds: [...], own: {...} }." },
    ]);
  });

  it("reports a type part no document gives and no reason explains", () => {
    const source = {
      seeds: [{ seed: "000" as const, says: "odd_error (499)", gives: ["type" as const, "status" as const] }],
      own: { retry: "Ours." },
    };
    const problems = checkCatalog({ types: { odd_error: { ...TYPES.invalid_request_error!, source } }, errors: {} });
    expect(problems).toEqual([
      { code: "odd_error", rule: "source-complete", message: expect.stringContaining('"description"') },
    ]);
  });

  it("accepts a request parameter named as such in a fix", () => {
    expect(checkCatalog(withError("value_too_large", { fix: "Shorten the `body_text` parameter." }))).toEqual([]);
  });

  it("accepts an entry no reference document mentions, explained once as the catalogue's own", () => {
    expect(checkCatalog(withError("value_too_large", { source: OWN_SOURCE }))).toEqual([]);
  });

  it("uses a message variant only when its fields are there, and checks the seed's message against the example", () => {
    const fields = { ...GOOD.fields, unit: z.string().optional().describe("The unit.") };
    const patch = {
      fields,
      messageVariants: ["The value of '{param}' is above {limit} {unit}."],
      example: { param: "size", limit: 10, unit: "MB" },
      source: {
        seeds: [
          {
            seed: "001" as const,
            says: "…",
            gives: ["message" as const],
            message: "The value of 'size' is above 10 MB.",
          },
        ],
        own: {
          ...GOOD.source.own,
          code: "x",
          type: "x",
          status: "x",
          description: "x",
          "field:param": "x",
          "required:param": "x",
          "field:unit": "x",
          messageVariants: "x",
        },
      },
    };
    expect(checkCatalog(withError("value_too_large", patch))).toEqual([]);
    const without = { ...patch, example: { param: "size", limit: 10 } };
    expect(checkCatalog(withError("value_too_large", without)).map((p) => p.rule)).toEqual(["seed-message"]);
  });
});

describe("assertCatalog", () => {
  it("fails with a message that names the code and the rule", () => {
    const broken = withError("value_too_large", { message: "Above {maximum}.", type: "teapot_error" });
    expect(() => assertCatalog(broken)).toThrowError(CatalogError);
    expect(() => assertCatalog(broken)).toThrowError(/value_too_large: \[known-type\]/);
    expect(() => assertCatalog(broken)).toThrowError(
      /value_too_large: \[placeholder-field\] the message uses \{maximum\}/,
    );
  });

  it("lists every problem at once rather than stopping at the first", () => {
    try {
      assertCatalog(withError("Bad", { title: "", fix: "" }));
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogError).problems.map((p) => p.rule)).toEqual([
        "code-format",
        "text-filled",
        "text-filled",
      ]);
    }
  });
});
