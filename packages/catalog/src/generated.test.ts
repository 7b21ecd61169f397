import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { catalog } from "./definition.js";
import { renderTable } from "./generate/table.js";
import { renderTypes, typeOf } from "./generate/types.js";
import { CatalogError } from "./self-check/check-catalog.js";
import { OWN_SOURCE, TYPE_SOURCE } from "./test/fixtures.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("the generated constants table", () => {
  it("is current with the catalogue (run `pnpm build` when this fails)", () => {
    const { version } = JSON.parse(read("../package.json")) as { version: string };
    expect(read("./generated/table.ts")).toBe(renderTable(version));
  });

  it("has its types current with the catalogue (run `pnpm build` when this fails)", () => {
    expect(read("./generated/types.ts")).toBe(renderTypes());
  });

  it("is not generated from a catalogue that breaks a rule, and the failure names the code and the rule", () => {
    const broken = {
      types: catalog.types,
      errors: {
        ...catalog.errors,
        too_many_widgets: {
          type: "rate_limit_error",
          title: "Too many widgets",
          message: "Over {limit}.",
          description: "Too many widgets.",
          fix: "Fewer widgets.",
          fields: {},
          example: {},
          source: OWN_SOURCE,
        },
      },
    };
    expect(() => renderTable("1.0.0", broken)).toThrowError(CatalogError);
    expect(() => renderTable("1.0.0", broken)).toThrowError(/too_many_widgets: \[placeholder-field\]/);
    expect(() => renderTable("1.0.0", broken)).toThrowError(/too_many_widgets: \[retry-after-default\]/);
  });

  it("resolves each code's defaults from its type", () => {
    const fields = { n: z.int().describe("N.") };
    const source = renderTable("1.0.0", {
      types: {
        api_error: { status: 500, retry: "backoff", title: "API", description: "Server side.", source: TYPE_SOURCE },
      },
      errors: {
        boom: {
          type: "api_error",
          title: "Boom",
          message: "Boom {n}.",
          description: "Boom.",
          fix: "Wait.",
          fields,
          example: { n: 1 },
          source: OWN_SOURCE,
        },
        later: {
          type: "api_error",
          status: 503,
          retryAfter: 5,
          title: "Later",
          message: "Later.",
          description: "Later.",
          fix: "Wait.",
          fields: {},
          example: {},
          source: OWN_SOURCE,
        },
      },
    });
    expect(source).toContain(
      'boom: { type: "api_error", status: 500, retry: "backoff", ownerFacing: false, apis: [] },',
    );
    expect(source).toContain(
      'later: { type: "api_error", status: 503, retry: "backoff", ownerFacing: false, retryAfter: 5, apis: [] },',
    );
    expect(source).toContain('export const version = "1.0.0";');
  });
});

describe("the generated types", () => {
  const source = renderTypes({
    types: {
      rate_limit_error: {
        status: 429,
        retry: "retry_after",
        title: "Rate",
        description: "Slow down.",
        source: TYPE_SOURCE,
      },
    },
    errors: {
      over_quota: {
        type: "rate_limit_error",
        retryAfter: 5,
        title: "Over quota",
        message: "Over {limit}.",
        description: "Over.",
        fix: "Wait.",
        fields: {
          limit: z.int().min(0).describe("The limit."),
          mode: z.enum(["a", "b", "c"]).describe("The mode."),
          who: z.string().optional().describe("Who */ it was."),
        },
        requiredWhen: { field: "mode", equals: "a", fields: ["who"] },
        source: OWN_SOURCE,
        example: { limit: 1, mode: "b" },
        deprecated: { reason: "Going." },
      },
    },
  });

  it("write one object type per variant of a requiredWhen rule, and their union", () => {
    expect(source).toContain("export type OverQuotaObjectA = {");
    expect(source).toContain("export type OverQuotaObjectOtherwise = {");
    expect(source).toContain("export type OverQuotaObject = OverQuotaObjectA | OverQuotaObjectOtherwise;");
    expect(source).toContain('  readonly mode: "a";\n  /** Who *\\/ it was. */\n  readonly who: string;');
    expect(source).toContain('  readonly mode: "b" | "c";\n  /** Who *\\/ it was. */\n  readonly who?: string;');
  });

  it("key the maps by code, with the deprecation on the code and whether fields are required", () => {
    expect(source).toContain("  /** @deprecated Going. */\n  readonly over_quota: OverQuotaObject;");
    expect(source).toContain('  readonly over_quota: "required";');
    expect(source).toContain('  readonly rate_limit_error: "over_quota";');
  });

  it("refuse a field schema they cannot spell, naming the code and field", () => {
    expect(() => typeOf({ type: "string", enum: [{}] }, "x.y")).toThrowError(/x\.y/);
    expect(() => typeOf({ anyOf: [] }, "x.y")).toThrowError(/x\.y: the catalogue's types cannot spell/);
  });
});
