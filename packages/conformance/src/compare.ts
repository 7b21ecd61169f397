/**
 * Comparing a testee's answer with a vector's: JSON values as values (member order aside), and a
 * rendered body as exact text. Each difference names the path where it is.
 *
 * @module
 */
import type { Answer, Vector } from "./protocol.js";

/** One place where an answer differs from the vector, as `path: expected … got …`. */
export type Difference = string;

function show(value: unknown): string {
  return value === undefined ? "(absent)" : JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The places where `got` differs from `expected`, each with its path. */
export function differences(expected: unknown, got: unknown, path = "$"): Difference[] {
  if (Array.isArray(expected) && Array.isArray(got)) {
    if (expected.length !== got.length) return [`${path}: expected ${expected.length} items, got ${got.length}`];
    return expected.flatMap((item, i) => differences(item, got[i], `${path}[${i}]`));
  }
  if (isPlainObject(expected) && isPlainObject(got)) {
    const names = [...new Set([...Object.keys(expected), ...Object.keys(got)])].sort();
    return names.flatMap((name) => differences(expected[name], got[name], `${path}.${name}`));
  }
  return Object.is(expected, got) || (expected === 0 && got === 0)
    ? []
    : [`${path}: expected ${show(expected)}, got ${show(got)}`];
}

/** Where `body` texts first differ: the offset, and a little of each around it. */
function bodyDifference(expected: string, got: string): Difference {
  let at = 0;
  while (at < expected.length && expected[at] === got[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 40));
  return `$.body: differs at character ${at}: expected …${around(expected)}…, got …${around(got)}…`;
}

/** How an answer differs from the vector; empty when it passes. */
export function judge(vector: Vector, answer: Answer | undefined): Difference[] {
  if (answer === undefined) return ["no answer"];
  if ("error" in vector.expected)
    return "error" in answer ? [] : [`expected a refusal (an error line), got ${show(answer.output)}`];
  if ("error" in answer) return [`expected an output, got the error ${show(answer.error)}`];
  const expected = vector.expected.output;
  const got = answer.output;
  if (vector.op === "render" && isPlainObject(expected) && isPlainObject(got)) {
    const { body: wanted, ...rest } = expected;
    const { body, ...others } = got;
    const found = differences(rest, others);
    if (typeof body !== "string") found.push(`$.body: expected the body's text, got ${show(body)}`);
    else if (body !== wanted) found.push(bodyDifference(String(wanted), body));
    return found;
  }
  return differences(expected, got);
}
