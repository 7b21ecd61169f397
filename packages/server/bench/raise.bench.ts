/**
 * Raising and serialising a 429 `outbound_limit_reached` (body, status, headers), in one process:
 * Errata against a hand-written object literal + JSON.stringify (the floor), http-errors and
 * @hapi/boom. Every contender renders the same message and produces the same three things; every
 * one is given the caller's request ID (as from a well-formed X-Request-Id), so ID generation is
 * not measured, and every body is measured for Content-Length. Then the same error in each dialect
 * (standard, RCS, iMessage, SMS), each against a literal that sends the same bytes. The caller's ID
 * is echoed into the response, so every contender checks it first (as the http bench's literal
 * does, with the same check), as a handler must before it repeats a client's header. The targets:
 * 1.30x the literal for the first, 1.5x for each dialect; each is printed as met or missed.
 *
 * Run: pnpm bench (in packages/server).
 */
import type { Dialect } from "@errata/catalog";
import Boom from "@hapi/boom";
import createHttpError from "http-errors";
import { Bench } from "tinybench";
import { createError, isRequestId, renderError, setStackTraces } from "../src/index.js";

const REQUEST_ID = "req_a1b2c3d4e5f6g7h8";
/** The caller's request ID as a hand-written handler takes it: echoed only when well formed. */
const callerId = (header: string) => (isRequestId(header) ? header : "req_000000000000");
const DOC_URL = "https://errata.dev/docs/errors#outbound_limit_reached";
const JSON_TYPE = "application/json; charset=utf-8";
const TARGET = 1.3;

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
    const requestId = callerId(REQUEST_ID);
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
      request_id: requestId,
    });
    return {
      status: 429,
      headers: { "content-type": JSON_TYPE, "request-id": requestId, "retry-after": "3600" },
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
    const requestId = callerId(REQUEST_ID);
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
      request_id: requestId,
    });
    return {
      status: error.status,
      headers: { "content-type": JSON_TYPE, "request-id": requestId, "retry-after": String(error.retry_after) },
      body,
    };
  },
  "@hapi/boom": () => {
    const current = next();
    const limit = current;
    const requestId = callerId(REQUEST_ID);
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
      request_id: requestId,
    });
    return {
      status: error.output.statusCode,
      headers: {
        "content-type": JSON_TYPE,
        "request-id": requestId,
        ...(error.output.headers as Record<string, string>),
      },
      body,
    };
  },
};

/**
 * The same error in each dialect, against a hand-written literal that sends the same bytes: the
 * standard literal above, and one of each legacy shape. Each takes `current` from the caller, so that
 * a pair can be checked byte for byte before it is measured.
 */
const DIALECT_TARGET = 1.5;
type Render = (current: number) => Sent;
const literalOf =
  (bodyOf: (current: number, requestId: string) => unknown): Render =>
  (current) => {
    const requestId = callerId(REQUEST_ID);
    return {
      status: 429,
      headers: { "content-type": JSON_TYPE, "request-id": requestId, "retry-after": "3600" },
      body: JSON.stringify(bodyOf(current, requestId)),
    };
  };
const errataIn =
  (dialect: Dialect): Render =>
  (current) => {
    const error = createError("outbound_limit_reached", { limit: current, current, mode: "total" });
    return renderError(error, { requestId: REQUEST_ID }, { dialect });
  };
const dialectPairs: Record<Dialect, { literal: Render; errata: Render }> = {
  standard: {
    literal: literalOf((current, requestId) => ({
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
    })),
    errata: errataIn("standard"),
  },
  rcs: {
    literal: literalOf((current) => ({
      error: "outbound_limit_reached",
      message: message(current, current),
      limit: current,
      current,
      mode: "total",
      retry_after: 3600,
    })),
    errata: errataIn("rcs"),
  },
  imessage: {
    literal: literalOf((current) => ({
      error: "ApiError",
      message: message(current, current),
      status: 429,
      code: "outbound_limit_reached",
      limit: current,
      current,
      mode: "total",
    })),
    errata: errataIn("imessage"),
  },
  sms: {
    literal: literalOf((current) => ({
      message: message(current, current),
      error: "outbound_limit_reached",
      limit: current,
      current,
      mode: "total",
    })),
    errata: errataIn("sms"),
  },
};
const dialectContenders: Record<string, () => Sent> = {};
for (const [dialect, { literal, errata }] of Object.entries(dialectPairs)) {
  for (const current of [0, 7, 999]) {
    const [a, b] = [literal(current), errata(current)];
    if (a.body !== b.body || a.status !== b.status || JSON.stringify(a.headers) !== JSON.stringify(b.headers)) {
      throw new Error(`in the ${dialect} dialect, the literal does not send what Errata sends:\n${a.body}\n${b.body}`);
    }
  }
  dialectContenders[`literal, ${dialect}`] = () => literal(next());
  dialectContenders[`@errata/server, ${dialect}`] = () => errata(next());
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
  `\nErrata takes ${(floor / errata).toFixed(2)}x the time of the hand-written literal at the defaults (no stack for a 4xx; target: at most ${TARGET.toFixed(2)}x: ${floor / errata <= TARGET ? "met" : "missed"}), ` +
    `${(floor / traced).toFixed(2)}x with setStackTraces(true).`,
);
console.log(
  `\nEach dialect, against a hand-written literal that sends the same bytes (target: at most ${DIALECT_TARGET.toFixed(2)}x):\n`,
);
console.log("| dialect | Errata ops/s | literal ops/s | time vs literal | target |");
console.log("|---|---:|---:|---:|---|");
for (const dialect of Object.keys(dialectPairs)) {
  const [literal, errata] = [hz(`literal, ${dialect}`), hz(`@errata/server, ${dialect}`)];
  const ratio = literal / errata;
  console.log(
    `| ${dialect} | ${Math.round(errata).toLocaleString("en-US")} | ${Math.round(literal).toLocaleString("en-US")} | ${ratio.toFixed(2)}x | ${ratio <= DIALECT_TARGET ? "met" : "missed"} |`,
  );
}
if (bytes === 0) throw new Error("nothing was measured");
console.log(
  `Errata is ${(errata / hz("http-errors")).toFixed(2)}x as fast as http-errors and ${(errata / hz("@hapi/boom")).toFixed(2)}x as fast as @hapi/boom.`,
);
