/**
 * The mock server on its own: `@errata/server/mock`.
 *
 * @module
 */
export { type MockServer, type MockServerOptions, startMockServer } from "./mock.js";
