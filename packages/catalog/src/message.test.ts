import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeholdersOf, renderMessage } from "./message.js";

describe("renderMessage", () => {
  it("fills each placeholder with its field", () => {
    expect(renderMessage("Reached {current} of {limit}.", { current: 35, limit: 35 })).toBe("Reached 35 of 35.");
  });

  it("leaves a placeholder whose field is absent as it stands, so the gap shows", () => {
    expect(renderMessage("Reached {current} of {limit}.", { current: 3 })).toBe("Reached 3 of {limit}.");
  });

  it("does not read inherited properties as fields", () => {
    expect(renderMessage("{constructor} {toString}", {})).toBe("{constructor} {toString}");
  });

  it("does not expand placeholders found inside field values", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(renderMessage("[{a}]", { a: value, b: "!" })).toBe(`[${value}]`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("placeholdersOf", () => {
  it("lists each field once, in order of first use", () => {
    expect(placeholdersOf("{b} {a} {b} {not-a-field}")).toEqual(["b", "a"]);
  });
});
