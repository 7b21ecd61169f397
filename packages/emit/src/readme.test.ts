import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERRORS, ERROR_CODE_LIST, isErrorCode } from "@errata/catalog";
import { BEGIN, END, codeTable, withCodeTable } from "./readme.js";

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
