import { apisOf } from "@errata/catalog/file";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CatalogFile, readCatalogFile } from "../catalog-file.js";
import { addCode, BASE_CATALOG, editCode, REPO_CATALOG, withDialects } from "../test/fixtures.js";
import { type CatalogChange, diffCatalogs } from "./catalogs.js";
import { formatDiffMarkdown } from "./format.js";

const plain = readCatalogFile(BASE_CATALOG);
const repo = withDialects(plain);
const LEGACY = ["rcs", "imessage", "sms"] as const;
const pick = (changes: readonly CatalogChange[]) =>
  changes.map(({ code, kind, bump, api }) => ({ code, kind, bump, ...(api ? { api } : {}) }));
const entry = (catalog: CatalogFile, code: string) => catalog.errors.find((e) => e.code === code)!;
/** Every (code, legacy API) pair of a catalogue. */
const legacyPairs = (catalog: CatalogFile) =>
  catalog.errors.flatMap((e) =>
    apisOf(e)
      .filter((api) => api !== "standard")
      .map((api) => `${e.code} ${api}`),
  );
const editDialect = (
  catalog: CatalogFile,
  name: string,
  edit: (dialect: Record<string, unknown>) => Record<string, unknown> | undefined,
): CatalogFile => {
  const dialects: Record<string, unknown> = { ...structuredClone(catalog.dialects) };
  const next = edit(dialects[name] as Record<string, unknown>);
  if (next === undefined) delete dialects[name];
  else dialects[name] = next;
  return { ...structuredClone(catalog), dialects: dialects as CatalogFile["dialects"] };
};

describe("errata diff from a file written before dialects", () => {
  it("counts every code of the older file as the standard API's, so each legacy API's codes are added (a minor)", () => {
    const diff = diffCatalogs(plain, repo);
    expect(diff.bump).toBe("minor");
    const added = diff.changes.filter((c) => c.kind === "api-added");
    expect(added.map((c) => `${c.code} ${c.api}`).sort()).toEqual(legacyPairs(repo).sort());
    expect(added.every((c) => c.bump === "minor")).toBe(true);
    expect(pick(diff.changes.filter((c) => c.kind !== "api-added"))).toEqual(
      LEGACY.map((api) => ({ code: api, kind: "dialect-added", bump: "minor", api })),
    );
  });

  it("says when a code comes to an API as a generic body, without its code member", () => {
    const diff = diffCatalogs(plain, repo);
    const unauthorized = diff.changes.filter((c) => c.code === "unauthorized");
    expect(unauthorized.find((c) => c.api === "imessage")!.detail).toBe(
      "now sent by the imessage API without its code member (a generic body).",
    );
    expect(unauthorized.find((c) => c.api === "rcs")!.detail).toBe("now sent by the rcs API.");
  });

  it("is a major back to a file without dialects: every legacy API and its codes removed", () => {
    const diff = diffCatalogs(repo, plain);
    expect(diff.bump).toBe("major");
    expect(new Set(diff.changes.map((c) => c.kind))).toEqual(new Set(["dialect-removed", "api-removed"]));
    expect(diff.changes.filter((c) => c.kind === "api-removed")).toHaveLength(legacyPairs(repo).length);
  });

  it("lists the legacy APIs' codes of today's catalogue as added, from the released file", () => {
    const live = readCatalogFile(REPO_CATALOG);
    const released = readCatalogFile(BASE_CATALOG);
    const diff = diffCatalogs(released, live);
    const known = new Set(released.errors.map((e) => e.code));
    const expected = live.errors
      .filter((e) => known.has(e.code))
      .flatMap((e) =>
        apisOf(e)
          .filter((api) => api !== "standard")
          .map((api) => `${e.code} ${api}`),
      );
    const added = diff.changes.filter((c) => c.kind === "api-added");
    expect(added.map((c) => `${c.code} ${c.api}`).sort()).toEqual(expected.sort());
    expect(diff.changes.filter((c) => c.kind === "dialect-added").map((c) => c.code)).toEqual([...LEGACY]);
  });

  it("finds nothing between two files without dialects, nor between two with", () => {
    expect(diffCatalogs(plain, structuredClone(plain)).bump).toBe("none");
    expect(diffCatalogs(repo, structuredClone(repo))).toEqual({ bump: "none", changes: [] });
  });
});

describe("errata diff on the APIs that send a code", () => {
  it("a code added to an API: a minor", () => {
    const after = editCode(repo, "throttled", (e) => ({ ...e, apis: [...apisOf(e), "rcs"] }));
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("minor");
    expect(pick(diff.changes)).toEqual([{ code: "throttled", kind: "api-added", bump: "minor", api: "rcs" }]);
  });

  it("a code removed from an API: a major, naming the API", () => {
    const after = editCode(repo, "throttled", (e) => ({ ...e, apis: ["standard"] }));
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("major");
    expect(pick(diff.changes)).toEqual([{ code: "throttled", kind: "api-removed", bump: "major", api: "sms" }]);
    expect(diff.changes[0]!.detail).toContain("no longer sent by the sms API");
  });

  it("a code that starts being sent without its code member: a major (clients branch on the code)", () => {
    const after = editCode(repo, "outbound_limit_reached", (e) => ({ ...e, without_code: ["imessage"] }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "outbound_limit_reached", kind: "without-code-added", bump: "major", api: "imessage" },
    ]);
  });

  it("a code that stops being sent without its code member: a major (clients recognise the generic body)", () => {
    const after = editCode(repo, "unauthorized", (e) => {
      const { without_code: _, ...rest } = e;
      return rest;
    });
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "unauthorized", kind: "without-code-removed", bump: "major", api: "imessage" },
    ]);
  });

  it("a code added to an API as a generic body: a minor, since that API never sent it with its code", () => {
    const after = editCode(repo, "line_not_found", (e) => ({
      ...e,
      apis: ["standard", "imessage"],
      without_code: ["imessage"],
    }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "line_not_found", kind: "api-added", bump: "minor", api: "imessage" },
    ]);
  });

  it("a new code names the legacy APIs that send it", () => {
    const after = addCode(repo, { ...entry(repo, "conflict"), code: "line_busy", title: "Line busy" });
    const [change] = diffCatalogs(repo, after).changes;
    expect(pick([change!])).toEqual([{ code: "line_busy", kind: "code-added", bump: "minor" }]);
    expect(change!.detail).toContain("Also sent by the rcs, imessage (without its code member) APIs.");
  });

  it("a changed example in a legacy dialect: a patch", () => {
    const examples = (message: string) => ({ sms: { message, error: "throttled", retry_after: 2 } });
    const before = editCode(repo, "throttled", (e) => ({ ...e, dialect_examples: examples("Too many requests.") }));
    const after = editCode(repo, "throttled", (e) => ({ ...e, dialect_examples: examples("Slow down.") }));
    expect(pick(diffCatalogs(before, after).changes)).toEqual([
      { code: "throttled", kind: "example-changed", bump: "patch", api: "sms" },
    ]);
  });

  it("classifies any reassignment of codes to APIs: each API gained a minor, each API lost a major", () => {
    const codes = repo.errors.map((e) => e.code);
    const assignment = fc.dictionary(fc.constantFrom(...codes), fc.subarray([...LEGACY]), { maxKeys: 12 });
    const assign = (apis: Record<string, string[]>): CatalogFile => ({
      ...repo,
      errors: repo.errors.map(({ without_code: _, ...e }) => ({ ...e, apis: ["standard", ...(apis[e.code] ?? [])] })),
    });
    fc.assert(
      fc.property(assignment, assignment, (a, b) => {
        const diff = diffCatalogs(assign(a), assign(b));
        const pairs = (apis: Record<string, string[]>) =>
          new Set(Object.entries(apis).flatMap(([code, list]) => list.map((api) => `${code} ${api}`)));
        const [was, is] = [pairs(a), pairs(b)];
        const of = (kind: string) =>
          diff.changes
            .filter((c) => c.kind === kind)
            .map((c) => `${c.code} ${c.api}`)
            .sort();
        expect(of("api-added")).toEqual([...is].filter((pair) => !was.has(pair)).sort());
        expect(of("api-removed")).toEqual([...was].filter((pair) => !is.has(pair)).sort());
        expect(diff.changes.every((c) => c.kind === "api-added" || c.kind === "api-removed")).toBe(true);
        const lost = [...was].some((pair) => !is.has(pair));
        const gained = [...is].some((pair) => !was.has(pair));
        expect(diff.bump).toBe(lost ? "major" : gained ? "minor" : "none");
      }),
      { numRuns: 40 },
    );
  });
});

describe("errata diff on the dialects", () => {
  const whatsapp = { ...repo.dialects!.sms!, title: "WhatsApp", seeds: ["005"] };

  it("a dialect added: a minor", () => {
    const after = editDialect(repo, "whatsapp", () => whatsapp);
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "whatsapp", kind: "dialect-added", bump: "minor", api: "whatsapp" },
    ]);
  });

  it("a dialect removed: a major, with each of its codes removed from it", () => {
    const without = editDialect(repo, "sms", () => undefined);
    const after = {
      ...without,
      errors: without.errors.map((e) => ({ ...e, apis: apisOf(e).filter((api) => api !== "sms") })),
    };
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("major");
    expect(pick(diff.changes)[0]).toEqual({ code: "sms", kind: "dialect-removed", bump: "major", api: "sms" });
    expect(diff.changes.filter((c) => c.kind === "api-removed").map((c) => c.code)).toEqual(
      repo.errors.filter((e) => apisOf(e).includes("sms")).map((e) => e.code),
    );
  });

  it.each([
    ["the code moves to another member", "rcs", { code: "code" }],
    ["the code moves into an error object", "sms", { code: "error.code" }],
    ["the fields move into the error object", "imessage", { fields: "error" }],
    ["the status starts being repeated in the body", "sms", { status: "status" }],
    ["the status moves to another member", "imessage", { status: "http_status" }],
    ["the constant member changes its value", "imessage", { constant: { member: "error", value: "Error" } }],
    ["a request ID member is added", "rcs", { request_id: "request_id" }],
    ["the request ID member moves", "standard", { request_id: "requestId" }],
    ["the type is no longer sent", "standard", { type: undefined }],
    ["the code becomes optional", "sms", { code_optional: true }],
    ["the link to the reference is dropped", "standard", { doc_url: false }],
    ["a member is added to the envelope", "rcs", { members: ["error", "message", "details", "hint"] }],
  ])("a changed envelope, major: %s", (_, name, patch) => {
    const after = editDialect(repo, name, (d) => JSON.parse(JSON.stringify({ ...d, ...patch })));
    const diff = diffCatalogs(repo, after);
    expect(pick(diff.changes)).toEqual([{ code: name, kind: "dialect-envelope-changed", bump: "major", api: name }]);
    expect(diff.changes[0]!.detail).toMatch(/: clients .+\.$/);
  });

  it.each([
    ["a link to the reference added", "minor", "rcs", { doc_url: true }],
    ["the code always sent, where generic bodies had none", "minor", "imessage", { code_optional: false }],
    ["the same members in another order", "patch", "sms", { members: ["error", "message"] }],
  ] as const)("a changed envelope that breaks no client: %s is a %s", (_, bump, name, patch) => {
    const after = editDialect(repo, name, (d) => ({ ...d, ...patch }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: name, kind: "dialect-envelope-changed", bump, api: name },
    ]);
  });

  it("a dialect's title, description or quoted statement reworded: a patch", () => {
    const after = editDialect(repo, "rcs", (d) => ({
      ...d,
      title: "RCS Business",
      description: "Reworded.",
      says: "Quoted again.",
    }));
    const diff = diffCatalogs(repo, after);
    expect(pick(diff.changes)).toEqual([{ code: "rcs", kind: "dialect-text-changed", bump: "patch", api: "rcs" }]);
    expect(diff.changes[0]!.detail).toBe("title, description, says reworded.");
  });

  it("a dialect member this diff does not know: a minor to review", () => {
    const after = editDialect(repo, "sms", (d) => ({ ...d, charset: "utf-8" }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "sms", kind: "dialect-envelope-changed", bump: "minor", api: "sms" },
    ]);
  });
});

describe("the changelog's catalogue section, with dialects", () => {
  it("lists the codes each API gained and lost, and the dialects' changes", () => {
    const moved = editDialect(repo, "rcs", (d) => ({ ...d, code: "code" }));
    const after = editCode(moved, "throttled", (e) => ({ ...e, apis: ["standard", "rcs"] }));
    const text = formatDiffMarkdown(diffCatalogs(repo, after));
    expect(text).toContain(
      '**Dialects**\n\n- `rcs` (major): code `"error"` → `"code"`: clients read the code where it was.',
    );
    expect(text).toContain("**Codes added to APIs**\n\n- `rcs`: `throttled`");
    expect(text).toContain("**Codes removed from APIs**\n\n- `sms`: `throttled`");
    expect(text).not.toContain("**Changed codes**");
  });
});
