import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(
  libraryBuild({
    index: "src/index.ts",
    zod: "src/zod.ts",
    // Not an entry of the package (see CHUNK_ENTRY in tsup.shared.ts): `fromResponse`'s modules, and
    // the helpers they share with the parse core, then land in chunks apart from the parse core's,
    // which `fromResponse` imports on demand.
    _response: "src/response.ts",
  }),
);
