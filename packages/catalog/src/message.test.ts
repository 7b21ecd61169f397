import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeholdersOf, renderMessage, templateParts } from "./message.js";

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

describe("templateParts", () => {
  it("puts literal text at even indexes and field names at odd ones", () => {
    expect(templateParts("Sent {current} of {limit}.")).toEqual(["Sent ", "current", " of ", "limit", "."]);
    expect(templateParts("No placeholders {Not-one}.")).toEqual(["No placeholders {Not-one}."]);
  });

  it("joins back to what renderMessage writes, for any template and values", () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
    const piece = fc.oneof(
      fc.string().map((text) => ({ text })),
      name.map((field) => ({ field })),
    );
    fc.assert(
      fc.property(fc.array(piece), fc.dictionary(name, fc.string()), (pieces, fields) => {
        const template = pieces.map((p) => ("field" in p ? `{${p.field}}` : p.text)).join("");
        const parts = templateParts(template);
        const joined = parts
          .map((part, i) => (i % 2 === 0 ? part : Object.hasOwn(fields, part) ? fields[part] : `{${part}}`))
          .join("");
        expect(joined).toBe(renderMessage(template, fields));
        expect([...new Set(parts.filter((_, i) => i % 2 === 1))]).toEqual(placeholdersOf(template));
      }),
    );
  });
});
