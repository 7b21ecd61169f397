import { defineConfig } from "tsup";
import { libraryBuild } from "../../tsup.shared.js";

export default defineConfig(
  libraryBuild(
    {
      index: "src/index.ts",
      web: "src/web.ts",
      node: "src/node.ts",
      express: "src/express.ts",
      fastify: "src/fastify.ts",
      mock: "src/mock-entry.ts",
    },
    // Shared chunks in both formats, so each entry of one format shares one ErrataError class.
    { splitting: true },
  ),
);
