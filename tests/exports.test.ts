/**
 * The packages' public surface, as users import it: every `exports` subpath of every npm package,
 * read from the built files.
 *
 * - One name, one thing: a service that imports two of the packages never gets two different
 *   values under one name.
 * - The names each entry exports are chosen: they are snapshotted (`exports.snapshot.json`), so
 *   that a name added or removed is a visible change, with its changeset.
 * - Each package's build (its tsup config) and its `package.json` agree: every file the manifest
 *   points to is built, and every library entry built is exported, in both formats (but an entry
 *   that only shapes the chunks, `CHUNK_ENTRY`).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Options } from "tsup";
import { describe, expect, it } from "vitest";
import { CHUNK_ENTRY } from "../tsup.shared.js";
import { npmPackageFolders } from "./support/packages.js";

const PACKAGES = fileURLToPath(new URL("../packages/", import.meta.url));
const require = createRequire(import.meta.url);

type Target = string | { readonly [condition: string]: Target };
interface Manifest {
  readonly name: string;
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports?: Readonly<Record<string, Target>>;
}

interface Entry {
  readonly pkg: string;
  readonly specifier: string;
  readonly module: Record<string, unknown>;
}

const manifestOf = (folder: string) =>
  JSON.parse(readFileSync(join(PACKAGES, folder, "package.json"), "utf8")) as Manifest;

const specifierOf = (manifest: Manifest, subpath: string) =>
  subpath === "." ? manifest.name : `${manifest.name}${subpath.slice(1)}`;

/** The file a subpath resolves to under `condition` (`import` or `require`), `default` taken. */
function resolveTarget(target: Target, condition: "import" | "require"): string | undefined {
  if (typeof target === "string") return target;
  const branch = target[condition] ?? target.default;
  return branch === undefined ? undefined : resolveTarget(branch, condition);
}

/** Every file a target names, under every condition. */
function filesOf(target: Target): string[] {
  return typeof target === "string" ? [target] : Object.values(target).flatMap(filesOf);
}

const normal = (path: string) => path.replace(/^\.\//, "");

async function builtEntries(): Promise<{ esm: Entry[]; cjs: Entry[] }> {
  const esm: Entry[] = [];
  const cjs: Entry[] = [];
  for (const folder of npmPackageFolders()) {
    const manifest = manifestOf(folder);
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      // package.json, and the data files of @errata/schemas (`./*`): no module to import.
      if (subpath === "./package.json" || subpath.includes("*")) continue;
      const pkg = manifest.name;
      const specifier = specifierOf(manifest, subpath);
      const importFile = resolveTarget(target, "import");
      const requireFile = resolveTarget(target, "require");
      if (importFile) {
        const module = (await import(pathToFileURL(join(PACKAGES, folder, importFile)).href)) as Record<
          string,
          unknown
        >;
        esm.push({ pkg, specifier, module });
      }
      if (requireFile) cjs.push({ pkg, specifier, module: require(join(PACKAGES, folder, requireFile)) });
    }
  }
  return { esm, cjs };
}

/** Names that two packages export with different values: `name: a (pkg) ≠ b (pkg)`. */
function clashes(entries: readonly Entry[]): string[] {
  const seen = new Map<string, { value: unknown; pkg: string; specifier: string }>();
  const found: string[] = [];
  for (const { pkg, specifier, module } of entries) {
    for (const [name, value] of Object.entries(module)) {
      const first = seen.get(name);
      if (first === undefined) seen.set(name, { value, pkg, specifier });
      else if (first.pkg !== pkg && first.value !== value) found.push(`${name}: ${first.specifier} ≠ ${specifier}`);
    }
  }
  return found;
}

/** Specifier → the sorted names it exports (`default` left out: a CommonJS build has none of its own). */
function surface(entries: readonly Entry[]): Record<string, string[]> {
  return Object.fromEntries(
    entries.map(({ specifier, module }) => [
      specifier,
      Object.keys(module)
        .filter((name) => name !== "default" && name !== "module.exports")
        .sort(),
    ]),
  );
}

/** The npm packages that build code with tsup (`@errata/schemas` ships data only). */
const codePackages = () => npmPackageFolders().filter((folder) => existsSync(join(PACKAGES, folder, "tsup.config.ts")));

/** The files a package's tsup builds write, split into library entries (imported) and programs (run). */
function builtFiles(builds: readonly Options[]): { library: Map<string, string[]>; programs: Set<string> } {
  const library = new Map<string, string[]>();
  const programs = new Set<string>();
  for (const build of builds) {
    const formats = [build.format ?? "cjs"].flat();
    for (const name of Object.keys(build.entry as Record<string, string>)) {
      // Built only to shape the chunks, never imported by name.
      if (CHUNK_ENTRY.test(name)) continue;
      const files = formats.flatMap((format) => {
        const ext = format === "esm" ? "js" : "cjs";
        return [`dist/${name}.${ext}`, ...(build.dts ? [`dist/${name}.d.${ext === "js" ? "ts" : "cts"}`] : [])];
      });
      if (build.dts) library.set(name, files);
      else for (const file of files) programs.add(file);
    }
  }
  return { library, programs };
}

/** Where the build and the manifest disagree, one line each; empty when they agree. */
function disagreements(builds: readonly Options[], manifest: Manifest): string[] {
  const { library, programs } = builtFiles(builds);
  const built = new Set([...programs, ...[...library.values()].flat()]);
  const problems: string[] = [];
  const exportsFiles = Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => subpath !== "./package.json")
    .flatMap(([, target]) => filesOf(target).map(normal));
  const bins = typeof manifest.bin === "string" ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const named = [
    ...exportsFiles,
    ...[manifest.main, manifest.module, manifest.types].filter((file) => file !== undefined).map(normal),
    ...bins.map(normal).filter((file) => file.startsWith("dist/")),
  ];
  for (const file of named) if (!built.has(file)) problems.push(`${file} is in package.json but not built`);
  for (const [name, files] of library) {
    for (const file of files)
      if (!exportsFiles.includes(file)) problems.push(`the entry ${name} builds ${file}, which exports does not name`);
  }
  for (const file of programs)
    if (exportsFiles.includes(file)) problems.push(`${file} is a program, run rather than imported, yet exported`);
  return problems;
}

describe("the built packages", () => {
  it("never export different values under one name from two packages", async () => {
    const { esm, cjs } = await builtEntries();
    expect(esm.length).toBeGreaterThan(6);
    expect(clashes(esm)).toEqual([]);
    expect(clashes(cjs)).toEqual([]);
  });

  it("would be caught exporting two values under one name (the check can fail)", () => {
    const fake = (pkg: string, module: Record<string, unknown>): Entry => ({ pkg, specifier: pkg, module });
    const shared = () => 1;
    expect(clashes([fake("a", { same: shared, other: 1 }), fake("b", { same: shared, other: 2 })])).toEqual([
      "other: a ≠ b",
    ]);
    expect(clashes([fake("a", { own: 1 }), fake("a", { own: 2 })])).toEqual([]);
  });

  it("export the names they chose, the same from ESM and CommonJS", async () => {
    const { esm, cjs } = await builtEntries();
    expect(surface(cjs)).toEqual(surface(esm));
    await expect(`${JSON.stringify(surface(esm), null, 2)}\n`).toMatchFileSnapshot("./exports.snapshot.json");
  });

  it.each(codePackages())(
    "agree with their build in %s: every export is built, every entry exported",
    async (folder) => {
      const config = (await import(pathToFileURL(join(PACKAGES, folder, "tsup.config.ts")).href)) as {
        default: Options | Options[];
      };
      const builds = [config.default].flat();
      const manifest = manifestOf(folder);
      expect(disagreements(builds, manifest)).toEqual([]);
      for (const file of [...builtFiles(builds).library.values()].flat())
        expect(existsSync(join(PACKAGES, folder, file)), `${folder}/${file}`).toBe(true);
    },
  );

  it("would be caught with an entry not exported, an export not built, or a program exported", () => {
    // `_split` only shapes the chunks: built, never exported, and no disagreement.
    const lib: Options = {
      entry: { index: "src/index.ts", extra: "src/extra.ts", _split: "src/split.ts" },
      format: ["esm", "cjs"],
      dts: true,
    };
    const program: Options = { entry: { cli: "src/cli.ts" }, format: ["esm"] };
    const manifest: Manifest = {
      name: "x",
      main: "./dist/index.cjs",
      exports: {
        ".": {
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
          require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
        },
        "./gone": { import: "./dist/gone.js" },
        "./cli": "./dist/cli.js",
      },
    };
    expect(disagreements([lib, program], manifest)).toEqual([
      "dist/gone.js is in package.json but not built",
      "the entry extra builds dist/extra.js, which exports does not name",
      "the entry extra builds dist/extra.d.ts, which exports does not name",
      "the entry extra builds dist/extra.cjs, which exports does not name",
      "the entry extra builds dist/extra.d.cts, which exports does not name",
      "dist/cli.js is a program, run rather than imported, yet exported",
    ]);
  });
});
