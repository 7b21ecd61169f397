import { REQUEST_ID_PATTERN } from "@errata/catalog";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateRequestId, isRequestId, requestIdFrom } from "./request-id.js";

describe("request IDs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("generates req_ and 24 base62 characters, different each time", () => {
    const ids = new Set(Array.from({ length: 2000 }, generateRequestId));
    expect(ids.size).toBe(2000);
    for (const id of ids) {
      expect(id).toMatch(REQUEST_ID_PATTERN);
      expect(id).toHaveLength(28);
    }
  });

  it("draws from crypto.getRandomValues and redraws bytes that would bias the alphabet", () => {
    // Bytes 248..255 would map onto the first eight characters twice; they must be skipped.
    const spy = vi.spyOn(crypto, "getRandomValues").mockImplementation((array) => {
      if (!(array instanceof Uint8Array)) throw new TypeError("expected the Uint8Array generateRequestId draws into");
      for (let i = 0; i < array.length; i++) array[i] = i % 2 === 0 ? 255 : 61;
      return array;
    });
    const id = generateRequestId();
    expect(spy).toHaveBeenCalled();
    // Only the 61s were used: base62 digit 61 is "z".
    expect(id).toBe(`req_${"z".repeat(24)}`);
  });

  it("keeps a well-formed incoming ID and replaces anything else", () => {
    expect(requestIdFrom("req_abcdefghijkl")).toBe("req_abcdefghijkl");
    for (const bad of [
      undefined,
      null,
      "",
      "abc",
      "req_short",
      "req_has-dash-inside",
      ["req_abcdefghijkl"],
      `req_${"a".repeat(129)}`,
    ]) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad);
      expect(isRequestId(id)).toBe(true);
    }
  });
});
