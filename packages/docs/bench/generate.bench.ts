/**
 * How long the generator takes, against reading and parsing the schemas folder it starts from
 * (the floor any generator pays), measured in the same process; how big its files are; and how
 * fast the HTML page loads and filters in Chromium at 2,000 codes against the real size.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../../../tests/support/chromium.js";
import { generateDocs, readSchemaSet, readSnippetDir } from "../src/index.js";
import { type PageTimes, pageTimes, servePages } from "./page-times.js";
import { scaledSet } from "./scaled-set.js";

const SCHEMAS = fileURLToPath(new URL("../../../schemas/", import.meta.url));

function time(label: string, runs: number, task: () => unknown): number {
  for (let i = 0; i < 3; i++) task();
  const start = performance.now();
  for (let i = 0; i < runs; i++) task();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(36)} ${ms.toFixed(2).padStart(8)} ms`);
  return ms;
}

const parseOnly = time("read + JSON.parse every schema file", 50, () => {
  for (const name of ["catalog.json", "error.schema.json", "error-object.schema.json", "error-any.schema.json"]) {
    JSON.parse(readFileSync(join(SCHEMAS, name), "utf8"));
  }
  for (const name of readdirSync(join(SCHEMAS, "errors")))
    JSON.parse(readFileSync(join(SCHEMAS, "errors", name), "utf8"));
});
const read = time("readSchemaSet (read + check)", 50, () => readSchemaSet(SCHEMAS));
const set = readSchemaSet(SCHEMAS);
const generate = time("generateDocs from a read set", 20, () => generateDocs({ set }));
const total = time("generateDocs({ schemasDir })", 20, () => generateDocs({ schemasDir: SCHEMAS }));

console.log(`\ncheck overhead vs parse:    ${(read / parseOnly).toFixed(2)}x`);
console.log(`generate vs parse:          ${(generate / parseOnly).toFixed(2)}x`);
console.log(`end to end vs parse:        ${(total / parseOnly).toFixed(2)}x\n`);
for (const [file, content] of generateDocs({ set })) {
  console.log(`${file.padEnd(14)} ${(Buffer.byteLength(content) / 1024).toFixed(1).padStart(7)} KiB`);
}

// The page in Chromium, at the real size and grown to 2,000 codes (copies of the real entries, built
// in memory): loading it and filtering it to one code, each against its time at the real size,
// measured in turn in one browser so that a busy machine weighs on both alike.
const RUNS = Number(process.env.RUNS ?? 9);
const GROWN = Number(process.env.CODES ?? 2000);
const real = set.catalog.errors.length;
const snippets = readSnippetDir(fileURLToPath(new URL("../../../docs/snippets/", import.meta.url)));
const sizes = [real, GROWN];
const pages = new Map(
  sizes.map((size) => {
    const grown = scaledSet(set, snippets, size);
    return [`/${size}.html`, generateDocs(grown).get("errors.html") as string] as const;
  }),
);
console.log(`\nerrors.html in Chromium (median of ${RUNS} loads each, taken in turn):`);
const served = await servePages(pages);
const browser = await launchChromium();
try {
  const times = new Map<number, PageTimes[]>(sizes.map((size) => [size, []]));
  for (let i = 0; i < RUNS; i++)
    for (const size of sizes)
      times.get(size)?.push(await pageTimes(browser, `${served.url}/${size}.html`, "outbound_limit_reached"));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const of = (size: number) => {
    const runs = times.get(size) ?? [];
    return { load: median(runs.map((t) => t.loadMs)), filter: median(runs.map((t) => t.filterMs)) };
  };
  const base = of(real);
  for (const size of sizes) {
    const t = of(size);
    const kb = (Buffer.byteLength(pages.get(`/${size}.html`) ?? "") / 1024).toFixed(0);
    console.log(
      `${String(size).padStart(5)} codes  ${kb.padStart(6)} KiB  load ${t.load.toFixed(0).padStart(5)} ms  filter ${t.filter.toFixed(1).padStart(5)} ms`,
    );
  }
  const grown = of(GROWN);
  const verdict = (ratio: number, target: number) =>
    `${ratio.toFixed(2)}x (target ≤ ${target}x: ${ratio <= target ? "met" : "MISSED"})`;
  console.log(`load at ${GROWN} codes:   ${verdict(grown.load / base.load, 3)}`);
  console.log(`filter at ${GROWN} codes: ${verdict(grown.filter / base.filter, 1.5)}`);
} finally {
  await browser.close();
  served.close();
}
