import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
  },
  // The runner's command line and the TypeScript testee: programs, not modules to import.
  {
    entry: { cli: "src/cli.ts", testee: "src/testee.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
  },
]);
