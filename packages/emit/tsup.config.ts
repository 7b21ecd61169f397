import { defineConfig } from "tsup";
import { libraryBuild, programBuild } from "../../tsup.shared.js";

export default defineConfig([
  libraryBuild({ index: "src/index.ts" }),
  programBuild({ cli: "src/cli.ts" }, { banner: { js: "#!/usr/bin/env node" } }),
]);
