/**
 * The adapters under load: autocannon on loopback (127.0.0.1 only) against node:http, Express and
 * Fastify apps whose every request throws something hostile (strings, symbols, null, Errors
 * carrying secrets, throwing getters, revoked proxies, http-errors, forged validation errors, a
 * catalogued 429). For each it prints requests per second, errors, the statuses sent, heap and
 * RSS before and after (after a collection, when run with --expose-gc), and how many times the
 * error handler itself threw (the target is 0). Last, a 15 KB `Accept` header of repeated ranges
 * against a short one asking for the same form: the ratio should stay near 1.
 *
 * Run: pnpm bench (in packages/server). BENCH_DURATION sets the seconds of each run (default 5).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import express from "express";
import Fastify from "fastify";
import createHttpError from "http-errors";
import { errataErrorHandler, errataNotFound } from "../src/express.js";
import { errataFastifyErrorHandler } from "../src/fastify.js";
import { createError } from "../src/index.js";
import { sendError } from "../src/node.js";

const DURATION = Math.min(60, Math.max(1, Number(process.env.BENCH_DURATION) || 5));
const CONNECTIONS = 10;
const SECRET = "S3CRET-load";

/** What the handlers throw, in turn. */
const throwables: (() => unknown)[] = [
  () => `plain string ${SECRET}`,
  () => Symbol(SECRET),
  () => null,
  () => undefined,
  () => new Error(`db password ${SECRET}`, { cause: new Error(SECRET) }),
  () => ({
    get message(): string {
      throw new Error(SECRET);
    },
  }),
  () => {
    const { proxy, revoke } = Proxy.revocable(new Error(SECRET), {});
    revoke();
    return proxy;
  },
  () =>
    new Proxy(
      {},
      {
        get: () => {
          throw new Error(SECRET);
        },
        getPrototypeOf: () => {
          throw new Error(SECRET);
        },
      },
    ),
  () => createHttpError(404, SECRET),
  () => createHttpError(413, SECRET),
  () => Object.assign(new Error("x"), { validation: [{ instancePath: "/a", message: SECRET }] }),
  () => createError("throttled"),
];

let turn = 0;
const hostile = () => (throwables[turn++ % throwables.length] as () => unknown)();

/** Times an error handler itself threw: what the adapters promise never happens. */
let handlerThrows = 0;

function guarded<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      handler(...args);
    } catch {
      handlerThrows++;
    }
  };
}

interface Target {
  readonly url: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<Target> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}

const targets: Record<string, () => Promise<Target>> = {
  "node:http": () => {
    const send = guarded((request: IncomingMessage, response: ServerResponse, thrown: unknown) => {
      sendError(response, thrown, request);
    });
    return listen(
      createServer((request, response) => {
        try {
          throw hostile();
        } catch (thrown) {
          send(request, response, thrown);
        }
      }),
    );
  },
  "Express 5": () => {
    const app = express();
    app.get("/", () => {
      throw hostile();
    });
    // `throw undefined` reaches Express as no error at all, and so as an unmatched route.
    app.use(errataNotFound());
    const handler = errataErrorHandler();
    const guard = guarded(handler);
    // Four parameters: Express tells error middleware by its arity.
    app.use((error: unknown, request: IncomingMessage, response: ServerResponse, next: (e?: unknown) => void) =>
      guard(error, request, response, next),
    );
    return listen(createServer(app));
  },
  "Fastify 5": async () => {
    const app = Fastify();
    app.get("/", async () => {
      throw hostile();
    });
    const handler = errataFastifyErrorHandler();
    app.setErrorHandler(guarded(handler as (error: unknown, request: unknown, reply: unknown) => void) as never);
    await app.listen({ port: 0, host: "127.0.0.1" });
    return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`, close: () => app.close() };
  },
};

const MB = 1024 * 1024;
function memory(): { heap: number; rss: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / MB, rss: rss / MB };
}

async function load(url: string, headers: Record<string, string> = {}): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
}

const statuses = (result: autocannon.Result) =>
  Object.entries(result.statusCodeStats ?? {})
    .map(([status, { count }]) => `${status}: ${count}`)
    .join(", ");

console.log(
  `Load: ${CONNECTIONS} connections, ${DURATION} s a run, ${throwables.length} kinds of hostile throwables in turn.`,
);
console.log(
  `gc between measures: ${typeof (globalThis as { gc?: unknown }).gc === "function" ? "yes" : "no (run with --expose-gc)"}\n`,
);
console.log(
  "| server | req/s | requests | errors | statuses | heap MB before → after | RSS MB before → after | handler throws |",
);
console.log("|---|---:|---:|---:|---|---|---|---:|");

for (const [name, start] of Object.entries(targets)) {
  const target = await start();
  const throwsBefore = handlerThrows;
  await load(target.url); // warm-up, not reported
  const before = memory();
  const result = await load(target.url);
  const after = memory();
  await target.close();
  console.log(
    `| ${name} | ${Math.round(result.requests.average).toLocaleString("en")} | ${result.requests.total.toLocaleString("en")} | ${result.errors + result.timeouts} | ${statuses(result)} | ${before.heap.toFixed(1)} → ${after.heap.toFixed(1)} | ${before.rss.toFixed(1)} → ${after.rss.toFixed(1)} | ${handlerThrows - throwsBefore} |`,
  );
}

// A long Accept header of repeated problem+json ranges, against a short one asking for the same
// form (problem details), and a junk header as long (the JSON form).
const repeated = Array.from({ length: 500 }, () => "application/problem+json;q=0.5").join(", ");
const accepts: Record<string, string> = {
  "application/problem+json (short)": "application/problem+json",
  [`500 repeated problem+json ranges (${(repeated.length / 1024).toFixed(1)} KB)`]: repeated,
  "junk of the same size": "x".repeat(repeated.length),
};
const accepting = await targets["node:http"]!();
await load(accepting.url, { accept: repeated }); // warm-up
const rates: number[] = [];
console.log("\nAccept headers on node:http:\n\n| Accept | req/s |\n|---|---:|");
for (const [name, accept] of Object.entries(accepts)) {
  const run = await load(accepting.url, { accept });
  rates.push(run.requests.average);
  console.log(`| ${name} | ${Math.round(run.requests.average).toLocaleString("en")} |`);
}
await accepting.close();
console.log(
  `\nrepeated ranges / short header: ${((rates[1] as number) / (rates[0] as number)).toFixed(2)}x the throughput (1.00x: no amplification)`,
);
console.log(`handler throws in all: ${handlerThrows}`);
if (handlerThrows > 0) process.exitCode = 1;
