/**
 * The repository's npm packages: the folders of `packages/` that hold a `package.json` (the Python
 * and Go packages beside them have their own manifests and checks).
 *
 * @module
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGES = fileURLToPath(new URL("../../packages/", import.meta.url));

/** The folder names under `packages/` of the npm packages, sorted. */
export function npmPackageFolders(): string[] {
  return readdirSync(PACKAGES)
    .filter((name) => existsSync(join(PACKAGES, name, "package.json")))
    .sort();
}
