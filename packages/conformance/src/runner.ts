/**
 * The runner: feeds every vector to a testee program over the protocol (one JSON line a request on
 * its standard input, one a answer on its standard output) and judges each answer.
 *
 * @module
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { type Difference, judge } from "./compare.js";
import type { Answer, Operation, Vector } from "./protocol.js";

/** How to start a testee: an argument list (run as is) or a shell command line. */
export interface Testee {
  readonly name: string;
  readonly command: readonly string[] | string;
  /** The folder to run it in; default: the runner's. */
  readonly cwd?: string;
}

/** One vector the testee did not pass. */
export interface Failure {
  readonly id: string;
  readonly op: Operation;
  readonly description: string;
  readonly differences: readonly Difference[];
}

/** What a testee made of the vectors. */
export interface TesteeResult {
  readonly testee: Testee;
  readonly passed: number;
  readonly failed: number;
  readonly byOperation: Readonly<Record<string, { passed: number; failed: number }>>;
  readonly failures: readonly Failure[];
  /** Set when the testee could not be started, crashed, or ran out of time. */
  readonly problem?: string;
  readonly seconds: number;
}

/** Limits of a run. */
export interface RunOptions {
  /** Seconds the whole run of one testee may take. Default 300. */
  readonly timeoutSeconds?: number;
}

/** The answers a testee gave, by request ID, and how it ended. */
async function exchange(testee: Testee, vectors: readonly Vector[], timeoutMs: number) {
  const answers = new Map<string, Answer>();
  const { command, cwd } = testee;
  // In a process group of its own, so that a testee started through a shell or a wrapper is
  // stopped whole when it runs out of time.
  const child: ChildProcessWithoutNullStreams =
    typeof command === "string"
      ? spawn(command, { cwd, detached: true, shell: true })
      : spawn(command[0] as string, command.slice(1), { cwd, detached: true });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let problem: string | undefined;
  const timer = setTimeout(() => {
    problem = `no answer to every request within ${timeoutMs / 1000} s`;
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  }, timeoutMs);
  const ended = new Promise<number | null>((resolve) => {
    child.on("error", (error) => {
      problem = `could not start: ${error.message}`;
      resolve(null);
    });
    child.on("close", (code) => resolve(code));
  });
  const lines = createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY });
  const reading = (async () => {
    for await (const line of lines) {
      try {
        const answer = JSON.parse(line) as Answer;
        if (typeof answer?.id === "string") answers.set(answer.id, answer);
      } catch {
        problem ??= `wrote a line that is not JSON: ${line.slice(0, 200)}`;
      }
    }
  })();
  // A testee that stops reading (it crashed) must not stop the runner: write errors end the feed.
  child.stdin.on("error", () => {});
  for (const vector of vectors) {
    const line = `${JSON.stringify({ id: vector.id, op: vector.op, input: vector.input })}\n`;
    if (!child.stdin.write(line))
      await new Promise((resolve) => child.stdin.once("drain", resolve).once("close", resolve));
    if (child.stdin.destroyed) break;
  }
  child.stdin.end();
  const code = await ended;
  await reading;
  clearTimeout(timer);
  if (problem === undefined && code !== 0)
    problem = `exited with ${code}${stderr ? `; its last words:\n${stderr.trim()}` : ""}`;
  return { answers, problem };
}

/** Runs every vector through `testee` and judges each answer. */
export async function runTestee(
  testee: Testee,
  vectors: readonly Vector[],
  options: RunOptions = {},
): Promise<TesteeResult> {
  const started = performance.now();
  const { answers, problem } = await exchange(testee, vectors, (options.timeoutSeconds ?? 300) * 1000);
  const failures: Failure[] = [];
  const byOperation: Record<string, { passed: number; failed: number }> = {};
  for (const vector of vectors) {
    const tally = (byOperation[vector.op] ??= { passed: 0, failed: 0 });
    const found = judge(vector, answers.get(vector.id));
    if (found.length === 0) tally.passed++;
    else {
      tally.failed++;
      failures.push({ id: vector.id, op: vector.op, description: vector.description, differences: found });
    }
  }
  return {
    testee,
    passed: vectors.length - failures.length,
    failed: failures.length,
    byOperation,
    failures,
    ...(problem === undefined ? {} : { problem }),
    seconds: (performance.now() - started) / 1000,
  };
}

/** A result as the runner prints it: counts by operation, then the first failures with their differences. */
export function formatResult(result: TesteeResult, maxFailures = 10): string {
  const { testee } = result;
  const command = typeof testee.command === "string" ? testee.command : testee.command.join(" ");
  const out = [`${testee.name} (${command}${testee.cwd ? ` in ${testee.cwd}` : ""}), ${result.seconds.toFixed(1)} s`];
  for (const [op, { passed, failed }] of Object.entries(result.byOperation))
    out.push(`  ${op}: ${passed} passed, ${failed} failed`);
  if (result.problem) out.push(`  the testee ${result.problem}`);
  for (const failure of result.failures.slice(0, maxFailures)) {
    out.push(`  FAIL ${failure.id}: ${failure.description}`);
    for (const difference of failure.differences.slice(0, 8)) out.push(`       ${difference}`);
  }
  if (result.failures.length > maxFailures) out.push(`  … and ${result.failures.length - maxFailures} more failures`);
  out.push(`${testee.name}: ${result.passed} passed, ${result.failed} failed`);
  return out.join("\n");
}
