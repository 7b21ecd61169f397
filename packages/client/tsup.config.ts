import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(
  libraryBuild({
    index: "src/index.ts",
    // Reaches `fromResponse`'s modules and not the parse core: the build then keeps them in chunks
    // apart from the parse core's, which `fromResponse` imports on demand.
    fetch: "src/fetch.ts",
    zod: "src/zod.ts",
    // Not an entry of the package (see CHUNK_ENTRY in tsup.shared.ts): the error class sets its
    // prototype's `name` at the top level, a statement esbuild keeps in any chunk it is in; in a
    // chunk of its own, a bundle that never uses the class leaves the whole file out.
    "_response-error": "src/response-error.ts",
  }),
);
