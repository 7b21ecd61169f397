// The seed bodies live with the conformance vectors, which publish them; tests read them from there.
export * from "../../packages/conformance/src/seed-bodies.js";
