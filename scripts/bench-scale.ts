/**
 * How Errata grows with its catalogue: builds the project at the real catalogue's size, 500 and
 * 2,000 codes, each in a copy of the repository outside the committed tree, and prints one table.
 * A larger catalogue is the real one grown by `scale-catalog.ts`: copies of every real entry in
 * turn, each under every combination of the legacy APIs, alternating with entries of a seeded
 * random generator (any number of fields, optional and required, enums, patterns, `requiredWhen`
 * rules, message variants, deprecations, generic bodies), so that no shape is left out.
 *
 * Run: pnpm bench:scale [sizes...]   (default: the real count, 500, 2000; KEEP=1 keeps the copies,
 * which SCALE_DIR=dir (a grown size) and REAL_DIR=dir (the real size) measure again without a build;
 * SEED=n another random mix; MIX=copies or MIX=random one kind of entry alone; MIX=pair the
 * catalogue where TS2590 was once found: copies of `missing_api_key` and
 * `new_conversation_limit_reached`, in turn)
 * Each size takes minutes: it runs a full `pnpm build`, one step at a time (build.log).
 *
 * Where the walls are (README, "Benchmarks", has the figures):
 * - TS2590 in implementation code that indexes the precise `ERRORS` with a wide union of codes:
 *   removed (every package reads `ERROR_INFO`; tests/wide-index.test.ts fails on a new one).
 * - The next wall, at about 1,000 codes, in a consumer's own code: TS2590 "Expression produces a
 *   union type that is too complex to represent" on any expression whose type is the union of
 *   every code's error reduced by subtype: `e.known ? e : undefined`, `y ?? x` over
 *   `AnyErrorObject`, an array literal of them, a function returning them from two places. The
 *   compiler compares each member of such a union with every other and gives up past an estimated
 *   million comparisons, which n² passes at n ≈ 1,000. Narrowing (`if`, `switch`) does not reduce,
 *   so the bench's consumer compiles; the column "union of every code reduced" shows the wall.
 *   Moving it needs the union smaller than 1,000 members (a union per type of error, say), not
 *   faster code.
 * - The consumer's type check grows with the declarations it parses (3.4 MB of `.d.ts` at 2,000
 *   codes) and with the union of every code's error that `fromResponse` returns: about 2x the real
 *   size's time at 2,000 codes. Of its check time (0.6 to 0.9 s there, 0.07 s at the real size),
 *   building that union of 2,000 intersections takes about 0.2 s, `await` about 0.35 s (it asks
 *   each member whether it is a promise, which makes the compiler work out every member of each
 *   intersection), and narrowing on `known` and `code` about 0.25 s. Declaring each code's known
 *   error as an interface instead of an intersection saves about 0.2 s of check time, lost in the
 *   noise of the whole run; a third less text to parse saves under 0.1 s.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { grownCatalog, type Mix, type RealCatalog } from "./scale-catalog.js";

const SEED = Number(process.env.SEED ?? 1);
const MIX = (process.env.MIX ?? "mixed") as Mix;
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CATALOG = join(ROOT, "packages/catalog/src/catalog.ts");
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

interface Row {
  codes: number;
  build: string;
  /** The first error of a failed build. */
  buildError?: string;
  buildSeconds: number;
  emitSeconds: number;
  typesSeconds: number;
  typesMemoryMb: number;
  /** Whether a consumer's expression that reduces the union of every code's error compiles: the next wall. */
  reduction: string;
  bundle: Bundles;
  htmlBytes: number;
  loadMs: number;
  filterMs: number;
  raiseRatio: number;
  parseRatio: number;
  legacyRatio: number;
}

/** A copy of the working tree (tracked and new files) in a temporary directory, sharing node_modules. */
function copyRepo(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `errata-scale-${size}-`));
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "" && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  // The root's modules by absolute link, but the workspace's own packages are this copy's.
  mkdirSync(join(dir, "node_modules/@errata"), { recursive: true });
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name === "@errata" || name.startsWith(".vite")) continue;
    symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  for (const pkg of readdirSync(join(ROOT, "packages"))) {
    symlinkSync(`../../packages/${pkg}`, join(dir, "node_modules/@errata", pkg));
    const modules = join(ROOT, "packages", pkg, "node_modules");
    // Relative links (to ../../../node_modules/.pnpm and to sibling packages) keep working in the copy.
    if (existsSync(modules))
      cpSync(modules, join(dir, "packages", pkg, "node_modules"), { recursive: true, verbatimSymlinks: true });
  }
  return dir;
}

const PACKAGES_STEP = "pnpm -r build";

/**
 * The root `build` script, one step at a time (build.log has them all): the first step that fails,
 * with its first error, or undefined. The steps after a failed one still run, unless the packages
 * did not build, so that one step's failure does not hide another's.
 */
function buildSteps(dir: string): { step: string; error: string | undefined } | undefined {
  const { scripts } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { scripts: { build: string } };
  let log = "";
  let failed: { step: string; error: string | undefined } | undefined;
  for (const step of scripts.build.split(" && ")) {
    const result = spawnSync("sh", ["-c", step], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
    const output = `${result.stdout}\n${result.stderr}`;
    log += `$ ${step}\n${output}\n`;
    if (result.status !== 0 && failed === undefined) {
      const error = /^.*error TS\d+.*$/m.exec(output)?.[0] ?? /^\w*Error\b.*$/m.exec(output)?.[0];
      failed = { step, error: error?.trim().slice(0, 400) };
      if (step === PACKAGES_STEP) break;
    }
  }
  writeFileSync(join(dir, "build.log"), log);
  return failed;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

function run(dir: string, command: string, args: string[], log: string): boolean {
  const result = spawnSync(command, args, { cwd: dir, encoding: "utf8", maxBuffer: 1 << 28 });
  writeFileSync(join(dir, log), `${result.stdout}\n${result.stderr}`);
  return result.status === 0;
}

/** A strict consumer: one narrowing on fromResponse's result and an exhaustive switch over every code. */
function consumerTypes(dir: string, codes: readonly string[]): { seconds: number; memoryMb: number } {
  const project = join(dir, "consumer");
  mkdirSync(join(project, "node_modules/@errata"), { recursive: true });
  for (const pkg of ["catalog", "client"])
    symlinkSync(join(dir, "packages", pkg), join(project, "node_modules/@errata", pkg));
  writeFileSync(
    join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        lib: ["es2022", "dom"],
        skipLibCheck: true,
        types: [],
      },
      files: ["index.mts"],
    }),
  );
  writeFileSync(
    join(project, "index.mts"),
    `import { fromResponse } from "@errata/client";
import type { ErrorCode } from "@errata/catalog";

export async function limitOf(res: Response): Promise<number | undefined> {
  const e = await fromResponse(res);
  if (e.known && e.code === "outbound_limit_reached") return e.limit;
  return undefined;
}

function assertNever(value: never): never {
  throw new Error(String(value));
}

export function handled(code: ErrorCode): number {
  switch (code) {
${codes.map((code, i) => `    case ${JSON.stringify(code)}: return ${i};`).join("\n")}
    default: return assertNever(code);
  }
}
`,
  );
  const tsc = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  let best = { seconds: Infinity, memoryMb: 0 };
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [tsc, "-p", project, "--extendedDiagnostics"], { encoding: "utf8" });
    const took = seconds(start);
    const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
    if (errors.length > 0 || result.status !== 0)
      throw new Error(`consumer does not type-check:\n${errors.join("\n")}`);
    const memory = /Memory used:\s+(\d+)K/.exec(result.stdout)?.[1];
    if (took < best.seconds) best = { seconds: took, memoryMb: Number(memory ?? 0) / 1024 };
  }
  return best;
}

/**
 * The next wall: ordinary consumer expressions whose type is the union of every code's error,
 * reduced by subtype (a conditional, `??`). The compiler compares every member with every other;
 * past an estimated million comparisons (about 1,000 members) it gives up with TS2590. "compiles",
 * or the first error.
 */
function unionReduction(dir: string): string {
  const project = join(dir, "consumer-wall");
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project);
  symlinkSync(join(dir, "consumer", "node_modules"), join(project, "node_modules"));
  cpSync(join(dir, "consumer", "tsconfig.json"), join(project, "tsconfig.json"));
  writeFileSync(
    join(project, "index.mts"),
    `import { fromResponse } from "@errata/client";
import type { AnyErrorObject } from "@errata/catalog";

export async function knownOrNothing(res: Response) {
  const e = await fromResponse(res);
  return e.known ? e : undefined;
}

export const either = (x: AnyErrorObject, y: AnyErrorObject | undefined) => y ?? x;
`,
  );
  const tsc = createRequire(join(ROOT, "package.json")).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", project], { encoding: "utf8" });
  const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
  const first = /error (TS\d+)/.exec(errors[0] ?? "")?.[1];
  return first === undefined ? "compiles" : `${first} (${errors.length} of 2 expressions)`;
}

/** Gzipped bytes of the core: up front and on demand (rollup), up front (esbuild), in one file (esbuild). */
interface Bundles {
  readonly upFront: number;
  readonly onDemand: number;
  readonly esbuildUpFront: number;
  readonly oneFile: number;
}

const BUNDLES = ["upFront", "onDemand", "esbuildUpFront", "oneFile"] as const;

/**
 * The minified, gzipped browser bundles of `fromResponse` + `retryDecision`, made as the client's
 * `pnpm bench` makes them (its `scripts/bundle-size.ts`, on the grown copy): up front and on demand
 * split by rollup, up front split by esbuild (from `@errata/client/fetch`), and in one file by
 * esbuild. Each is held to 16 B per added code.
 */
async function bundleSizes(dir: string): Promise<Bundles> {
  const { CORE, CORE_FETCH, esbuildSize, esbuildSplitSize, rollupSize } = (await import(
    join(dir, "packages/client/scripts/bundle-size.ts")
  )) as typeof import("../packages/client/scripts/bundle-size.js");
  const consumer = join(dir, "consumer");
  const split = await rollupSize(CORE, consumer);
  const esbuildSplit = await esbuildSplitSize(CORE_FETCH, consumer);
  const oneFile = await esbuildSize(CORE, consumer);
  return {
    upFront: split.upFront.gzip,
    onDemand: split.onDemand.gzip,
    esbuildUpFront: esbuildSplit.upFront.gzip,
    oneFile: oneFile.gzip,
  };
}

// The little of playwright-core used here: a dependency of the docs package, resolved from there.
interface PlaywrightPage {
  goto(url: string, options: object): Promise<unknown>;
  waitForFunction(f: () => boolean): Promise<unknown>;
  evaluate<T>(f: () => T | Promise<T>): Promise<T>;
  $$eval<T>(selector: string, f: (all: Element[]) => T): Promise<T>;
}
interface Playwright {
  chromium: {
    launch(options: object): Promise<{
      newContext(options: object): Promise<{
        addInitScript(f: () => void): Promise<void>;
        newPage(): Promise<PlaywrightPage>;
        close(): Promise<void>;
      }>;
      close(): Promise<void>;
    }>;
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The reference's load time and the time to filter it to one code, in headless Chromium. */
async function referenceTimes(dir: string): Promise<{ bytes: number; loadMs: number; filterMs: number }> {
  const docs = join(dir, "docs");
  const playwright = (await import(
    createRequire(join(dir, "packages/docs/package.json")).resolve("playwright-core")
  )) as Playwright & { default?: Playwright };
  const chromium = (playwright.chromium ?? playwright.default?.chromium) as Playwright["chromium"];
  const server = createServer((request, response) => {
    const path = join(docs, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (path.startsWith(docs) && existsSync(path) && path.endsWith(".html")) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(path));
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/errors.html`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const loads: number[] = [];
    const filters: number[] = [];
    // Nine pages of each size: a frame's paint varies by several milliseconds from one to the next,
    // as much as filtering costs, and the median of nine holds still where that of five did not.
    for (let i = 0; i < 9; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // From navigation start to the first frame after the load event: parsing, style, layout, paint.
      await context.addInitScript(() =>
        addEventListener("load", () =>
          requestAnimationFrame(() =>
            setTimeout(() => ((window as unknown as { loaded: number }).loaded = performance.now())),
          ),
        ),
      );
      const page = await context.newPage();
      await page.goto(url, { waitUntil: "load" });
      await page.waitForFunction(() => (window as unknown as { loaded?: number }).loaded !== undefined);
      loads.push(await page.evaluate(() => (window as unknown as { loaded: number }).loaded));
      filters.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const input = document.getElementById("filter") as HTMLInputElement;
              const start = performance.now();
              input.value = "outbound_limit_reached";
              input.dispatchEvent(new Event("input"));
              // Until the filtered page is laid out and painted.
              void document.body.offsetHeight;
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
            }),
        ),
      );
      const shown = await page.$$eval("ul.codes > li[id]", (all: Element[]) =>
        all.filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.id),
      );
      if (shown.join() !== "outbound_limit_reached") throw new Error(`filter shows ${shown.length} codes`);
      await context.close();
    }
    return { bytes: readFileSync(join(docs, "errors.html")).length, loadMs: median(loads), filterMs: median(filters) };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Raise+send and parse, each against its floor (a literal + JSON.stringify; JSON.parse), in one
 * process; and parse of an SMS `insufficient_balance` body, against JSON.parse of it: a code both RCS
 * and SMS send, so that reading it looks its APIs up in a catalogue of that size and then weighs
 * the member order; the same body at every size.
 */
function runtimeRatios(dir: string): { raise: number; parse: number; legacy: number } {
  const script = join(dir, "ratios.mjs");
  writeFileSync(
    script,
    `import { createError, renderError } from "./packages/server/dist/index.js";
import { fromBody } from "./packages/client/dist/index.js";
import { dialectBody, ERRORS } from "./packages/catalog/dist/index.js";
import { exampleBody } from "./packages/catalog/dist/zod.js";
let n = 0;
const floor = () => { const c = (n = (n + 1) % 1000); return JSON.stringify({ error: { type: "rate_limit_error", code: "outbound_limit_reached", message: "Outbound contact limit reached. Your organization has reached " + c + " new contacts in the last 24 hours, which meets the configured limit of " + c + ". Please wait or increase your limit in Settings.", limit: c, current: c, mode: "total", retry_after: 3600, doc_url: "https://errata.dev/docs/errors#outbound_limit_reached" }, request_id: "req_a1b2c3d4e5f6g7h8" }); };
const raise = () => { const c = (n = (n + 1) % 1000); return renderError(createError("outbound_limit_reached", { limit: c, current: c, mode: "total" }), { requestId: "req_a1b2c3d4e5f6g7h8" }).body; };
const text = floor();
const init = { status: 429 };
const time = (f, k = 20000) => { const t = process.hrtime.bigint(); for (let i = 0; i < k; i++) f(); return Number(process.hrtime.bigint() - t); };
const ratio = (a, b) => { const r = []; for (let i = 0; i < 15; i++) r.push(time(a) / time(b)); return r.sort((x, y) => x - y)[7]; };
time(raise); time(floor); time(() => fromBody(text, init)); time(() => JSON.parse(text));
const code = "insufficient_balance";
const legacyText = JSON.stringify(dialectBody("sms", exampleBody(code).error, { status: ERRORS[code].status, requestId: "req_a1b2c3d4e5f6g7h8" }));
const legacyInit = { status: ERRORS[code].status };
const read = fromBody(legacyText, legacyInit);
if (!read.known || read.dialect !== "sms") throw new Error("the SMS body of " + code + " is not read back");
time(() => fromBody(legacyText, legacyInit)); time(() => JSON.parse(legacyText));
console.log(JSON.stringify({ raise: ratio(raise, floor), parse: ratio(() => fromBody(text, init), () => JSON.parse(text)), legacy: ratio(() => fromBody(legacyText, legacyInit), () => JSON.parse(legacyText)) }));
`,
  );
  return JSON.parse(execFileSync(process.execPath, [script], { cwd: dir, encoding: "utf8" })) as {
    raise: number;
    parse: number;
    legacy: number;
  };
}

async function measure(size: number, source: string, real: RealCatalog): Promise<Row> {
  const realCount = Object.keys(real.errors).length;
  // SCALE_DIR (a grown size) and REAL_DIR (the real size): measure a copy built before (kept with
  // KEEP=1), without building it again.
  const reuse = size === realCount ? process.env.REAL_DIR : process.env.SCALE_DIR;
  const dir = reuse ?? copyRepo(size);
  process.stderr.write(`bench:scale: ${size} codes in ${dir}\n`);
  try {
    if (size !== realCount && !reuse)
      writeFileSync(
        join(dir, "packages/catalog/src/catalog.ts"),
        grownCatalog(source, real, size, { seed: SEED, mix: MIX }),
      );
    let start = process.hrtime.bigint();
    const failed = reuse ? undefined : buildSteps(dir);
    const buildSeconds = seconds(start);
    const row: Row = {
      codes: size,
      build: reuse ? "not run (a kept copy)" : failed === undefined ? "passes" : `FAILS at \`${failed.step}\``,
      buildError: failed?.error,
      buildSeconds,
      emitSeconds: NaN,
      typesSeconds: NaN,
      typesMemoryMb: NaN,
      reduction: "",
      bundle: { upFront: Number.NaN, onDemand: Number.NaN, esbuildUpFront: Number.NaN, oneFile: Number.NaN },
      htmlBytes: NaN,
      loadMs: NaN,
      filterMs: NaN,
      raiseRatio: NaN,
      parseRatio: NaN,
      legacyRatio: NaN,
    };
    // What a later step failed on does not keep the packages from being measured.
    if (failed?.step === PACKAGES_STEP) return row;
    start = process.hrtime.bigint();
    run(dir, process.execPath, ["packages/emit/dist/cli.js", "emit"], "emit.log");
    row.emitSeconds = seconds(start);
    const { ERROR_CODE_LIST } = (await import(join(dir, "packages/catalog/dist/index.js"))) as {
      ERROR_CODE_LIST: string[];
    };
    if (ERROR_CODE_LIST.length !== size) throw new Error(`built ${ERROR_CODE_LIST.length} codes, not ${size}`);
    rmSync(join(dir, "consumer"), { recursive: true, force: true });
    const types = consumerTypes(dir, ERROR_CODE_LIST);
    row.typesSeconds = types.seconds;
    row.typesMemoryMb = types.memoryMb;
    row.reduction = unionReduction(dir);
    row.bundle = await bundleSizes(dir);
    const reference = await referenceTimes(dir);
    row.htmlBytes = reference.bytes;
    row.loadMs = reference.loadMs;
    row.filterMs = reference.filterMs;
    const ratios = runtimeRatios(dir);
    row.raiseRatio = ratios.raise;
    row.parseRatio = ratios.parse;
    row.legacyRatio = ratios.legacy;
    return row;
  } finally {
    if (!process.env.KEEP && !reuse) rmSync(dir, { recursive: true, force: true });
  }
}

/** Bytes per added code of each bundle (in the order of `BUNDLES`), against the real size's. */
function growth(r: Row, first: Row): number[] {
  return BUNDLES.map((part) => (r.bundle[part] - first.bundle[part]) / (r.codes - first.codes));
}

function table(rows: Row[]): string {
  const first = rows[0] as Row;
  const vs = (value: number, base: number) =>
    rows.length > 1 && value !== base ? ` (${(value / base).toFixed(2)}x)` : "";
  const lines = [
    "| codes | build | build (s) | emit schemas/ (s) | consumer types (s) | types memory (MB) | union of every code reduced (`?:`, `??`) | core gzip (B): up front, on demand, up front (esbuild), one file | B per added code | reference (KB) | load (ms) | filter (ms) | raise+send / literal | parse / JSON.parse | parse legacy / JSON.parse |",
    "|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    const perCode =
      r.codes === first.codes
        ? ""
        : growth(r, first)
            .map((b) => b.toFixed(1))
            .join(", ");
    lines.push(
      `| ${r.codes} | ${r.build} | ${r.buildSeconds.toFixed(0)} | ${r.emitSeconds.toFixed(1)} | ${r.typesSeconds.toFixed(2)}${vs(r.typesSeconds, first.typesSeconds)} | ${r.typesMemoryMb.toFixed(0)} | ${r.reduction} | ${BUNDLES.map((part) => r.bundle[part]).join(", ")} | ${perCode} | ${(r.htmlBytes / 1024).toFixed(0)} | ${r.loadMs.toFixed(0)}${vs(r.loadMs, first.loadMs)} | ${r.filterMs.toFixed(1)}${vs(r.filterMs, first.filterMs)} | ${r.raiseRatio.toFixed(2)}x | ${r.parseRatio.toFixed(2)}x | ${r.legacyRatio.toFixed(2)}x |`,
    );
  }
  return lines.join("\n");
}

/** Each figure of each grown size against its target, met or missed. */
function verdicts(rows: Row[]): string {
  const first = rows[0] as Row;
  const mark = (met: boolean) => (met ? "met" : "MISSED");
  const lines: string[] = [];
  for (const r of rows.slice(1)) {
    if (r.build !== "passes" && !r.build.startsWith("not run"))
      lines.push(`${r.codes} codes: build ${r.build} (target: passes: MISSED): ${r.buildError ?? "see build.log"}`);
    if (Number.isNaN(r.typesSeconds)) continue;
    const types = r.typesSeconds / first.typesSeconds;
    const [upFront, onDemand, esbuildUpFront, oneFile] = growth(r, first) as [number, number, number, number];
    const load = r.loadMs / first.loadMs;
    const filter = r.filterMs / first.filterMs;
    lines.push(
      `${r.codes} codes: ${r.build === "passes" ? "build passes (met); " : ""}consumer types ${types.toFixed(2)}x the real size's (target ≤ 2x: ${mark(types <= 2)}); ` +
        `emit ${r.emitSeconds.toFixed(1)} s (target ≤ 10 s: ${mark(r.emitSeconds <= 10)}); core bundle per added code ${upFront.toFixed(1)} B up front, ${onDemand.toFixed(1)} B on demand, ${esbuildUpFront.toFixed(1)} B up front with esbuild, ${oneFile.toFixed(1)} B in one file (target ≤ 16 B: ${mark(Math.max(upFront, onDemand, esbuildUpFront, oneFile) <= 16)}); ` +
        `reference load ${load.toFixed(2)}x (target ≤ 3x: ${mark(load <= 3)}), filter ${filter.toFixed(2)}x (target ≤ 1.5x: ${mark(filter <= 1.5)}); ` +
        `a consumer's expression reducing the union of every code: ${r.reduction} (no target: the next wall)`,
    );
  }
  return lines.join("\n");
}

const source = readFileSync(CATALOG, "utf8");
const real = (await import("../packages/catalog/src/catalog.js")) as unknown as RealCatalog;
const realCount = Object.keys(real.errors).length;
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const rows: Row[] = [];
// The real size first, always: every ratio is against it, measured in the same run.
for (const size of [realCount, ...(sizes.length > 0 ? sizes : [500, 2000]).filter((n) => n !== realCount)]) {
  if (size < realCount) throw new Error(`bench:scale: ${size} is below the real catalogue's ${realCount} codes`);
  rows.push(await measure(size, source, real));
  process.stderr.write(`${table(rows)}\n`);
}
console.log(
  `Errata at scale (mix ${MIX}, seed ${SEED}; targets at 2,000 codes: the build passes; consumer types ≤ 2x; emit ≤ 10 s; bundle ≤ 16 B per added code; load ≤ 3x; filter ≤ 1.5x; runtime ratios unchanged):\n`,
);
console.log(table(rows));
console.log(`\n${verdicts(rows)}`);
