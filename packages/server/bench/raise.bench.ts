/**
 * Raising and serialising a 429 `outbound_limit_reached` (body, status, headers), in one process:
 * Errata against a hand-written object literal + JSON.stringify (the floor), http-errors and
 * @hapi/boom. Every contender renders the same message and produces the same three things; every
 * one is given the caller's request ID (as from a well-formed X-Request-Id), so ID generation is
 * not measured, and every body is measured for Content-Length.
 *
 * Run: pnpm bench (in packages/server).
 */
import Boom from "@hapi/boom";
import createHttpError from "http-errors";
import { Bench } from "tinybench";
import { createError, renderError, setStackTraces } from "../src/index.js";

const REQUEST_ID = "req_a1b2c3d4e5f6g7h8";
const DOC_URL = "https://errata.dev/docs/errors#outbound_limit_reached";
const JSON_TYPE = "application/json; charset=utf-8";

interface Sent {
  status: number;
  headers: Record<string, string>;
  body: string;
}

// Varied per call so that nothing can be hoisted out of the loop.
let n = 0;
const next = () => (n = (n + 1) % 1000);

const message = (current: number, limit: number) =>
  `Outbound contact limit reached. Your organization has reached ${current} new contacts in the last 24 hours, which meets the configured limit of ${limit}. Please wait or increase your limit in Settings.`;

const contenders: Record<string, () => Sent> = {
  "object literal + JSON.stringify": () => {
    const current = next();
    const limit = current;
    const body = JSON.stringify({
      error: {
        type: "rate_limit_error",
        code: "outbound_limit_reached",
        message: message(current, limit),
        limit,
        current,
        mode: "total",
        retry_after: 3600,
        doc_url: DOC_URL,
      },
      request_id: REQUEST_ID,
    });
    return {
      status: 429,
      headers: { "content-type": JSON_TYPE, "request-id": REQUEST_ID, "retry-after": "3600" },
      body,
    };
  },
  "@errata/server": () => {
    const current = next();
    const error = createError("outbound_limit_reached", { limit: current, current, mode: "total" });
    return renderError(error, { requestId: REQUEST_ID });
  },
  "@errata/server, stack traces on": () => {
    const current = next();
    setStackTraces(true);
    const error = createError("outbound_limit_reached", { limit: current, current, mode: "total" });
    setStackTraces("5xx");
    return renderError(error, { requestId: REQUEST_ID });
  },
  "http-errors": () => {
    const current = next();
    const limit = current;
    const error = createHttpError(429, message(current, limit), {
      type: "rate_limit_error",
      code: "outbound_limit_reached",
      limit,
      current,
      mode: "total",
      retry_after: 3600,
    });
    const body = JSON.stringify({
      error: {
        type: error.type,
        code: error.code,
        message: error.message,
        limit: error.limit,
        current: error.current,
        mode: error.mode,
        retry_after: error.retry_after,
        doc_url: DOC_URL,
      },
      request_id: REQUEST_ID,
    });
    return {
      status: error.status,
      headers: { "content-type": JSON_TYPE, "request-id": REQUEST_ID, "retry-after": String(error.retry_after) },
      body,
    };
  },
  "@hapi/boom": () => {
    const current = next();
    const limit = current;
    const error = Boom.tooManyRequests(message(current, limit), { limit, current, mode: "total", retry_after: 3600 });
    error.output.headers["Retry-After"] = String(error.data?.retry_after);
    const body = JSON.stringify({
      error: {
        type: "rate_limit_error",
        code: "outbound_limit_reached",
        message: error.message,
        ...error.data,
        doc_url: DOC_URL,
      },
      request_id: REQUEST_ID,
    });
    return {
      status: error.output.statusCode,
      headers: {
        "content-type": JSON_TYPE,
        "request-id": REQUEST_ID,
        ...(error.output.headers as Record<string, string>),
      },
      body,
    };
  },
};

/** The same error in the iMessage API's dialect: a literal of that shape against `dialect: "imessage"`. */
const IMESSAGE_LITERAL = "object literal + JSON.stringify, iMessage shape";
const IMESSAGE_ERRATA = '@errata/server, dialect: "imessage"';
const dialectContenders: Record<string, () => Sent> = {
  [IMESSAGE_LITERAL]: () => {
    const current = next();
    const body = JSON.stringify({
      error: "ApiError",
      message: message(current, current),
      status: 429,
      code: "outbound_limit_reached",
      limit: current,
      current,
      mode: "total",
    });
    return {
      status: 429,
      headers: { "content-type": JSON_TYPE, "request-id": REQUEST_ID, "retry-after": "3600" },
      body,
    };
  },
  [IMESSAGE_ERRATA]: () => {
    const current = next();
    const error = createError("outbound_limit_reached", { limit: current, current, mode: "total" });
    return renderError(error, { requestId: REQUEST_ID }, { dialect: "imessage" });
  },
};
{
  const [literal, errata] = [dialectContenders[IMESSAGE_LITERAL]!(), dialectContenders[IMESSAGE_ERRATA]!()];
  const keys = (sent: Sent) => Object.keys(JSON.parse(sent.body)).join();
  if (keys(literal) !== keys(errata) || errata.headers["retry-after"] !== "3600") {
    throw new Error("the iMessage contenders do not send the same response");
  }
}

// Every contender must send the same thing, or the comparison means nothing.
const reference = JSON.parse(contenders["@errata/server"]!().body);
for (const [name, run] of Object.entries(contenders)) {
  const sent = run();
  const body = JSON.parse(sent.body);
  const same =
    sent.status === 429 &&
    Object.keys(body.error).sort().join() === Object.keys(reference.error).sort().join() &&
    sent.headers["retry-after"] === undefined
      ? sent.headers["Retry-After"] === "3600"
      : sent.headers["retry-after"] === "3600";
  if (!same) throw new Error(`${name} does not send the same response`);
}

const bench = new Bench({ time: Number(process.env.BENCH_TIME ?? 1500), warmupTime: 300 });
// Each body is measured for Content-Length, as a server does before writing it: this also flattens a
// body built by concatenation, so no contender is credited for work it has only put off.
let bytes = 0;
for (const [name, run] of Object.entries({ ...contenders, ...dialectContenders })) {
  bench.add(name, () => {
    bytes += Buffer.byteLength(run().body);
  });
}
await bench.run();

const hz = (name: string) => {
  const result = bench.getTask(name)?.result as { throughput?: { mean: number }; hz?: number } | undefined;
  return result?.throughput?.mean ?? result?.hz ?? Number.NaN;
};
const floor = hz("object literal + JSON.stringify");
const errata = hz("@errata/server");
console.log(`Raise and serialise a 429 outbound_limit_reached (Node ${process.version}):\n`);
console.log(`| contender | ops/s | time vs literal | Errata's speed vs it |`);
console.log(`|---|---:|---:|---:|`);
for (const name of Object.keys(contenders)) {
  const ops = hz(name);
  console.log(
    `| ${name} | ${Math.round(ops).toLocaleString("en-US")} | ${(floor / ops).toFixed(2)}x | ${(errata / ops).toFixed(2)}x |`,
  );
}
const traced = hz("@errata/server, stack traces on");
console.log(
  `\nErrata takes ${(floor / errata).toFixed(2)}x the time of the hand-written literal at the defaults (no stack for a 4xx; target: at most 1.30x), ` +
    `${(floor / traced).toFixed(2)}x with setStackTraces(true).`,
);
const dialectRatio = hz(IMESSAGE_LITERAL) / hz(IMESSAGE_ERRATA);
console.log(
  `In the iMessage dialect, Errata takes ${dialectRatio.toFixed(2)}x the time of a hand-written literal of that shape ` +
    `(${Math.round(hz(IMESSAGE_ERRATA)).toLocaleString("en-US")} ops/s; the standard dialect: ${(floor / errata).toFixed(2)}x).`,
);
if (bytes === 0) throw new Error("nothing was measured");
console.log(
  `Errata is ${(errata / hz("http-errors")).toFixed(2)}x as fast as http-errors and ${(errata / hz("@hapi/boom")).toFixed(2)}x as fast as @hapi/boom.`,
);
