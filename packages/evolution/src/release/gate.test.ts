// An edit of an entry's `source` alone (where its statements come from) changes nothing a consumer
// reads on the wire or in types: the release check must ask for a patch, not a minor.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type CatalogFile, type CatalogFileError, readCatalogFile } from "../catalog-file.js";
import { diffCatalogs } from "../diff/catalogs.js";
import { REPO_CATALOG } from "../test/fixtures.js";
import { checkRelease } from "./gate.js";

const live = readCatalogFile(REPO_CATALOG);
const temp = mkdtempSync(join(tmpdir(), "errata-release-gate-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Source = { seeds: { seed: string; says: string; gives: string[] }[]; own: Record<string, string> };

/** The live catalogue with one entry's source rewritten by `edit`, every other member as it was. */
function withSource(code: string, edit: (source: Source) => Source): CatalogFile {
  const errors = live.errors.map((entry) =>
    entry.code === code
      ? ({
          ...entry,
          source: edit(structuredClone((entry as { source?: unknown }).source) as Source),
        } as CatalogFileError)
      : entry,
  );
  return { ...live, errors };
}

// Three kinds of source edit: a statement reworded, a part moved from the catalogue's reasons to a
// new statement, a statement dropped with its parts now the catalogue's own.
const EDITS: Record<string, (source: Source) => Source> = {
  reworded: (s) => ({ ...s, seeds: s.seeds.map((c, i) => (i === 0 ? { ...c, says: `${c.says} (quoted anew)` } : c)) }),
  cited: (s) => {
    const [part, reason] = Object.entries(s.own)[0] ?? ["code", "ours"];
    const own = { ...s.own };
    delete own[part];
    return { seeds: [...s.seeds, { seed: "000", says: reason, gives: [part] }], own };
  },
  dropped: (s) => ({
    seeds: s.seeds.slice(1),
    own: { ...s.own, ...Object.fromEntries((s.seeds[0]?.gives ?? []).map((part) => [part, "Ours now."])) },
  }),
};

let n = 0;
function check(current: CatalogFile, changesets: Record<string, string>) {
  const dir = join(temp, `repo-${n++}`);
  mkdirSync(join(dir, ".changeset"), { recursive: true });
  writeFileSync(join(dir, "released.json"), JSON.stringify(live));
  writeFileSync(join(dir, "current.json"), JSON.stringify(current));
  writeFileSync(join(dir, ".changeset", "config.json"), "{}");
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(dir, ".changeset", name), text);
  return checkRelease({
    released: join(dir, "released.json"),
    current: join(dir, "current.json"),
    changesets: join(dir, ".changeset"),
  });
}

describe("the release check on an edit of a source alone", () => {
  it.each(Object.keys(EDITS))("asks for a patch when a source is %s, for every code of the catalogue", (kind) => {
    expect(live.errors.length).toBeGreaterThan(50);
    let edited = 0;
    for (const entry of live.errors) {
      const { code } = entry;
      const current = withSource(code, EDITS[kind] as (s: Source) => Source);
      // An entry no document mentions has no statement to reword or drop: nothing changed.
      if (JSON.stringify(current) === JSON.stringify(live)) continue;
      edited++;
      const diff = diffCatalogs(live, current);
      expect(
        diff.changes.map((c) => [c.code, c.kind, c.bump]),
        code,
      ).toEqual([[code, "source-changed", "patch"]]);
      expect(diff.bump).toBe("patch");
    }
    expect(edited).toBeGreaterThan(40);
  });

  it("passes under a patch changeset, and fails without one", () => {
    const current = withSource("outbound_limit_reached", EDITS.cited as (s: Source) => Source);
    const patched = check(current, { "sources.md": '---\n"@errata/catalog": patch\n---\n\nCite a source.\n' });
    expect({ ok: patched.ok, required: patched.required, declared: patched.declared }).toEqual({
      ok: true,
      required: "patch",
      declared: "patch",
    });
    const bare = check(current, {});
    expect(bare.ok).toBe(false);
    expect(bare.uncovered.map((c) => c.kind)).toEqual(["source-changed"]);
  });
});
