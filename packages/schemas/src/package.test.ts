/**
 * `@errata/schemas` carries the emitted schemas to npm at the catalogue's version, for services in
 * other languages and docs sites that never build this repository.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const PACKAGE = join(ROOT, "packages", "schemas");
const work = mkdtempSync(join(tmpdir(), "errata-schemas-"));
let tarball = "";
let project = "";

/** Every file under `dir`, as paths relative to it. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)).map((path) => `${entry.name}/${path}`) : [entry.name],
  );
}

beforeAll(() => {
  // Packing runs `prepack`, which copies schemas/ in: the tarball is what npm would publish.
  const name = execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: PACKAGE, encoding: "utf8" })
    .trim()
    .split("\n")
    .pop() as string;
  tarball = name.startsWith("/") ? name : join(work, relative(work, name));
  project = join(work, "consumer");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], {
    cwd: project,
    stdio: "pipe",
  });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the @errata/schemas tarball", () => {
  it("holds every emitted schema, each API's dialect schemas, the catalogue and the OpenAPI documents, and not the release record", () => {
    const listed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
    const emitted = walk(join(ROOT, "schemas"))
      .filter((path) => !path.startsWith("released/"))
      .map((path) => `package/json/${path}`);
    expect(emitted).toContain("package/json/error.schema.json");
    expect(emitted).toContain("package/json/dialects/sms/error.schema.json");
    expect(emitted).toContain("package/json/dialects/sms/openapi.json");
    expect(listed).toEqual([...emitted, "package/LICENSE", "package/README.md", "package/package.json"].sort());
  });

  it("resolves each file by name from a project that installed it, in ESM and CommonJS, byte for byte", () => {
    const installed = join(project, "node_modules", "@errata", "schemas");
    for (const file of [
      "error.schema.json",
      "error-any.schema.json",
      "catalog.json",
      "openapi.json",
      "errors/throttled.schema.json",
      "dialects/imessage/error.schema.json",
      "dialects/sms/error-any.schema.json",
      "dialects/rcs/openapi.json",
    ]) {
      const resolved = execFileSync(
        "node",
        ["-e", `process.stdout.write(require.resolve("@errata/schemas/${file}"))`],
        { cwd: project, encoding: "utf8" },
      );
      expect(resolved).toBe(join(installed, "json", file));
      expect(readFileSync(resolved, "utf8")).toBe(readFileSync(join(ROOT, "schemas", file), "utf8"));
    }
    const esm = execFileSync(
      "node",
      [
        "--input-type=module",
        "-e",
        `import s from "@errata/schemas/error.schema.json" with { type: "json" }; process.stdout.write(s.$id)`,
      ],
      { cwd: project, encoding: "utf8" },
    );
    expect(esm).toBe(JSON.parse(readFileSync(join(ROOT, "schemas", "error.schema.json"), "utf8")).$id);
  });

  it("is versioned with the catalogue, so its files always match the catalogue's release", () => {
    const config = JSON.parse(readFileSync(join(ROOT, ".changeset", "config.json"), "utf8")) as { fixed: string[][] };
    expect(config.fixed).toContainEqual(expect.arrayContaining(["@errata/catalog", "@errata/schemas"]));
    const version = (dir: string) =>
      (JSON.parse(readFileSync(join(ROOT, "packages", dir, "package.json"), "utf8")) as { version: string }).version;
    expect(version("schemas")).toBe(version("catalog"));
  });
});
