import { defineConfig } from "tsup";
import { libraryBuild, programBuild } from "../../tsup.shared.js";

export default defineConfig([
  libraryBuild({ index: "src/index.ts" }),
  // The runner's command line and the TypeScript testee: programs, not modules to import.
  programBuild({ cli: "src/cli.ts", testee: "src/testee.ts" }),
]);
