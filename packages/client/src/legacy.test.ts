/**
 * The legacy reader runs on the dialects' data alone: a dialect that exists only in a fixture
 * catalogue is written by the catalogue's writer and read back by the client's reader, with no code
 * changed, and the catalogue's own dialects are told apart by the same rules.
 */
import { DIALECTS, type DialectEnvelope, writeBody } from "@errata/catalog";
import { describe, expect, it } from "vitest";
import { fits } from "./fits.js";
import { CATALOG_TABLES, type LegacyTables, matchLegacy } from "./legacy.js";
import { parseBody } from "./parse.js";

// A fifth API, as a catalogue would describe it: a constant `"v": "mms/2"`, the code in `kind`, the
// status repeated in `http`, and one generic body sent without a code.
const MMS: DialectEnvelope = {
  code: "kind",
  fields: "body",
  status: "http",
  constant: { member: "v", value: "mms/2" },
  docUrl: false,
  codeOptional: true,
  retryAfterMember: false,
  members: ["v", "kind", "message", "http"],
};

const FIXTURE: LegacyTables = {
  dialects: [["mms", MMS], ...CATALOG_TABLES.dialects],
  generic: { ...CATALOG_TABLES.generic, mms: { "404": { "No such message.": "not_found" } } },
  apisOf: (code) => (code === "outbound_limit_reached" ? ["mms"] : CATALOG_TABLES.apisOf(code)),
};

const read = (body: unknown, status: number, tables = FIXTURE) =>
  parseBody(typeof body === "string" ? body : JSON.stringify(body), { status }, fits, tables);

describe("a dialect defined only in a fixture catalogue", () => {
  const error = {
    type: "rate_limit_error",
    code: "outbound_limit_reached",
    message: "Limit.",
    limit: 3,
    current: 3,
    mode: "total",
  };
  const body = writeBody(MMS, error, { status: 429, requestId: "req_abcdefghijkl" });

  it("is written by writeBody from its envelope, in its members' order", () => {
    expect(JSON.stringify(body)).toBe(
      '{"v":"mms/2","kind":"outbound_limit_reached","message":"Limit.","http":429,"limit":3,"current":3,"mode":"total"}',
    );
  });

  it("is read back to its code, fields and dialect by the unchanged reader", () => {
    expect(read(body, 429)).toMatchObject({
      known: true,
      code: "outbound_limit_reached",
      dialect: "mms",
      limit: 3,
      mode: "total",
    });
    expect(read(body, 429)).not.toHaveProperty("http");
  });

  it("reads its generic body, sent without a code, from its status and message", () => {
    expect(read({ v: "mms/2", message: "No such message.", http: 404 }, 0)).toMatchObject({
      known: true,
      code: "not_found",
      status: 404,
      dialect: "mms",
    });
  });

  it("is not read where the catalogue does not have it", () => {
    expect(read({ v: "mms/2", kind: "not_found", message: "m", http: 404 }, 404, CATALOG_TABLES)).toMatchObject({
      reason: "not_error_body",
    });
  });
});

describe("the catalogue's dialects, told apart by data", () => {
  const match = (body: Record<string, unknown>) => matchLegacy(body, 400, CATALOG_TABLES)?.dialect;

  it("takes the dialect whose constant the body holds", () => {
    expect(match({ error: DIALECTS.imessage.constant.value, message: "m", status: 404 })).toBe("imessage");
  });

  it.each([
    ["only one API sends the code", { message: "m", error: "dependency_unavailable" }, "rcs"],
    ["a member only one envelope lists", { message: "m", error: "galaxy", details: [] }, "rcs"],
    ["the first member of an envelope comes first", { message: "m", error: "galaxy" }, "sms"],
    ["the first member of the other comes first", { error: "galaxy", message: "m" }, "rcs"],
  ])("when %s", (_, body, dialect) => {
    expect(match(body)).toBe(dialect);
  });

  it("matches no dialect when no envelope fits", () => {
    expect(match({ error: { code: "x" } })).toBeUndefined();
    expect(match({ message: "m" })).toBeUndefined();
  });
});
