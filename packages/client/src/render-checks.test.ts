import { readFileSync } from "node:fs";
import { errorObjectSchemas } from "@errata/catalog/zod";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { renderRules } from "./render-rules.js";

describe("the generated field rules", () => {
  it("are current with the catalogue (run `pnpm --filter @errata/client build` when this fails)", () => {
    expect(readFileSync(new URL("./generated/rules.ts", import.meta.url), "utf8")).toBe(renderRules());
  });

  it("refuse a field the core cannot check, naming the code and the field", () => {
    const schemas = {
      ...errorObjectSchemas,
      too_many_widgets: z.looseObject({ type: z.literal("api_error"), code: z.literal("too_many_widgets"), message: z.string().min(1), widgets: z.number().max(3) }),
    };
    expect(() => renderRules(schemas)).toThrowError(/too_many_widgets\[0\]\.widgets/);
  });
});
