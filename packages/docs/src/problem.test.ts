import { join } from "node:path";
import { problemInstanceOf } from "@errata/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROBLEM_MEMBERS, toProblemDetails } from "./problem.js";
import type { CatalogEntry } from "./schemas-dir.js";
import { readJson, SCHEMAS_DIR } from "./test/support.js";

const catalog = readJson<{ errors: CatalogEntry[] }>(join(SCHEMAS_DIR, "catalog.json"));
const REPLACED = ["type", "message", "doc_url"];

describe("toProblemDetails", () => {
  it("maps the standard members and carries every other member of `error` as an extension", () => {
    const member = fc
      .stringMatching(/^[a-z][a-z0-9_]{0,12}$/)
      .filter((name) => ![...PROBLEM_MEMBERS, ...REPLACED].includes(name));
    fc.assert(
      fc.property(
        fc.constantFrom(...catalog.errors),
        fc.dictionary(member, fc.jsonValue(), { maxKeys: 5 }),
        fc.boolean(),
        fc.stringMatching(/^req_[A-Za-z0-9]{12,20}$/),
        (entry, extra, withDocUrl, requestId) => {
          const { doc_url: _, ...error } = entry.example.error as Record<string, unknown>;
          const body: { error: Record<string, unknown>; request_id: string } = {
            error: { ...error, ...extra, ...(withDocUrl ? { doc_url: "https://example.test/errors#x" } : {}) },
            request_id: requestId,
          };
          const problem = toProblemDetails(body, entry);
          expect(problem.type).toBe(withDocUrl ? "https://example.test/errors#x" : entry.doc_url);
          expect(problem.title).toBe(entry.title);
          expect(problem.status).toBe(entry.status);
          expect(problem.detail).toBe(body.error.message);
          expect(problem.instance).toBe(problemInstanceOf(requestId));
          expect(problem.request_id).toBe(requestId);
          expect(problem.code).toBe(entry.code);
          for (const [key, value] of Object.entries(body.error)) {
            if (!REPLACED.includes(key)) expect(problem[key], key).toEqual(value);
          }
          const expectedKeys = new Set([
            ...PROBLEM_MEMBERS,
            ...Object.keys(body.error).filter((key) => !REPLACED.includes(key)),
          ]);
          expect(new Set(Object.keys(problem))).toEqual(expectedKeys);
        },
      ),
      { numRuns: 200 },
    );
  });
});
