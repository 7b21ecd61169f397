import { afterEach, describe, expect, it, vi } from "vitest";

// No code is deprecated today: stub one entry of the catalogue's table, as a later release would ship it.
vi.mock("@errata/catalog", async (importOriginal) => {
  const original = await importOriginal<typeof import("@errata/catalog")>();
  const errors = {
    ...original.ERRORS,
    unauthorized: {
      ...original.ERRORS.unauthorized,
      deprecated: { replacement: "invalid_api_key", reason: "it does not say what is wrong with the key" },
    },
  };
  // ERROR_INFO is the same table as ERRORS, typed for a wide index: one object, as the catalogue ships it.
  return { ...original, ERRORS: errors, ERROR_INFO: errors };
});

const { createError } = await import("./error.js");
const { setDeprecationLogger } = await import("./deprecation.js");

describe("deprecated codes", () => {
  afterEach(() => {
    setDeprecationLogger();
    vi.restoreAllMocks();
  });

  it("warn once per code through the configured logger, naming the reason and the replacement", () => {
    const log = vi.fn();
    setDeprecationLogger(log);
    createError("unauthorized");
    createError("unauthorized");
    createError("invalid_api_key");
    expect(log).toHaveBeenCalledTimes(1);
    const [code, deprecation, message] = log.mock.calls[0]!;
    expect(code).toBe("unauthorized");
    expect(deprecation).toEqual({
      replacement: "invalid_api_key",
      reason: "it does not say what is wrong with the key",
    });
    expect(message).toMatch(
      /"unauthorized" is deprecated: it does not say what is wrong with the key\. Raise "invalid_api_key" instead\./,
    );
  });

  it("go to process.emitWarning by default, as a DeprecationWarning, and a failing logger does not break raising", async () => {
    vi.resetModules();
    const fresh = await import("./error.js");
    const emit = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    fresh.createError("unauthorized");
    fresh.createError("unauthorized");
    expect(emit).toHaveBeenCalledTimes(1);
    expect(emit.mock.calls[0]![1]).toMatchObject({ type: "DeprecationWarning", code: "ERRATA_DEPRECATED_CODE" });

    vi.resetModules();
    const again = await import("./error.js");
    const { setDeprecationLogger: set } = await import("./deprecation.js");
    set(() => {
      throw new Error("logger down");
    });
    expect(again.createError("unauthorized").code).toBe("unauthorized");
    set();
  });
});
