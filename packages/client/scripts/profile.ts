/**
 * `fromBody` on one dialect's body in a loop, long enough for a CPU profile.
 *
 * Run, after `pnpm build`: node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/profile.ts standard|rcs|imessage|generic|sms [headers|plain|none]
 * then `tsx ../server/bench/profile-summary.ts DIR/*.cpuprofile` prints the functions by self
 * time. PROFILE_SECONDS sets how long (default 5).
 */
import { dialectBody, ERRORS, type ErrorCode, type LegacyDialect } from "@errata/catalog";
import { exampleBody } from "@errata/catalog/zod";
// The built package, as consumers load it: run `pnpm build` first.
import { fromBody } from "../dist/index.js";

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 5);
const legacy = (dialect: LegacyDialect, code: ErrorCode, withoutCode = false) => {
  const { error, request_id } = exampleBody(code);
  return JSON.stringify(
    dialectBody(dialect, error, { status: ERRORS[code].status, requestId: request_id, withoutCode }),
  );
};
// The bench's bodies (scripts/bench.ts).
const bodies: Record<string, [ErrorCode, string]> = {
  standard: ["outbound_limit_reached", JSON.stringify(exampleBody("outbound_limit_reached"))],
  rcs: ["insufficient_balance", legacy("rcs", "insufficient_balance")],
  imessage: ["outbound_limit_reached", legacy("imessage", "outbound_limit_reached")],
  generic: ["not_found", legacy("imessage", "not_found", true)],
  sms: ["spend_limit_exceeded", legacy("sms", "spend_limit_exceeded")],
};
const [name = "standard", kind = "headers"] = process.argv.slice(2);
const [code, text] = bodies[name] ?? [];
if (code === undefined || text === undefined) throw new Error(`usage: profile.ts ${Object.keys(bodies).join("|")}`);
const record = { "content-type": "application/json", "retry-after": "3600", "request-id": "req_a1b2c3d4e5f6g7h8" };
const headers = kind === "headers" ? new Headers(record) : kind === "plain" ? record : undefined;
const init = { status: ERRORS[code].status, headers };
if (!fromBody(text, init).known) throw new Error(`${name}: not read as known`);

let calls = 0;
const end = Date.now() + SECONDS * 1000;
while (Date.now() < end) {
  for (let i = 0; i < 10_000; i++) if (fromBody(text, init).known) calls++;
}
console.log(`${name} (${kind}): ${calls} calls`);
