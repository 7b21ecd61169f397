import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    web: "src/web.ts",
    node: "src/node.ts",
    express: "src/express.ts",
    fastify: "src/fastify.ts",
    mock: "src/mock-entry.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  // Shared chunks in both formats, so each entry of one format shares one ErrataError class.
  splitting: true,
  target: "node20",
});
