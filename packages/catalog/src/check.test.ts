import { describe, expect, it } from "vitest";
import * as z from "zod";
import { assertCatalog, CatalogError, checkCatalog } from "./check.js";
import { catalog } from "./definition.js";
import type { CatalogDefinition, ErrorDefinition } from "./define.js";

const TYPES: CatalogDefinition["types"] = {
  invalid_request_error: { status: 400, retry: "never", title: "Invalid request", description: "Bad input." },
  rate_limit_error: { status: 429, retry: "retry_after", title: "Rate limit", description: "Too many." },
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
};

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
      { message: "Above {limit}.", fields: { limit: z.int().optional().describe("Limit.") }, example: {} },
    ],
    ["field-format", "value_too_large", { fields: { ...GOOD.fields, maxValue: z.int().optional().describe("Max.") } }],
    ["field-reserved", "value_too_large", { fields: { ...GOOD.fields, code: z.string().optional().describe("Code.") } }],
    ["field-reserved", "value_too_large", { fields: { ...GOOD.fields, status: z.int().optional().describe("A status.") } }],
    ["field-reserved", "value_too_large", { fields: { ...GOOD.fields, instance: z.string().optional().describe("An instance.") } }],
    ["field-described", "value_too_large", { fields: { ...GOOD.fields, extra: z.string().optional() } }],
    ["example-valid", "value_too_large", { example: { param: "size", limit: -1 } }],
    ["example-valid", "value_too_large", { example: { param: "size" } }],
    ["retry-after-default", "too_fast", { type: "rate_limit_error" }],
    ["retry-after-default", "too_fast", { type: "rate_limit_error", retryAfter: 1.5 }],
    ["required-when", "value_too_large", { requiredWhen: { field: "param", equals: "x", fields: [] } }],
    [
      "required-when",
      "value_too_large",
      { fields: { ...GOOD.fields, mode: z.enum(["a", "b"]).describe("Mode.") }, example: { ...GOOD.example, mode: "a" }, requiredWhen: { field: "mode", equals: "b", fields: ["nothing"] } },
    ],
    ["deprecation-replacement", "value_too_large", { deprecated: { replacement: "no_such_code", reason: "Renamed." } }],
    ["deprecation-replacement", "value_too_large", { deprecated: { replacement: "value_too_large", reason: "Itself." } }],
    ["deprecation-replacement", "value_too_large", { deprecated: { reason: "" } }],
  ] as const)("reports the rule %s for %s", (rule, code, patch) => {
    const problems = checkCatalog(withError(code, patch as Partial<ErrorDefinition>));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === code && p.rule === rule)).toBe(true);
  });

  it("reports a type whose default status is not an error status", () => {
    const broken = { types: { ...TYPES, odd_error: { status: 200, retry: "never", title: "Odd", description: "Odd." } }, errors: {} } as const;
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
    });
    expect(checkCatalog(broken)).toEqual([
      { code: "limit_reached", rule: "example-valid", message: 'the example has mode "per_number" but no "sender".' },
    ]);
  });
});

describe("assertCatalog", () => {
  it("fails with a message that names the code and the rule", () => {
    const broken = withError("value_too_large", { message: "Above {maximum}.", type: "teapot_error" });
    expect(() => assertCatalog(broken)).toThrowError(CatalogError);
    expect(() => assertCatalog(broken)).toThrowError(/value_too_large: \[known-type\]/);
    expect(() => assertCatalog(broken)).toThrowError(/value_too_large: \[placeholder-field\] the message uses \{maximum\}/);
  });

  it("lists every problem at once rather than stopping at the first", () => {
    try {
      assertCatalog(withError("Bad", { title: "", fix: "" }));
      expect.unreachable();
    } catch (error) {
      expect((error as CatalogError).problems.map((p) => p.rule)).toEqual(["code-format", "text-filled", "text-filled"]);
    }
  });
});
