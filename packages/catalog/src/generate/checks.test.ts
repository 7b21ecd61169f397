import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fieldCheckOf } from "../checks.js";
import { ERROR_CODE_LIST } from "../codes.js";
import { errorObjectSchemas } from "../schemas/standard.js";
import { mutatedExample } from "../test/arbitraries.js";
import { exampleBody } from "../wire/examples.js";
import { renderChecks, ruleOf } from "./checks.js";

describe("the generated field checks", () => {
  it("are current with the catalogue (run `pnpm --filter @errata/catalog build` when this fails)", () => {
    expect(readFileSync(new URL("../generated/checks.ts", import.meta.url), "utf8")).toBe(renderChecks());
  });

  it("refuse a field no check can be written for, naming the code and the field", () => {
    const schemas = {
      ...errorObjectSchemas,
      too_many_widgets: z.looseObject({
        type: z.literal("api_error"),
        code: z.literal("too_many_widgets"),
        message: z.string().min(1),
        widgets: z.number().max(3),
      }),
    };
    expect(() => renderChecks(schemas)).toThrowError(/too_many_widgets\[0\]\.widgets/);
  });

  it("refuse a refinement, which JSON Schema does not show", () => {
    const schemas = {
      ...errorObjectSchemas,
      odd_widgets: z.looseObject({
        type: z.literal("api_error"),
        code: z.literal("odd_widgets"),
        message: z.string().min(1),
        n: z.string().refine((s) => s.length % 2 === 1),
      }),
    };
    expect(() => renderChecks(schemas)).toThrowError(
      /odd_widgets: a check cannot be written for a schema that uses custom/,
    );
  });

  it("read each kind of field schema the catalogue uses", () => {
    const rule = (schema: z.ZodType) => ruleOf(z.toJSONSchema(schema, { io: "input" }) as never, "x");
    expect(rule(z.int().min(0))).toBe("i");
    expect(rule(z.string().min(1))).toBe("s");
    expect(rule(z.string().regex(/^[A-Z]{3}$/))).toBe("/^[A-Z]{3}$");
    expect(rule(z.enum(["daily", "monthly"]))).toBe("=daily|monthly");
    expect(() => rule(z.string().min(2))).toThrowError(/no check can be written/);
    expect(() => rule(z.int().min(1))).toThrowError(/no check can be written/);
  });

  it("are plain code: the generated module neither evaluates nor builds functions", () => {
    const source = readFileSync(new URL("../generated/checks.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(/);
  });
});

describe("the generated checks against zod", () => {
  const schemaOf = (code: string) => errorObjectSchemas[code as keyof typeof errorObjectSchemas] as z.ZodType;
  const agree = (code: string, error: Record<string, unknown>) => {
    const check = fieldCheckOf(code as never)(error, error.message);
    expect(check, `${code}: ${JSON.stringify(error)}`).toBe(schemaOf(code).safeParse(error).success);
  };

  it("pass each code's example", () => {
    for (const code of ERROR_CODE_LIST) {
      const { error } = exampleBody(code) as { error: Record<string, unknown> };
      expect(fieldCheckOf(code)(error, error.message), code).toBe(true);
    }
  });

  it("give zod's verdict on every code's example with members changed, added or removed", () => {
    fc.assert(
      fc.property(mutatedExample, ([code, mutated]) => agree(code, mutated)),
      { numRuns: 2000 },
    );
  });
});
