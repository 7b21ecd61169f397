// Imports every package the way consumers do, by name through its `exports` map, in ESM and in
// CommonJS, and prints what it found as JSON. Run under each supported Node version.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const packages = fileURLToPath(new URL("../packages/", import.meta.url));
const report = { node: process.version, entries: [] };
const failure = (error) => `failed: ${error.message.split("\n")[0]}`;

// The npm packages: the Python and Go packages beside them have no package.json.
for (const folder of readdirSync(packages)
  .filter((name) => existsSync(`${packages}${name}/package.json`))
  .sort()) {
  const manifest = JSON.parse(readFileSync(`${packages}${folder}/package.json`, "utf8"));
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target === "string") continue; // ./package.json
    const specifier = subpath === "." ? manifest.name : `${manifest.name}${subpath.slice(1)}`;
    const esm = await import(specifier).then((module) => Object.keys(module).sort(), failure);
    let cjs;
    try {
      cjs = Object.keys(require(specifier)).sort();
    } catch (error) {
      cjs = failure(error);
    }
    report.entries.push({ specifier, esm, cjs });
  }
}

// One behaviour through the built catalogue, in both module systems.
const catalogs = [await import("@errata/catalog/zod"), require("@errata/catalog/zod")];
report.exampleValid = catalogs.map((c) => c.errorBodySchema.safeParse(c.exampleBody("outbound_limit_reached")).success);
process.stdout.write(JSON.stringify(report));
