import { readFileSync } from "node:fs";
import { errorObjectSchemas } from "@errata/catalog/zod";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { renderChecks, ruleOf } from "./render-checks.js";

describe("the generated field checks", () => {
  it("are current with the catalogue (run `pnpm --filter @errata/client build` when this fails)", () => {
    expect(readFileSync(new URL("./generated/field-checks.ts", import.meta.url), "utf8")).toBe(renderChecks());
  });

  it("refuse a field the core cannot check, naming the code and the field", () => {
    const schemas = {
      ...errorObjectSchemas,
      too_many_widgets: z.looseObject({ type: z.literal("api_error"), code: z.literal("too_many_widgets"), message: z.string().min(1), widgets: z.number().max(3) }),
    };
    expect(() => renderChecks(schemas)).toThrowError(/too_many_widgets\[0\]\.widgets/);
  });

  it("read each kind of field schema the catalogue uses", () => {
    const rule = (schema: z.ZodType) => ruleOf(z.toJSONSchema(schema, { io: "input" }) as never, "x");
    expect(rule(z.int().min(0))).toBe("i");
    expect(rule(z.string().min(1))).toBe("s");
    expect(rule(z.string().regex(/^[A-Z]{3}$/))).toBe("/^[A-Z]{3}$");
    expect(rule(z.enum(["daily", "monthly"]))).toBe("=daily|monthly");
    expect(() => rule(z.string().min(2))).toThrowError(/cannot check/);
    expect(() => rule(z.int().min(1))).toThrowError(/cannot check/);
  });
});
