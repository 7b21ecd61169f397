/**
 * The messaging API's error contract as a conformance suite: the vectors' format, the runner that
 * holds a testee program in any language to them, and the comparison it uses.
 *
 * @module
 */
export { type Difference, differences, judge } from "./compare.js";
export { ConformanceFileError, readTestees, readVectors, VECTORS_DIR, vectorArtifacts } from "./files.js";
export {
  type Answer,
  type Expected,
  type Headers,
  OPERATIONS,
  type Operation,
  type ParseInput,
  PROTOCOL_VERSION,
  type RenderInput,
  type RenderOutput,
  type Request,
  type RetryInput,
  type RetryOutput,
  type Vector,
  type VectorsFile,
} from "./protocol.js";
export { type Failure, formatResult, type RunOptions, runTestee, type Testee, type TesteeResult } from "./runner.js";
export { VECTORS_SCHEMA } from "./vectors-schema.js";
