/**
 * The mock server on its own: `@errata/server/mock`.
 *
 * @module
 */
export { startMockServer, type MockServer, type MockServerOptions } from "./mock.js";
