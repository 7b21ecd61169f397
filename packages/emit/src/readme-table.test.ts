import { readFileSync } from "node:fs";
import { ERROR_CODE_LIST, ERRORS, isErrorCode } from "@errata/catalog";
import { describe, expect, it } from "vitest";
import { BEGIN, codeTable, END, withCodeTable } from "./readme-table.js";

const README = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

/** The README's table rows, read as a person reads them. */
function readmeRows(): Map<string, { type: string; status: number; retry: string }> {
  const section = README.slice(README.indexOf(BEGIN), README.indexOf(END));
  const rows = new Map<string, { type: string; status: number; retry: string }>();
  for (const [, code, type, status, retry] of section.matchAll(
    /^\| \[`([a-z0-9_]+)`\]\([^)]*\) \| `([a-z_]+)` \| (\d+) \| `([a-z_]+)` \|/gm,
  )) {
    rows.set(code!, { type: type!, status: Number(status), retry: retry! });
  }
  return rows;
}

describe("the README's table of codes", () => {
  it("lists every code once, with the catalogue's type, status and retry policy", () => {
    const rows = readmeRows();
    expect([...rows.keys()]).toEqual([...ERROR_CODE_LIST]);
    for (const [code, row] of rows) {
      expect(isErrorCode(code)).toBe(true);
      if (isErrorCode(code))
        expect(row).toEqual({ type: ERRORS[code].type, status: ERRORS[code].status, retry: ERRORS[code].retry });
    }
  });

  it("names the other APIs that send each code, marking the ones that send it without its code", () => {
    const section = README.slice(README.indexOf(BEGIN), README.indexOf(END));
    for (const code of ERROR_CODE_LIST) {
      const line = section.split("\n").find((row) => row.startsWith(`| [\`${code}\`]`)) ?? "";
      const cell = line.split(" | ").at(-1)!.replace(/ \|$/, "");
      const { apis, withoutCode = [] } = ERRORS[code];
      expect(cell, code).toBe(
        apis.map((api) => `\`${api}\`${withoutCode.includes(api) ? " (no `code`)" : ""}`).join(", "),
      );
      expect(apis.length > 0, code).toBe(cell !== "");
    }
    expect(section).toContain("| `imessage` (no `code`) |");
  });

  it("is the generated section as the build writes it (run `pnpm build` when this fails)", () => {
    expect(withCodeTable(README)).toBe(README);
  });
});

describe("withCodeTable", () => {
  it("replaces only what stands between the fences", () => {
    const text = `intro\n${BEGIN}\nold rows\n${END}\noutro\n`;
    expect(withCodeTable(text)).toBe(`intro\n${BEGIN}\n${codeTable()}\n${END}\noutro\n`);
  });

  it("refuses a file without the fences rather than writing nowhere", () => {
    expect(() => withCodeTable("no table here")).toThrowError(/codes:begin/);
  });
});

describe("the README's wire contract of the four dialects", () => {
  const catalog = JSON.parse(readFileSync(new URL("../../../schemas/catalog.json", import.meta.url), "utf8")) as {
    dialects: Record<string, unknown>;
    errors: {
      code: string;
      status: number;
      message: string;
      example: object;
      without_code?: string[];
      dialect_examples: Record<string, object>;
    }[];
  };
  const entry = (code: string) => catalog.errors.find((candidate) => candidate.code === code)!;
  const section = README.slice(README.indexOf("### Four APIs, four shapes"), README.indexOf("## Using the catalogue"));
  const blocks = [...section.matchAll(/```jsonc?\n([\s\S]*?)```/g)].map((match) =>
    match[1]!
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("//"))
      .map((line) => JSON.parse(line) as object),
  );

  it("shows one code in each dialect exactly as the catalogue writes it", () => {
    const unauthorized = entry("unauthorized");
    expect(Object.keys(catalog.dialects)).toEqual(["standard", "rcs", "imessage", "sms"]);
    expect(blocks[0]).toEqual([
      unauthorized.example,
      unauthorized.dialect_examples.rcs,
      unauthorized.dialect_examples.imessage,
      unauthorized.dialect_examples.sms,
    ]);
    expect(blocks[1]).toEqual([entry("outbound_limit_reached").dialect_examples.imessage]);
  });

  it("lists every iMessage generic body with its status and exact message", () => {
    const generic = catalog.errors.filter((candidate) => candidate.without_code?.includes("imessage"));
    expect(generic.length).toBeGreaterThan(0);
    const listed = [...section.matchAll(/`([a-z_]+)`\s\((\d{3}), "([^"]+)"\)/g)].map(([, code, status, message]) => ({
      code,
      status: Number(status),
      message,
    }));
    const byStatus = (a: { status: number }, b: { status: number }) => a.status - b.status;
    expect(listed).toEqual(generic.map(({ code, status, message }) => ({ code, status, message })).sort(byStatus));
  });
});
