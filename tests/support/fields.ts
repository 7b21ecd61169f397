// Every field name the catalogue knows, for property tests that replace or add fields.
export { FIELD_NAMES } from "../../packages/conformance/src/arbitraries.js";
