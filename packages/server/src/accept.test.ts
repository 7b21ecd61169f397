import { describe, expect, it } from "vitest";
import { preferredForm } from "./accept.js";

describe("preferredForm", () => {
  it("sends the wire contract's JSON when there is no Accept header or it does not mention problem+json", () => {
    expect(preferredForm(undefined)).toBe("json");
    expect(preferredForm(null)).toBe("json");
    expect(preferredForm("")).toBe("json");
    expect(preferredForm("*/*")).toBe("json");
    expect(preferredForm("application/json")).toBe("json");
    expect(preferredForm("text/html, application/xhtml+xml")).toBe("json");
  });

  it("sends problem details when problem+json weighs more than JSON", () => {
    expect(preferredForm("application/problem+json")).toBe("problem");
    expect(preferredForm("Application/Problem+JSON")).toBe("problem");
    expect(preferredForm("application/problem+json, application/json;q=0.9")).toBe("problem");
    expect(preferredForm("application/json;q=0.5, application/problem+json;q=0.8")).toBe("problem");
    expect(preferredForm("application/problem+json;q=0.1")).toBe("problem");
  });

  it("keeps JSON on a tie or when JSON weighs more", () => {
    expect(preferredForm("application/json, application/problem+json")).toBe("json");
    expect(preferredForm("application/problem+json;q=0.5, application/json")).toBe("json");
    expect(preferredForm("application/problem+json;q=0.5, */*")).toBe("json");
  });

  it("weighs each type by its most specific range, not by the first or the highest", () => {
    // application/* gives JSON 0.2; the exact range gives problem+json 0.3.
    expect(preferredForm("application/*;q=0.2, application/problem+json;q=0.3")).toBe("problem");
    // problem+json is refused outright by its exact range, whatever the wildcard says.
    expect(preferredForm("*/*, application/problem+json;q=0")).toBe("json");
    expect(preferredForm("application/problem+json;q=0, application/json;q=0")).toBe("json");
  });

  it("ignores ranges with malformed weights, and other parameters", () => {
    expect(preferredForm("application/problem+json;q=2, application/json;q=0.5")).toBe("json");
    expect(preferredForm("application/problem+json;q=abc")).toBe("json");
    expect(preferredForm("application/problem+json; charset=utf-8; q=0.9, application/json;q=0.8")).toBe("problem");
    expect(preferredForm("problem, ;;, /")).toBe("json");
  });
});
