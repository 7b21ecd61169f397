// Copies the repository's generated schemas/ into this package's json/ folder, leaving out
// schemas/released/ (the release gate's record, not a published artefact). Run after `errata emit`
// and `errata docs`, which write schemas/; the root build and `prepack` both do.
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = fileURLToPath(new URL("../../../schemas/", import.meta.url));
const target = fileURLToPath(new URL("../json/", import.meta.url));
if (!existsSync(`${source}error.schema.json`)) {
  console.error(
    `@errata/schemas: ${source} holds no emitted schemas; run \`pnpm build\` at the repository's root first`,
  );
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true, filter: (path) => !path.startsWith(`${source}released`) });
