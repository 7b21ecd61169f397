/**
 * The runner against the testees: the TypeScript testee passes every vector; a testee that renames
 * a member or drops a header fails, and the runner names the vectors; a testee that crashes, hangs
 * or writes garbage is reported, never taken for a pass. The testee itself answers bad lines.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../../tests/support/schemas.js";
import { readTestees, readVectors } from "./files.js";
import { formatResult, runTestee } from "./runner.js";

const vectors = readVectors(join(ROOT, "schemas/conformance/vectors.json")).vectors;
const TESTEE = join(ROOT, "packages/conformance/dist/testee.js");

/** A testee that runs the TypeScript one and changes its answers with `edit` (a JS function body over `a`). */
function mutant(edit: string): string {
  const dir = mkdtempSync(join(tmpdir(), "errata-mutant-"));
  const file = join(dir, "mutant.mjs");
  writeFileSync(
    file,
    `import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
const child = spawn(process.execPath, [${JSON.stringify(TESTEE)}], { stdio: ["inherit", "pipe", "inherit"] });
for await (const line of createInterface({ input: child.stdout })) {
  const a = JSON.parse(line);
  ${edit}
  process.stdout.write(JSON.stringify(a) + "\\n");
}
`,
  );
  return file;
}

describe("the runner", () => {
  it("passes the TypeScript testee on every vector", async () => {
    const [typescript] = readTestees(join(ROOT, "packages/conformance/testees.json")).filter(
      (t) => t.name === "typescript",
    );
    const result = await runTestee(typescript as never, vectors);
    expect(result.problem).toBeUndefined();
    expect(result.failures.slice(0, 3)).toEqual([]);
    expect(result.passed).toBe(vectors.length);
  });

  it("fails a renderer that drops the Retry-After header, naming the vectors", async () => {
    const file = mutant(`if (a.output && a.output.headers) delete a.output.headers["retry-after"];`);
    const result = await runTestee({ name: "mutant", command: [process.execPath, file] }, vectors);
    const ids = result.failures.map((f) => f.id);
    expect(ids).toContain("render/standard/outbound_limit_reached/example");
    expect(ids.every((id) => id.startsWith("render/"))).toBe(true);
    expect(formatResult(result)).toMatch(
      /FAIL render\/.*\n\s+\$\.headers\.retry-after: expected "\d+", got \(absent\)/,
    );
    expect(formatResult(result).split("\n").at(-1)).toMatch(/^mutant: \d+ passed, [1-9]\d* failed$/);
  });

  it("fails a parser that renames a member, naming the vector and the member", async () => {
    const file = mutant(
      `if (a.output && "request_id" in a.output) { a.output.requestId = a.output.request_id; delete a.output.request_id; }`,
    );
    const result = await runTestee({ name: "mutant", command: [process.execPath, file] }, vectors);
    const failure = result.failures.find((f) => f.id === "parse/standard/unauthorized/rendered");
    expect(failure?.differences).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\$\.request_id: expected "req_/)]),
    );
  });

  it("fails a renderer whose body differs by one character, saying where", async () => {
    const file = mutant(
      `if (a.output && typeof a.output.body === "string") a.output.body = a.output.body.replace("\\u2028", "\\\\u2028");`,
    );
    const result = await runTestee({ name: "mutant", command: [process.execPath, file] }, vectors);
    const failure = result.failures.find((f) => f.id === "render/hostile/special-message/standard");
    expect(failure?.differences[0]).toMatch(/^\$\.body: differs at character \d+/);
  });

  it("reports a testee that crashes, and counts what it did not answer as failed", async () => {
    const result = await runTestee({ name: "crash", command: "exit 3" }, vectors.slice(0, 5));
    expect(result.failed).toBe(5);
    expect(result.problem).toMatch(/exited with 3/);
  });

  it("reports a testee that cannot be started", async () => {
    const result = await runTestee({ name: "missing", command: ["/nonexistent/testee"] }, vectors.slice(0, 2));
    expect(result.failed).toBe(2);
    expect(result.problem).toMatch(/could not start/);
  });

  it("stops a testee that never answers, within its time", async () => {
    const result = await runTestee({ name: "silent", command: "sleep 30" }, vectors.slice(0, 2), { timeoutSeconds: 1 });
    expect(result.problem).toMatch(/within 1 s/);
    expect(result.failed).toBe(2);
  });

  it("takes no answer as a refusal for a vector that expects one", async () => {
    const refusal = vectors.find((v) => "error" in v.expected);
    const result = await runTestee({ name: "silent", command: "cat >/dev/null" }, [refusal as never]);
    expect(result.failed).toBe(1);
  });
});

describe("the TypeScript testee", () => {
  it("answers every line, a bad one with an error, and exits 0", () => {
    const lines = [
      "not json",
      "[1]",
      '{"id":"a","op":"fly","input":{}}',
      '{"id":"b","op":"parse","input":null}',
      '{"id":"c","op":"parse","input":{"status":500,"headers":{},"body":"<html>","now":0}}',
    ];
    const run = spawnSync(process.execPath, [TESTEE], { input: `${lines.join("\n")}\n`, encoding: "utf8" });
    expect(run.status).toBe(0);
    const answers = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => [a.id, "error" in a])).toEqual([
      [null, true],
      [null, true],
      ["a", true],
      ["b", true],
      ["c", false],
    ]);
    expect(answers[4].output).toMatchObject({ reason: "not_json", status: 500 });
  });
});
