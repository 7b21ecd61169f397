/**
 * The hot paths, run long enough for a CPU profile: raising and serialising a 429
 * `outbound_limit_reached` in a loop (`raise`), or a node:http server answering every request with
 * it through `sendError` while autocannon loads it from a child process (`http`).
 *
 * Run: node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/profile.ts raise|http|http-literal, after `pnpm build`;
 * then `tsx bench/profile-summary.ts DIR/*.cpuprofile` prints the functions by self time.
 * PROFILE_SECONDS sets how long (default 5); PROFILE_DIALECT renders in another dialect.
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
// The built package, as services load it.
import type { Dialect } from "@errata/catalog";
import autocannon from "autocannon";
import { createError, renderError } from "../dist/index.js";
import { sendError } from "../dist/node.js";

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const dialect = (process.env.PROFILE_DIALECT ?? "standard") as Dialect;
const REQUEST_ID = "req_a1b2c3d4e5f6g7h8";

let n = 0;
const raise = () => {
  n = (n + 1) % 1000;
  return createError("outbound_limit_reached", { limit: n, current: n, mode: "total" });
};

const mode = process.argv[2];
if (mode === "raise") {
  let bytes = 0;
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    for (let i = 0; i < 1000; i++)
      bytes += Buffer.byteLength(renderError(raise(), { requestId: REQUEST_ID }, { dialect }).body);
  }
  console.log(`raise: ${bytes} bytes`);
} else if (mode === "http" || mode === "http-literal") {
  const server = createServer(
    mode === "http"
      ? (req, res) => {
          sendError(res, raise(), req, { dialect });
        }
      : (req, res) => {
          // The same response written by hand, for a profile to compare with.
          n = (n + 1) % 1000;
          const header = req.headers["x-request-id"];
          const requestId = typeof header === "string" ? header : "req_000000000000";
          const body = JSON.stringify({
            error: {
              type: "rate_limit_error",
              code: "outbound_limit_reached",
              message: `Outbound contact limit reached. Your organization has reached ${n} new contacts in the last 24 hours, which meets the configured limit of ${n}. Please wait or increase your limit in Settings.`,
              limit: n,
              current: n,
              mode: "total",
              retry_after: 3600,
              doc_url: "https://errata.dev/docs/errors#outbound_limit_reached",
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
  );
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  // The load runs without the profiler: its profile, larger than the server's, would be the one picked.
  const child = fork(fileURLToPath(import.meta.url), ["load", String((server.address() as AddressInfo).port)], {
    execArgv: process.execArgv.filter((arg) => !arg.startsWith("--cpu-prof")),
  });
  await once(child, "exit");
  server.close();
} else if (mode === "load") {
  const result = await autocannon({
    url: `http://127.0.0.1:${process.argv[3]}/`,
    connections: 20,
    duration: SECONDS,
    headers: { "x-request-id": REQUEST_ID },
  });
  console.log(`http: ${result.requests.total} responses`);
} else {
  throw new Error("usage: profile.ts raise|http|http-literal");
}
