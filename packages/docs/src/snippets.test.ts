/**
 * Each code's snippets: TypeScript's type-check against the built packages as a consumer compiles
 * them; the other languages' files are read with clear errors; every language gets a tab in the HTML
 * and a block in the Markdown, in the order of their titles after TypeScript.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateDocs } from "./generate.js";
import type { CatalogEntry } from "./schemas-dir.js";
import { readSnippetDir, readSnippetSet, typescriptSnippet } from "./snippets.js";
import { entryHtml, readJson, SCHEMAS_DIR, TEST_OUTPUT } from "./test/support.js";

const catalog = readJson<{ errors: CatalogEntry[] }>(join(SCHEMAS_DIR, "catalog.json"));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

describe("the TypeScript snippets", () => {
  it("type-check, every code's, against the built packages", { timeout: 120_000 }, () => {
    const dir = join(TEST_OUTPUT, "snippets");
    mkdirSync(dir, { recursive: true });
    const imports = new Set<string>();
    // Each snippet's two parts in functions of their own: code after a `throw` is not narrowed.
    const bodies = catalog.errors.map((entry, i) => {
      const lines = typescriptSnippet(entry).split("\n");
      for (const line of lines.filter((l) => l.startsWith("import "))) imports.add(line);
      const [raise, read] = lines
        .filter((l) => !l.startsWith("import "))
        .join("\n")
        .split("// Read it from a response:");
      return `export function raise${i}(): void {${raise}}\nexport async function read${i}(res: Response): Promise<void> {${read}}`;
    });
    writeFileSync(join(dir, "snippets.mts"), `${[...imports].join("\n")}\n\n${bodies.join("\n\n")}\n`);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "node16",
          moduleResolution: "node16",
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["snippets.mts"],
      }),
    );
    const run = spawnSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("raise a code with its example's fields and read the first required one", () => {
    const entry = catalog.errors.find((e) => e.code === "outbound_limit_reached") as CatalogEntry;
    const text = typescriptSnippet(entry);
    expect(text).toContain('createError("outbound_limit_reached", { limit: 35, current: 35, mode: "total" })');
    expect(text).toContain("console.log(error.limit);");
  });
});

describe("the other languages' snippet files", () => {
  const write = (name: string, value: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), "errata-snippets-"));
    writeFileSync(join(dir, name), typeof value === "string" ? value : JSON.stringify(value));
    return dir;
  };

  it.each([
    ["not JSON", "{", /python\.json: /],
    ["no language", { title: "Python", highlight: "python", snippets: {} }, /`language` must be a non-empty string/],
    [
      "snippets not an object",
      { language: "python", title: "Python", highlight: "python", snippets: [] },
      /`snippets` must map/,
    ],
    [
      "a snippet not text",
      { language: "python", title: "Python", highlight: "python", snippets: { x: 1 } },
      /`snippets\.x` must be a string/,
    ],
  ])("are refused, naming the file and the member, when %s", (_, value, message) => {
    expect(() => readSnippetSet(join(write("python.json", value), "python.json"))).toThrow(message);
  });

  it("are none where the folder does not exist", () => {
    expect(readSnippetDir(join(tmpdir(), "no-such-errata-folder"))).toEqual([]);
  });

  it("each get a tab after TypeScript's, in the order of their titles, in the HTML and the Markdown", () => {
    const [code] = catalog.errors.map((e) => e.code) as [string];
    const dir = mkdtempSync(join(tmpdir(), "errata-snippets-"));
    const set = (language: string, title: string) => ({
      language,
      title,
      highlight: language,
      snippets: { [code]: `${title} <&> snippet` },
    });
    writeFileSync(join(dir, "python.json"), JSON.stringify(set("python", "Python")));
    writeFileSync(join(dir, "go.json"), JSON.stringify(set("go", "Go")));
    const files = generateDocs({ schemasDir: SCHEMAS_DIR, snippetsDir: dir });
    const markdown = files.get("errors.md") as string;
    const at = (text: string) => markdown.indexOf(text);
    expect(at("**TypeScript**")).toBeGreaterThan(0);
    expect(at("**TypeScript**")).toBeLessThan(at("**Go**"));
    expect(at("**Go**")).toBeLessThan(at("**Python**"));
    expect(markdown).toContain("Python <&> snippet");
    const entry = entryHtml(files.get(`errors/${code}.html`) as string, code);
    const labels = [...entry.matchAll(/<label for="[^"]+">([^<]+)<\/label>/g)].map((m) => m[1]);
    expect(labels).toEqual(["TypeScript", "Go", "Python"]);
    expect(entry).toContain("Python &lt;&amp;&gt; snippet");
  });
});
