/**
 * The client's two benchmarks, in one process:
 * 1. the core entry bundled with esbuild (minified, gzipped): its size, and the catalogue
 *    table's share of it;
 * 2. parses per second of a valid 429 `outbound_limit_reached` body: `fromBody` against
 *    `JSON.parse` alone (the floor), a zod `safeParse` and an Ajv-compiled validator of the
 *    same shape (each after `JSON.parse`, as they need);
 * 3. `fromBody` on a body of each legacy dialect (RCS, iMessage with and without its code, SMS)
 *    against `JSON.parse` of the same text: what detecting the dialect costs.
 *
 * Run: pnpm bench (in packages/client). BENCH_TIME sets the milliseconds per task.
 */
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import Ajv2020 from "ajv/dist/2020.js";
import { build } from "esbuild";
import { Bench } from "tinybench";
import * as z from "zod";
import { dialectBody, ERRORS, type ErrorCode, type LegacyDialect } from "@errata/catalog";
import { errorBodySchemaOf, exampleBody } from "@errata/catalog/zod";
import { fromBody } from "../src/index.js";
import { fromBody as fromBodyValidated } from "../src/zod.js";

const TARGET_GZIP = 2048;

async function bundled(contents: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL("../src/", import.meta.url)), loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const core = await bundled('export * from "./index.ts";');
const validating = await bundled('export * from "./zod.ts";');
// Where the bytes go: each row bundles one more part of the core.
const CATALOGUE =
  'export { ERRORS, ERROR_TYPES, isErrorCode, CODE_PATTERN, DIALECTS, GENERIC_CODES, LEGACY_DIALECTS } from "@errata/catalog";';
const parts: [string, string][] = [
  ["the catalogue's constants the core uses", CATALOGUE],
  ["+ the generated field checks", `${CATALOGUE} export { fits } from "./fits.ts";`],
  [
    "+ parsing (`fromBody`, `fromResponse`, every dialect)",
    'export { fromBody } from "./parse.ts"; export { fromResponse } from "./response.ts";',
  ],
  [
    "+ guards, `ErrataResponseError`, `retryDecision`",
    'export * from "./parse.ts"; export * from "./response.ts"; export * from "./guards.ts"; export * from "./response-error.ts"; export * from "./retry.ts";',
  ],
  ["+ `withRetry` (the whole core entry)", 'export * from "./index.ts";'],
];
console.log(`Bundle of @errata/client (esbuild, minified, gzip -9):\n`);
console.log(`| bundle | minified | gzip |`);
console.log(`|---|---:|---:|`);
console.log(`| core entry \`@errata/client\` | ${core.raw} B | ${core.gzip} B |`);
for (const [name, contents] of parts) {
  const part = await bundled(contents);
  console.log(`| ${name} | ${part.raw} B | ${part.gzip} B |`);
}
console.log(`| validating entry \`@errata/client/zod\` (zod included) | ${validating.raw} B | ${validating.gzip} B |`);
const over = core.gzip - TARGET_GZIP;
console.log(
  `\nCore entry: ${core.gzip} B gzip, target ${TARGET_GZIP} B: ${over > 0 ? `${over} B over` : `${-over} B under`}.\n`,
);

// --- parsing
const CODE = "outbound_limit_reached";
const body = exampleBody(CODE);
const text = JSON.stringify(body);
const status = 429;
const record = {
  "content-type": "application/json",
  "retry-after": String(body.error.retry_after),
  "request-id": body.request_id,
};
const headers = new Headers(record);
const zodSchema = errorBodySchemaOf(CODE);
const ajv = new Ajv2020({ strict: false });
const ajvValidate = ajv.compile(z.toJSONSchema(zodSchema, { io: "input" }) as object);

const contenders: Record<string, () => unknown> = {
  "JSON.parse alone (floor)": () => JSON.parse(text),
  "fromBody, Headers": () => fromBody(text, { status, headers }),
  "fromBody, plain headers": () => fromBody(text, { status, headers: record }),
  "fromBody of @errata/client/zod": () => fromBodyValidated(text, { status, headers }),
  "JSON.parse + zod safeParse": () => zodSchema.safeParse(JSON.parse(text)),
  "JSON.parse + Ajv": () => ajvValidate(JSON.parse(text)),
};

// Every contender must accept the body, or the comparison means nothing.
for (const [name, run] of Object.entries(contenders)) {
  const out = run() as { known?: boolean; success?: boolean } | boolean;
  const ok = typeof out === "boolean" ? out : (out.known ?? out.success ?? typeof out === "object");
  if (!ok) throw new Error(`${name} does not accept the body`);
}

const bench = new Bench({ time: Number(process.env.BENCH_TIME ?? 1500), warmupTime: 300 });
for (const [name, run] of Object.entries(contenders)) bench.add(name, run);
await bench.run();

const hz = (name: string) => {
  const result = bench.getTask(name)?.result as { throughput?: { mean: number }; hz?: number } | undefined;
  return result?.throughput?.mean ?? result?.hz ?? Number.NaN;
};
const floor = hz("JSON.parse alone (floor)");
const ours = hz("fromBody, Headers");
console.log(`Parse a valid 429 ${CODE} body of ${text.length} bytes (Node ${process.version}):\n`);
console.log(`| contender | parses/s | time vs JSON.parse | fromBody's speed vs it |`);
console.log(`|---|---:|---:|---:|`);
for (const name of Object.keys(contenders)) {
  const ops = hz(name);
  console.log(
    `| ${name} | ${Math.round(ops).toLocaleString("en-US")} | ${(floor / ops).toFixed(2)}x | ${(ours / ops).toFixed(2)}x |`,
  );
}
console.log(`\nfromBody takes ${(floor / ours).toFixed(2)}x the time of JSON.parse alone (target: 1.5x or less).`);

// --- the legacy dialects: each body against JSON.parse of the same text
const legacyText = (dialect: LegacyDialect, code: ErrorCode, withoutCode = false) => {
  const { error, request_id } = exampleBody(code);
  return JSON.stringify(
    dialectBody(dialect, error, { status: ERRORS[code].status, requestId: request_id, withoutCode }),
  );
};
const legacy: [name: string, code: ErrorCode, text: string][] = [
  [
    "RCS, 402 insufficient_balance (sent by RCS and SMS: member order decides)",
    "insufficient_balance",
    legacyText("rcs", "insufficient_balance"),
  ],
  ["iMessage, 429 outbound_limit_reached", "outbound_limit_reached", legacyText("imessage", "outbound_limit_reached")],
  ["iMessage, generic 404 (no code)", "not_found", legacyText("imessage", "not_found", true)],
  ["SMS, 403 spend_limit_exceeded", "spend_limit_exceeded", legacyText("sms", "spend_limit_exceeded")],
];
const legacyBench = new Bench({ time: Number(process.env.BENCH_TIME ?? 1500), warmupTime: 300 });
const all: [name: string, code: ErrorCode, text: string][] = [
  ["standard, 429 outbound_limit_reached", CODE, text],
  ...legacy,
];
for (const [name, code, body] of all) {
  const init = { status: ERRORS[code].status, headers };
  const bare = { status: ERRORS[code].status };
  const parsed = fromBody(body, init);
  if (!parsed.known || parsed.code !== code) throw new Error(`fromBody does not read the ${name} body`);
  legacyBench.add(`JSON.parse, ${name}`, () => JSON.parse(body));
  legacyBench.add(`fromBody, ${name}`, () => fromBody(body, init));
  legacyBench.add(`fromBody without headers, ${name}`, () => fromBody(body, bare));
  // The same error in the standard dialect: what reading the legacy envelope costs beyond it.
  const standard = JSON.stringify(exampleBody(code));
  legacyBench.add(`fromBody of the standard body, ${name}`, () => fromBody(standard, init));
}
await legacyBench.run();
const legacyHz = (name: string) => {
  const result = legacyBench.getTask(name)?.result as { throughput?: { mean: number }; hz?: number } | undefined;
  return result?.throughput?.mean ?? result?.hz ?? Number.NaN;
};
console.log(`\nfromBody on each dialect's body, against JSON.parse of the same text (target: 1.5x or less).`);
console.log(`A legacy body's request ID is only in the Request-Id header, so with \`Headers\` it is always`);
console.log(`read from there; without headers, what remains is detecting the dialect and reading the body:\n`);
console.log(
  `| body | bytes | JSON.parse/s | fromBody/s | time vs JSON.parse | without headers | vs the standard body of the code |`,
);
console.log(`|---|---:|---:|---:|---:|---:|---:|`);
for (const [name, , body] of all) {
  const floorHz = legacyHz(`JSON.parse, ${name}`);
  const [oursHz, bareHz] = [legacyHz(`fromBody, ${name}`), legacyHz(`fromBody without headers, ${name}`)];
  const standardHz = legacyHz(`fromBody of the standard body, ${name}`);
  console.log(
    `| ${name} | ${body.length} | ${Math.round(floorHz).toLocaleString("en-US")} | ${Math.round(oursHz).toLocaleString("en-US")} | ${(floorHz / oursHz).toFixed(2)}x | ${(floorHz / bareHz).toFixed(2)}x | ${(standardHz / oursHz).toFixed(2)}x |`,
  );
}
