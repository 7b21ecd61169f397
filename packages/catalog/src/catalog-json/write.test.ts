import { describe, expect, it } from "vitest";
import { CATALOG_VERSION, ERRORS } from "../codes.js";
import { catalog } from "../definition.js";
import { placeholdersOf } from "../message.js";
import { errorBodySchema } from "../schemas/standard.js";
import type { ErrorCode } from "../types.js";
import { exampleBody } from "../wire/examples.js";
import { catalogJson } from "./write.js";

const json = catalogJson(CATALOG_VERSION);

describe("catalog.json", () => {
  it("names the catalogue's version and every type with its default status", () => {
    expect(json.version).toBe(CATALOG_VERSION);
    expect(Object.keys(json.types)).toEqual(Object.keys(catalog.types));
    for (const [name, type] of Object.entries(json.types)) {
      expect(type.status).toBe(catalog.types[name as keyof typeof catalog.types].status);
    }
  });

  it("has one entry a code, with the status, type and retry policy of the constants", () => {
    expect(json.errors.map((e) => e.code)).toEqual(Object.keys(ERRORS));
    for (const entry of json.errors) {
      const info = ERRORS[entry.code as ErrorCode];
      expect({ type: entry.type, status: entry.status, retry: entry.retry, owner: entry.owner_facing }).toEqual({
        type: info.type,
        status: info.status,
        retry: info.retry,
        owner: info.ownerFacing,
      });
    }
  });

  it("gives each entry the catalogue's example body, which the body schema accepts", () => {
    for (const entry of json.errors) {
      expect(entry.example).toEqual(exampleBody(entry.code as ErrorCode));
      expect(errorBodySchema.safeParse(entry.example).success, entry.code).toBe(true);
    }
  });

  it("lists as required exactly the fields a body cannot omit", () => {
    const outbound = json.errors.find((e) => e.code === "outbound_limit_reached")!;
    expect(outbound.required).toEqual(["limit", "current", "mode"]);
    expect(outbound.required_when).toBeUndefined();
    // An open string: a spelling of the per-number mode the catalogue does not expect is still read.
    expect(outbound.fields.mode).toMatchObject({ type: "string", minLength: 1 });
    expect(outbound.fields.mode).not.toHaveProperty("enum");
    const balance = json.errors.find((e) => e.code === "insufficient_balance")!;
    expect(balance.fields.required_amount).toMatchObject({ type: "string" });
    expect(balance.required).toEqual(["required_amount", "topup_url"]);
    expect(json.errors.find((e) => e.code === "validation_failed")!.required).toEqual([]);
    expect(json.errors.find((e) => e.code === "spend_limit_exceeded")!.required).toEqual([]);
    expect(json.errors.find((e) => e.code === "sandbox_quota_exceeded")!.required).toEqual([]);
  });

  it("keeps placeholders in messages, each naming a required field", () => {
    for (const entry of json.errors) {
      for (const name of placeholdersOf(entry.message)) expect(entry.required).toContain(name);
    }
  });

  it("records every entry's source: the documents' statements and the catalogue's own reasons", () => {
    for (const entry of [...json.errors, ...Object.values(json.types)]) {
      expect(entry.source.seeds.length + Object.keys(entry.source.own).length).toBeGreaterThan(0);
      for (const claim of entry.source.seeds)
        expect(claim).toMatchObject({ seed: expect.stringMatching(/^00[0-4]$/), says: expect.any(String) });
    }
    const outbound = json.errors.find((e) => e.code === "outbound_limit_reached")!;
    expect(outbound.source.own).toHaveProperty("retryAfter");
    expect(outbound.source.seeds.map((claim) => claim.seed)).toEqual(["003", "003", "003"]);
    expect(outbound.message_variants).toEqual([expect.stringContaining("{sender_number}")]);
    expect(json.errors.find((e) => e.code === "sandbox_quota_exceeded")!.retry_after_from).toBe("resets_at");
  });

  it("describes every field", () => {
    for (const entry of json.errors) {
      for (const [name, schema] of Object.entries(entry.fields))
        expect(schema.description, `${entry.code}.${name}`).toBeTruthy();
    }
  });
});
