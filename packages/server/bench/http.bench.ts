/**
 * End to end over node:http on loopback: a service answering every request with a 429
 * `outbound_limit_reached`, written as `sendError(res, createError(...), req)` at the defaults,
 * against the same response written by hand (an object literal, JSON.stringify, writeHead). Both
 * take the caller's X-Request-Id, send the same status, headers and body, and are loaded by
 * autocannon with 20 connections on 127.0.0.1, from a child process of their own. The cost is the
 * servers' CPU time per response (requests per second move with whatever else the machine runs): the
 * two are loaded back to back, several rounds, and the ratio is the median of the rounds'.
 *
 * Run: pnpm bench (in packages/server). BENCH_HTTP_SECONDS sets the seconds per load (default 3),
 * BENCH_HTTP_ROUNDS the rounds (default 5).
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
// The built package, as services load it (run `pnpm build` first).
import { createError, isRequestId } from "../dist/index.js";
import { sendError } from "../dist/node.js";

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 5);
const CONNECTIONS = 20;
const TARGET = 1.05;
const REQUEST_ID = "req_a1b2c3d4e5f6g7h8";
const DOC_URL = "https://errata.dev/docs/errors#outbound_limit_reached";

let n = 0;
const next = () => (n = (n + 1) % 1000);

const message = (current: number, limit: number) =>
  `Outbound contact limit reached. Your organization has reached ${current} new contacts in the last 24 hours, which meets the configured limit of ${limit}. Please wait or increase your limit in Settings.`;

const handlers: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "hand-written literal": (req, res) => {
    const current = next();
    const header = req.headers["x-request-id"];
    // The same check the library makes, so that both answer with the caller's ID.
    const requestId = isRequestId(header) ? header : "req_000000000000";
    const body = JSON.stringify({
      error: {
        type: "rate_limit_error",
        code: "outbound_limit_reached",
        message: message(current, current),
        limit: current,
        current,
        mode: "total",
        retry_after: 3600,
        doc_url: DOC_URL,
      },
      request_id: requestId,
    });
    res.writeHead(429, {
      "content-type": "application/json; charset=utf-8",
      "request-id": requestId,
      "retry-after": "3600",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  },
  "sendError(res, createError(...))": (req, res) => {
    const current = next();
    sendError(res, createError("outbound_limit_reached", { limit: current, current, mode: "total" }), req);
  },
};

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}

// The servers run in a child process, so that autocannon does not share their event loop.
if (process.env.ERRATA_BENCH_ROLE === "server") {
  const ports: Record<string, number> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    ports[name] = ((await listen(handler)).address() as AddressInfo).port;
  }
  // Asked before and after each load: the server's CPU time (user + system, microseconds).
  process.on("message", () => {
    const { user, system } = process.cpuUsage();
    process.send?.(user + system);
  });
  process.send?.(ports);
  process.on("disconnect", () => process.exit(0));
} else {
  await main();
}

interface Round {
  /** Requests per second, as autocannon saw them. */
  readonly rate: number;
  /** The server's CPU time per response, in microseconds. */
  readonly cpu: number;
}

async function load(port: number, seconds: number, cpuNow: () => Promise<number>): Promise<Round> {
  const before = await cpuNow();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/`,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { "x-request-id": REQUEST_ID },
  });
  if (result.non2xx !== result.requests.total || result.errors > 0 || result.requests.total === 0) {
    throw new Error(
      `unexpected answers: ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors`,
    );
  }
  return { rate: result.requests.average, cpu: ((await cpuNow()) - before) / result.requests.total };
}

// Both servers must send the same response, or the comparison means nothing.
async function sample(port: number): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-request-id": REQUEST_ID } });
  const headers: Record<string, string> = {};
  for (const name of ["content-type", "request-id", "retry-after", "content-length"])
    headers[name] = response.headers.get(name) ?? "";
  const body = (await response.json()) as { error: Record<string, unknown> };
  body.error.message = body.error.message === message(Number(body.error.current), Number(body.error.limit));
  delete body.error.limit;
  delete body.error.current;
  delete headers["content-length"];
  return { status: response.status, headers, body };
}

async function main(): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), [], { env: { ...process.env, ERRATA_BENCH_ROLE: "server" } });
  const [servers] = (await once(child, "message")) as [Record<string, number>];
  const cpuNow = async (): Promise<number> => {
    child.send("cpu");
    return ((await once(child, "message")) as [number])[0];
  };
  try {
    const [literal, errata] = Object.keys(handlers) as [string, string];
    const a = await sample(servers[literal]!);
    const b = await sample(servers[errata]!);
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      throw new Error(`the servers do not send the same response:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
    }
    // Warm both up (JIT, sockets) before measuring.
    for (const port of Object.values(servers)) await load(port, 1, cpuNow);
    // Each keeps its best round: the machine's other load only ever makes a round worse.
    const best: Record<string, Round> = {
      [literal]: { rate: 0, cpu: Infinity },
      [errata]: { rate: 0, cpu: Infinity },
    };
    // And the ratio is the median of the rounds' ratios, each from two loads run back to back.
    const ratios: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const cpu: Record<string, number> = {};
      for (const name of round % 2 === 0 ? [literal, errata] : [errata, literal]) {
        const result = await load(servers[name]!, SECONDS, cpuNow);
        cpu[name] = result.cpu;
        best[name] = { rate: Math.max(best[name]!.rate, result.rate), cpu: Math.min(best[name]!.cpu, result.cpu) };
      }
      ratios.push(cpu[errata]! / cpu[literal]!);
    }
    ratios.sort((x, y) => x - y);
    const ratio = ratios[Math.floor(ratios.length / 2)]!;
    console.log(
      `\n429 outbound_limit_reached over node:http on loopback (Node ${process.version}, autocannon, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each):\n`,
    );
    console.log("| server | requests/s | server CPU per response | CPU time vs literal |");
    console.log("|---|---:|---:|---:|");
    for (const name of [literal, errata]) {
      const { rate, cpu } = best[name]!;
      console.log(
        `| ${name} | ${Math.round(rate).toLocaleString("en-US")} | ${cpu.toFixed(1)} µs | ${(cpu / best[literal]!.cpu).toFixed(2)}x |`,
      );
    }
    console.log(
      `\nsendError at the defaults costs ${ratio.toFixed(2)}x the server CPU time of the literal per response, median of ${ROUNDS} rounds (target: at most ${TARGET.toFixed(2)}x: ${ratio <= TARGET ? "met" : "missed"}); ` +
        `requests/s on this machine are ${(best[literal]!.rate / best[errata]!.rate).toFixed(2)}x apart.`,
    );
  } finally {
    child.disconnect();
  }
}
