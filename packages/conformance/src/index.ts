/**
 * The messaging API's error contract as a conformance suite: the vectors' format, the runner that
 * holds a testee program in any language to them, and the comparison it uses.
 *
 * @module
 */
export { differences, judge, type Difference } from "./compare.js";
export { ConformanceFileError, readTestees, readVectors, vectorArtifacts, VECTORS_DIR } from "./files.js";
export {
  OPERATIONS,
  PROTOCOL_VERSION,
  type Answer,
  type Expected,
  type Headers,
  type Operation,
  type ParseInput,
  type RenderInput,
  type RenderOutput,
  type Request,
  type RetryInput,
  type RetryOutput,
  type Vector,
  type VectorsFile,
} from "./protocol.js";
export { formatResult, runTestee, type Failure, type RunOptions, type Testee, type TesteeResult } from "./runner.js";
export { VECTORS_SCHEMA } from "./vectors-schema.js";
