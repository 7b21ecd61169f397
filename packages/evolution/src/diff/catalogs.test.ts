import type { RetryPolicy } from "@errata/catalog";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bumpRank } from "../bump.js";
import { type CatalogFile, type CatalogFileError, type JsonSchema, readCatalogFile } from "../catalog-file.js";
import { addCode, BASE_CATALOG, editCode, REPO_CATALOG, seed000, seed001 } from "../test/fixtures.js";
import { type CatalogChange, diffCatalogs } from "./catalogs.js";

const repo = readCatalogFile(BASE_CATALOG);
const entry = (catalog: CatalogFile, code: string) => catalog.errors.find((e) => e.code === code)!;
const pick = (changes: readonly CatalogChange[]) => changes.map(({ code, kind, bump }) => ({ code, kind, bump }));
const withField = (e: CatalogFileError, name: string, schema: JsonSchema): CatalogFileError => ({
  ...e,
  fields: { ...e.fields, [name]: schema },
});

describe("errata diff on identical catalogues", () => {
  it("finds nothing and needs no bump, for the repository's own catalogue", () => {
    const live = readCatalogFile(REPO_CATALOG);
    expect(diffCatalogs(live, structuredClone(live))).toEqual({ bump: "none", changes: [] });
  });

  it("ignores the version, and the order of members inside objects", () => {
    const reorder = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reorder)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reorder(v)]),
            )
          : value;
    const after = { ...(reorder(repo) as CatalogFile), version: "9.9.9" };
    expect(diffCatalogs(repo, after)).toEqual({ bump: "none", changes: [] });
  });
});

describe("errata diff on the seeds' two editions (000 → 001)", () => {
  const diff = diffCatalogs(seed000(), seed001());

  it("is a minor: the five codes 001 adds, and nothing removed or broken", () => {
    expect(diff.bump).toBe("minor");
    const added = diff.changes.filter((c) => c.kind === "code-added").map((c) => c.code);
    expect(added.sort()).toEqual(
      [
        "sandbox_requires_owner",
        "empty_file",
        "advanced_features_required",
        "contact_has_not_messaged",
        "file_not_found",
      ].sort(),
    );
    expect(diff.changes.filter((c) => c.kind !== "code-added").every((c) => c.bump === "patch")).toBe(true);
  });

  it("reports the meanings 001 rewords as patches", () => {
    expect(pick(diff.changes.filter((c) => c.bump === "patch"))).toEqual([
      { code: "invalid_parameter_value", kind: "description-changed", bump: "patch" },
      { code: "message_not_found", kind: "description-changed", bump: "patch" },
    ]);
  });

  it("is a major the other way round, naming each removed code", () => {
    const back = diffCatalogs(seed001(), seed000());
    expect(back.bump).toBe("major");
    expect(back.changes.filter((c) => c.kind === "code-removed")).toHaveLength(5);
  });
});

describe("errata diff: major changes", () => {
  it("a removed code", () => {
    const diff = diffCatalogs(
      repo,
      editCode(repo, "webhook_not_found", () => undefined),
    );
    expect(diff.bump).toBe("major");
    expect(pick(diff.changes)).toEqual([{ code: "webhook_not_found", kind: "code-removed", bump: "major" }]);
  });

  it("a renamed code: a removal and an addition, flagged as a likely rename both ways", () => {
    const after = editCode(repo, "webhook_not_found", (e) => ({ ...e, code: "webhook_missing" }));
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("major");
    expect(pick(diff.changes)).toEqual([
      { code: "webhook_not_found", kind: "code-removed", bump: "major" },
      { code: "webhook_missing", kind: "code-added", bump: "minor" },
    ]);
    expect(diff.changes[0]!.detail).toContain("Likely renamed to webhook_missing");
    expect(diff.changes[1]!.detail).toContain("Likely a rename of webhook_not_found");
  });

  it("no rename flagged between unrelated codes of the same type and status", () => {
    const after = editCode(repo, "invalid_json", (e) => ({
      ...e,
      code: "unsupported_media_type",
      title: "Unsupported media type",
      description: "The Content-Type of the request is not application/json.",
    }));
    const diff = diffCatalogs(repo, after);
    expect(diff.changes.map((c) => c.detail).join(" ")).not.toContain("Likely");
  });

  it("a changed status", () => {
    const diff = diffCatalogs(
      repo,
      editCode(repo, "empty_file", (e) => ({ ...e, status: 422 })),
    );
    expect(pick(diff.changes)).toEqual([{ code: "empty_file", kind: "status-changed", bump: "major" }]);
    expect(diff.changes[0]!.detail).toBe("status 400 → 422.");
  });

  it("a changed type", () => {
    const diff = diffCatalogs(
      repo,
      editCode(repo, "conflict", (e) => ({ ...e, type: "invalid_request_error" })),
    );
    expect(pick(diff.changes)).toEqual([{ code: "conflict", kind: "type-changed", bump: "major" }]);
  });

  it("a required field added", () => {
    const after = editCode(repo, "line_not_found", (e) => ({
      ...withField(e, "line", { type: "string", description: "The line." }),
      required: ["line"],
    }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "line_not_found", kind: "field-added", bump: "major" },
    ]);
  });

  it("an optional field that becomes required", () => {
    const after = editCode(repo, "outbound_limit_reached", (e) => ({ ...e, required: [...e.required, "retry_after"] }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "outbound_limit_reached", kind: "field-required", bump: "major" },
    ]);
  });

  it("a required field that becomes optional (readers can no longer count on it)", () => {
    const after = editCode(repo, "outbound_limit_reached", (e) => ({
      ...e,
      required: e.required.filter((n) => n !== "current"),
    }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "outbound_limit_reached", kind: "field-optional", bump: "major" },
    ]);
  });

  it("a new required_when requirement, a dropped one and a changed one", () => {
    const base = editCode(repo, "outbound_limit_reached", (e) => {
      const { required_when: _, ...rest } = e;
      return rest;
    });
    const rule = entry(repo, "outbound_limit_reached").required_when!;
    expect(pick(diffCatalogs(base, repo).changes)).toEqual([
      { code: "outbound_limit_reached", kind: "required-when-added", bump: "major" },
    ]);
    expect(pick(diffCatalogs(repo, base).changes)).toEqual([
      { code: "outbound_limit_reached", kind: "required-when-removed", bump: "major" },
    ]);
    const narrower = editCode(repo, "outbound_limit_reached", (e) => ({
      ...e,
      required_when: { ...rule, required: [rule.required[0]!] },
    }));
    expect(pick(diffCatalogs(repo, narrower).changes)).toEqual([
      { code: "outbound_limit_reached", kind: "required-when-changed", bump: "major" },
    ]);
  });

  it("a removed field", () => {
    const after = editCode(repo, "insufficient_balance", (e) => {
      const { held_balance: _, ...fields } = e.fields;
      return { ...e, fields, required: e.required.filter((n) => n !== "held_balance") };
    });
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "insufficient_balance", kind: "field-removed", bump: "major" },
    ]);
  });

  it("a renamed field: a removal and an addition, flagged as a likely rename both ways", () => {
    const after = editCode(repo, "sandbox_quota_exceeded", (e) => {
      const { resets_at, ...fields } = e.fields;
      return {
        ...e,
        fields: { ...fields, reset_at: resets_at! },
        required: e.required.map((n) => (n === "resets_at" ? "reset_at" : n)),
      };
    });
    const diff = diffCatalogs(repo, after);
    expect(pick(diff.changes)).toEqual([
      { code: "sandbox_quota_exceeded", kind: "field-removed", bump: "major" },
      { code: "sandbox_quota_exceeded", kind: "field-added", bump: "major" },
    ]);
    expect(diff.changes[0]!.detail).toBe("field resets_at removed. Likely renamed to reset_at.");
    expect(diff.changes[1]!.detail).toContain("Likely a rename of resets_at.");
  });

  it("a field whose type changed", () => {
    const after = editCode(repo, "outbound_limit_reached", (e) =>
      withField(e, "limit", { ...e.fields.limit, type: "string" }),
    );
    const [change] = diffCatalogs(repo, after).changes;
    expect(change).toMatchObject({ code: "outbound_limit_reached", kind: "field-type-changed", bump: "major" });
    expect(change!.detail).toBe("limit: type integer became string.");
  });

  it.each([
    ["a lower maximum", (s: JsonSchema) => ({ ...s, maximum: 1000 })],
    ["a higher minimum", (s: JsonSchema) => ({ ...s, minimum: 1 })],
    ["a new multipleOf", (s: JsonSchema) => ({ ...s, multipleOf: 5 })],
    ["a new const", (s: JsonSchema) => ({ ...s, const: 35 })],
    ["a new enum", (s: JsonSchema) => ({ ...s, enum: [10, 35] })],
  ])("a narrowed integer field: %s", (_, narrow) => {
    const after = editCode(repo, "outbound_limit_reached", (e) => withField(e, "limit", narrow(e.fields.limit!)));
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("major");
    expect(pick(diff.changes)).toEqual([{ code: "outbound_limit_reached", kind: "field-narrowed", bump: "major" }]);
  });

  it.each([
    ["a changed pattern", (s: JsonSchema) => ({ ...s, pattern: "^[0-9]+\\.[0-9]{2}$" })],
    ["a new maxLength", (s: JsonSchema) => ({ ...s, maxLength: 12 })],
    ["a new format", (s: JsonSchema) => ({ ...s, format: "uri" })],
  ])("a narrowed string field: %s", (_, narrow) => {
    const after = editCode(repo, "insufficient_balance", (e) =>
      withField(e, "free_balance", narrow(e.fields.free_balance!)),
    );
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "insufficient_balance", kind: "field-narrowed", bump: "major" },
    ]);
  });

  it("an enum value removed", () => {
    const after = editCode(repo, "spend_limit_exceeded", (e) =>
      withField(e, "period", { ...e.fields.period, enum: ["daily"] }),
    );
    const diff = diffCatalogs(repo, after);
    expect(pick(diff.changes)).toEqual([{ code: "spend_limit_exceeded", kind: "enum-value-removed", bump: "major" }]);
    expect(diff.changes[0]!.detail).toBe('period: enum value "monthly" removed.');
  });

  it("a property removed inside a field (details[].message)", () => {
    const after = editCode(repo, "validation_failed", (e) => {
      const details = structuredClone(e.fields.details!) as {
        items: { properties: Record<string, unknown>; required: string[] };
      };
      delete details.items.properties.message;
      details.items.required = ["field"];
      return withField(e, "details", details);
    });
    const diff = diffCatalogs(repo, after);
    expect(pick(diff.changes)).toEqual([{ code: "validation_failed", kind: "field-removed", bump: "major" }]);
    expect(diff.changes[0]!.detail).toBe("details[]: property message removed.");
  });

  it("a larger default Retry-After (clients falling back on the old one retry too soon)", () => {
    const after = editCode(repo, "throttled", (e) => ({ ...e, retry_after: e.retry_after! * 10 }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "throttled", kind: "retry-after-changed", bump: "major" },
    ]);
  });

  it("an error type removed, or its default status changed", () => {
    const { conflict_error: _, ...types } = repo.types;
    expect(pick(diffCatalogs(repo, { ...repo, types }).changes)).toContainEqual({
      code: "conflict_error",
      kind: "error-type-removed",
      bump: "major",
    });
    const moved = { ...repo, types: { ...repo.types, api_error: { ...repo.types.api_error!, status: 502 } } };
    expect(pick(diffCatalogs(repo, moved).changes)).toEqual([
      { code: "api_error", kind: "error-type-status-changed", bump: "major" },
    ]);
  });
});

describe("errata diff: retry policy changes, judged by whether a client correct under the old policy goes wrong", () => {
  // A client that follows a policy to the letter: whether it retries, and whether it waits for Retry-After.
  const client = (policy: RetryPolicy) => ({ retries: policy !== "never", waitsForServer: policy === "retry_after" });
  // What the new policy forbids: retrying at all (never), or retrying before the server allows (retry_after).
  const wrongUnder = (oldPolicy: RetryPolicy, newPolicy: RetryPolicy) => {
    const c = client(oldPolicy);
    return (newPolicy === "never" && c.retries) || (newPolicy === "retry_after" && c.retries && !c.waitsForServer);
  };
  const policies = ["never", "backoff", "retry_after"] as const;
  const pairs = policies.flatMap((from) => policies.filter((to) => to !== from).map((to) => [from, to] as const));

  it.each(pairs)("%s → %s", (from, to) => {
    const before = editCode(repo, "internal_error", (e) => ({ ...e, retry: from }));
    const after = editCode(repo, "internal_error", (e) => ({ ...e, retry: to }));
    const diff = diffCatalogs(before, after);
    expect(pick(diff.changes)).toEqual([
      { code: "internal_error", kind: "retry-changed", bump: wrongUnder(from, to) ? "major" : "minor" },
    ]);
  });

  it("an error type's default policy follows the same rule", () => {
    const after = {
      ...repo,
      types: { ...repo.types, api_error: { ...repo.types.api_error!, retry: "never" as const } },
    };
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "api_error", kind: "error-type-retry-changed", bump: "major" },
    ]);
  });
});

describe("errata diff: minor changes", () => {
  it("a code added", () => {
    const after = addCode(repo, { ...entry(repo, "conflict"), code: "line_busy", title: "Line busy" });
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([{ code: "line_busy", kind: "code-added", bump: "minor" }]);
  });

  it("an optional field added", () => {
    const after = editCode(repo, "line_not_found", (e) =>
      withField(e, "line", { type: "string", description: "The line." }),
    );
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("minor");
    expect(pick(diff.changes)).toEqual([{ code: "line_not_found", kind: "field-added", bump: "minor" }]);
  });

  it("an enum value added, flagged for exhaustive clients", () => {
    const after = editCode(repo, "spend_limit_exceeded", (e) =>
      withField(e, "period", { ...e.fields.period, enum: ["daily", "monthly", "weekly"] }),
    );
    const diff = diffCatalogs(repo, after);
    expect(pick(diff.changes)).toEqual([{ code: "spend_limit_exceeded", kind: "enum-value-added", bump: "minor" }]);
    expect(diff.changes[0]!.detail).toContain("exhaustive clients");
  });

  it("a widened field (a higher maximum, a dropped pattern)", () => {
    const after = editCode(repo, "insufficient_balance", (e) => {
      const { pattern: _, ...free } = e.fields.free_balance!;
      return withField(e, "free_balance", free);
    });
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "insufficient_balance", kind: "field-widened", bump: "minor" },
    ]);
  });

  it("a code deprecated, with its replacement and reason in the detail", () => {
    const after = editCode(repo, "not_found", (e) => ({
      ...e,
      deprecated: { replacement: "line_not_found", reason: "Name the resource." },
    }));
    const diff = diffCatalogs(repo, after);
    expect(pick(diff.changes)).toEqual([{ code: "not_found", kind: "code-deprecated", bump: "minor" }]);
    expect(diff.changes[0]!.detail).toBe("deprecated; use line_not_found instead: Name the resource.");
  });

  it("who the message is for", () => {
    const after = editCode(repo, "empty_file", (e) => ({ ...e, owner_facing: true }));
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "empty_file", kind: "owner-facing-changed", bump: "minor" },
    ]);
  });

  it("an error type added", () => {
    const after = {
      ...repo,
      types: {
        ...repo.types,
        gone_error: { status: 410, retry: "never" as const, title: "Gone", description: "Gone." },
      },
    };
    expect(pick(diffCatalogs(repo, after).changes)).toEqual([
      { code: "gone_error", kind: "error-type-added", bump: "minor" },
    ]);
  });
});

describe("errata diff: patch changes", () => {
  it.each([
    ["title", "title-changed"],
    ["description", "description-changed"],
    ["fix", "fix-changed"],
    ["message", "message-changed"],
    ["doc_url", "doc-url-changed"],
  ] as const)("the %s reworded", (member, kind) => {
    const after = editCode(repo, "invalid_json", (e) => ({ ...e, [member]: `${e[member]} (reworded)` }));
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("patch");
    expect(pick(diff.changes)).toEqual([{ code: "invalid_json", kind, bump: "patch" }]);
  });

  it("sources recorded or reworded: documentation, not the body (regression: each was a minor to review)", () => {
    const source = { seeds: [{ seed: "000", says: "webhook_not_found | No such webhook", gives: ["code"] }], own: {} };
    const recorded = editCode(repo, "webhook_not_found", (e) => ({ ...e, source }));
    expect(pick(diffCatalogs(repo, recorded).changes)).toEqual([
      { code: "webhook_not_found", kind: "source-changed", bump: "patch" },
    ]);
    const reworded = editCode(recorded, "webhook_not_found", (e) => ({
      ...e,
      source: { ...source, own: { fix: "Ours." } },
    }));
    expect(diffCatalogs(recorded, reworded).changes.map((c) => c.detail)).toEqual(["sources reworded."]);
  });

  it("a new example, a field's description and a smaller default Retry-After", () => {
    const after = editCode(repo, "sandbox_quota_exceeded", (e) => ({
      ...withField(e, "limit", { ...e.fields.limit, description: "Messages a day." }),
      example: { ...e.example, request_id: "req_newexample00" },
      retry_after: e.retry_after! - 1,
    }));
    const diff = diffCatalogs(repo, after);
    expect(diff.bump).toBe("patch");
    expect(
      pick(diff.changes)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(["example-changed", "field-doc-changed", "retry-after-changed"]);
  });
});

describe("errata diff, on any subset of the catalogue", () => {
  const codes = repo.errors.map((e) => e.code);
  const subset = fc.subarray(codes);

  it("finds additions only (a minor) from a smaller catalogue to a larger one, and removals only (a major) back", () => {
    fc.assert(
      fc.property(subset, subset, (a, b) => {
        const small = { ...repo, errors: repo.errors.filter((e) => a.includes(e.code) && b.includes(e.code)) };
        const large = { ...repo, errors: repo.errors.filter((e) => a.includes(e.code)) };
        const up = diffCatalogs(small, large);
        const down = diffCatalogs(large, small);
        const grew = large.errors.length > small.errors.length;
        expect(up.bump).toBe(grew ? "minor" : "none");
        expect(down.bump).toBe(grew ? "major" : "none");
        expect(up.changes.map((c) => c.code).sort()).toEqual(
          large.errors
            .filter((e) => !small.errors.includes(e))
            .map((e) => e.code)
            .sort(),
        );
        expect(new Set(down.changes.map((c) => c.kind))).toEqual(new Set(grew ? ["code-removed"] : []));
      }),
      { numRuns: 150 },
    );
  });

  it("lists the changes largest bump first, and the overall bump is the largest", () => {
    fc.assert(
      fc.property(subset, fc.constantFrom(...codes), (keep, touched) => {
        const before = { ...repo, errors: repo.errors.filter((e) => keep.includes(e.code) || e.code === touched) };
        const after = editCode(
          { ...repo, errors: repo.errors.filter((e) => !keep.includes(e.code) || e.code === touched) },
          touched,
          (e) => ({ ...e, title: `${e.title}!`, status: e.status + 1 }),
        );
        const diff = diffCatalogs(before, after);
        const ranks = diff.changes.map((c) => bumpRank(c.bump));
        expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
        expect(bumpRank(diff.bump)).toBe(Math.max(0, ...ranks));
      }),
      { numRuns: 100 },
    );
  });
});
