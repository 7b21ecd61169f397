import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** Runs `errata mock …` in a child process; resolves once it prints its URL. */
function startCli(args: string[]) {
  const child = spawn(process.execPath, [CLI, "mock", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /http:\/\/127\.0\.0\.1:[0-9]+/.exec(stdout);
      if (match) resolve(match[0]);
    });
    child.on("exit", () => reject(new Error(`exited before printing its URL: ${stdout}${stderr}`)));
  });
  return { child, url, exited, output: () => stdout + stderr };
}

describe("errata mock", () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`prints its URL, serves the catalogue, and exits 0 on ${signal}`, async () => {
      const cli = startCli(["--port", "0"]);
      const url = await cli.url;
      const response = await fetch(`${url}/errors/throttled`);
      expect(response.status).toBe(429);
      expect((await response.json()).error.code).toBe("throttled");
      cli.child.kill(signal);
      expect(await cli.exited).toBe(0);
      expect(cli.output()).toContain("stopped");
    });
  }

  it("refuses a port that is not a number, with exit code 2", async () => {
    const cli = startCli(["--port", "eighty"]);
    await cli.url.catch(() => undefined);
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toMatch(/--port must be a whole number/);
  });
});
