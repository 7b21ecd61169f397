import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(
  libraryBuild({
    index: "src/index.ts",
    zod: "src/zod.ts",
    file: "src/file.ts",
    checks: "src/checks.ts",
    compact: "src/compact.ts",
    policy: "src/policy.ts",
  }),
);
