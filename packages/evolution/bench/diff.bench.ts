/**
 * Diffing the repository's whole catalogue (a frozen copy of schemas/catalog.json) against an edited copy, in one
 * process: errata's classified diff against microdiff (a raw structural diff that classifies
 * nothing) and a JSON.stringify comparison (the floor: it only says "changed"). The edited copy
 * has one change of each family: a code removed, a code added, a status changed, an enum value
 * added, a field narrowed, a title reworded.
 *
 * Run: pnpm bench (in packages/evolution).
 */
import { readFileSync } from "node:fs";
import diff from "microdiff";
import { Bench } from "tinybench";
import { parseCatalogFile } from "../src/catalog-file.js";
import { diffCatalogs } from "../src/diff/catalogs.js";
import { addCode, BASE_CATALOG, editCode, withDialects } from "../src/test/fixtures.js";

const file = BASE_CATALOG;
const text = readFileSync(file, "utf8");
const before = parseCatalogFile(JSON.parse(text), file);
let after = editCode(before, "webhook_not_found", () => undefined);
after = addCode(after, { ...before.errors[0]!, code: "brand_new_code" });
after = editCode(after, "empty_file", (e) => ({ ...e, status: 422 }));
after = editCode(after, "spend_limit_exceeded", (e) => ({
  ...e,
  fields: { ...e.fields, period: { ...e.fields.period, enum: ["daily", "monthly", "weekly"] } },
}));
after = editCode(after, "outbound_limit_reached", (e) => ({
  ...e,
  fields: { ...e.fields, limit: { ...e.fields.limit, maximum: 1000 } },
}));
after = editCode(after, "invalid_json", (e) => ({ ...e, title: "Malformed JSON" }));
const afterText = JSON.stringify(after);
// The same edits on the catalogue with its dialects, plus a code added to an API, one removed from
// another, and a dialect's code moved.
const dialects = withDialects(before);
let dialectsAfter = withDialects(after);
dialectsAfter = editCode(dialectsAfter, "throttled", (e) => ({ ...e, apis: ["standard", "rcs"] }));
dialectsAfter = {
  ...dialectsAfter,
  dialects: { ...dialectsAfter.dialects, rcs: { ...dialectsAfter.dialects!.rcs!, code: "code" } },
};

const classified = diffCatalogs(before, after);
console.log(
  `catalogue: ${before.errors.length} codes, ${(text.length / 1024).toFixed(0)} KiB; errata finds ${classified.changes.length} changes, bump ${classified.bump}; microdiff finds ${diff(before as never, after as never).length} raw differences`,
);

const bench = new Bench({ time: 500 });
bench
  .add("errata diffCatalogs (classified)", () => diffCatalogs(before, after))
  .add("microdiff (raw, unclassified)", () => diff(before as never, after as never))
  .add("JSON.stringify equality (floor)", () => JSON.stringify(before) === afterText)
  .add("errata diffCatalogs, identical catalogues", () => diffCatalogs(before, before))
  .add(`errata diffCatalogs with dialects (${diffCatalogs(dialects, dialectsAfter).changes.length} changes)`, () =>
    diffCatalogs(dialects, dialectsAfter),
  )
  .add("errata diffCatalogs, from a file without dialects to one with", () => diffCatalogs(before, dialects));
await bench.run();

const median = (name: string) => bench.tasks.find((t) => t.name === name)!.result!.latency.p50!;
const base = median("errata diffCatalogs (classified)");
console.table(
  bench.tasks.map((t) => ({
    task: t.name,
    "median (ms)": t.result!.latency.p50!.toFixed(3),
    "ops/s": Math.round(t.result!.throughput.mean),
    "time ÷ errata's": (t.result!.latency.p50! / base).toFixed(2),
  })),
);
