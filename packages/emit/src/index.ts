/**
 * Emits the catalogue as files: JSON Schema (draft 2020-12) of the wire body and `catalog.json`.
 * The `errata` command line is built on it.
 *
 * @module
 */
export { type Artifacts, schemaArtifacts, staleArtifacts, writeArtifacts } from "./artifacts.js";
export type { Command } from "./command.js";
export { commands } from "./commands/index.js";
export { runCli } from "./dispatch.js";
export { jsonSchemas, schemaId } from "./json-schema.js";
