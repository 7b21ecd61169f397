/**
 * The TypeScript testee: reads the protocol's requests on standard input, one JSON line each, and
 * answers each on standard output through `@errata/server` and `@errata/client` (`handlers.ts`).
 * A line it cannot read gets an `error` answer; it never stops before its input ends.
 *
 * @module
 */
import { createInterface } from "node:readline";
import { handle } from "./handlers.js";
import type { Answer, Operation } from "./protocol.js";

/** The answer to one line of input. */
export async function answerLine(line: string): Promise<Answer> {
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return { id: null, error: "the line is not JSON" };
  }
  if (typeof request !== "object" || request === null || Array.isArray(request))
    return { id: null, error: "the line is not a request object" };
  const { id, op, input } = request as { id?: unknown; op?: unknown; input?: unknown };
  const known = typeof id === "string" ? id : null;
  if (op !== "render" && op !== "parse" && op !== "retry")
    return { id: known, error: `unknown op ${JSON.stringify(op)}` };
  return { id: known, ...(await handle(op as Operation, input)) };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  if (line.trim() === "") continue;
  process.stdout.write(`${JSON.stringify(await answerLine(line))}\n`);
}
