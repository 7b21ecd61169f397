/**
 * No implementation code indexes the precise catalogue table (`ERRORS`, or the type `typeof ERRORS`)
 * with anything but a literal code.
 *
 * Why: `ERRORS` is typed entry by entry (each code's own type, status, APIs, as literals). Indexed
 * with a wide union of codes (`ErrorCode`, a code read from a body, a generic `C extends ErrorCode`
 * once it is instantiated with `ErrorCode`), the compiler builds the union of every code's entry
 * type, intersected with `ErrorInfo`. That union grows with the catalogue, and past about 1,500
 * codes the compiler gives up with TS2590 ("Expression produces a union type that is too complex
 * to represent"): the client failed to build that way, in `fromLegacy`, on a catalogue shaped
 * unlike the benchmark's. `ERROR_INFO` is the same table typed by what every code has: index it
 * instead, at any size.
 *
 * The scan is syntactic (TypeScript's parser, no type checker): any non-literal index counts,
 * since a narrow union today is a wide one after the catalogue grows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const PACKAGES = join(ROOT, "packages");

/**
 * Files that may still index `ERRORS` with a variable, each with its reason and how many such
 * indexes it has (the test fails when the count changes, so that a fixed file leaves this list).
 */
const ALLOWED: Readonly<Record<string, { readonly count: number; readonly reason: string }>> = {};

/** Implementation sources: every package's `src`, but tests, test helpers and generated files. */
function implementationFiles(): string[] {
  const files: string[] = [];
  for (const pkg of readdirSync(PACKAGES)) {
    let names: string[];
    try {
      names = readdirSync(join(PACKAGES, pkg, "src"), { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.(c|m)?tsx?$/.test(name) || name.endsWith(".d.ts")) continue;
      if (/(^|\/)generated\//.test(name) || /(^|\/)(fixtures|test)\//.test(name)) continue;
      if (/(^|\/)[^/]*test[^/]*$/.test(name)) continue;
      files.push(join(PACKAGES, pkg, "src", name));
    }
  }
  return files;
}

/** Where `text` indexes the precise table with something other than a literal: `line: source`. */
function wideIndexes(text: string, file = "source.ts"): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  // The local names `ERRORS` goes by (it may be imported under another).
  const names = new Set(["ERRORS"]);
  for (const statement of source.statements) {
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements)
        if ((element.propertyName ?? element.name).text === "ERRORS") names.add(element.name.text);
  }
  const isTable = (node: ts.Node): boolean =>
    (ts.isIdentifier(node) && names.has(node.text)) ||
    (ts.isPropertyAccessExpression(node) && names.has(node.name.text)) ||
    (ts.isParenthesizedExpression(node) && isTable(node.expression)) ||
    (ts.isParenthesizedTypeNode(node) && isTable(node.type)) ||
    (ts.isTypeQueryNode(node) && isTable(node.exprName)) ||
    (ts.isQualifiedName(node) && names.has(node.right.text));
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${line + 1}: ${node.getText().replace(/\s+/g, " ")}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isElementAccessExpression(node) && isTable(node.expression)) {
      if (!ts.isStringLiteralLike(node.argumentExpression)) report(node);
    } else if (ts.isIndexedAccessTypeNode(node) && isTable(node.objectType)) {
      const index = node.indexType;
      if (!(ts.isLiteralTypeNode(index) && ts.isStringLiteral(index.literal))) report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("indexing the catalogue table", () => {
  it("finds a wide index, and only that (the check can fail)", () => {
    expect(wideIndexes("const info = catalogued ? ERRORS[code] : undefined;")).toEqual(["1: ERRORS[code]"]);
    expect(wideIndexes('import { ERRORS as E } from "@errata/catalog";\nE[error.code].retry;')).toEqual([
      "2: E[error.code]",
    ]);
    expect(wideIndexes("type T = (typeof ERRORS)[C]['type'];")).toEqual(["1: (typeof ERRORS)[C]"]);
    expect(wideIndexes("catalog.ERRORS[code as ErrorCode];")).toHaveLength(1);
    expect(wideIndexes('ERRORS["outbound_limit_reached"].status; ERRORS.not_found.status;')).toEqual([]);
    expect(wideIndexes('type T = (typeof ERRORS)["not_found"]; ERROR_INFO[code].type; errors[code];')).toEqual([]);
  });

  it("is never indexed with a wide union of codes by implementation code: ERROR_INFO is, at any catalogue size", () => {
    const files = implementationFiles();
    expect(files.length).toBeGreaterThan(50);
    const offending: Record<string, string[]> = {};
    for (const file of files) {
      const found = wideIndexes(readFileSync(file, "utf8"), file);
      const name = relative(ROOT, file);
      if (found.length > 0 && found.length !== ALLOWED[name]?.count) offending[name] = found;
    }
    expect(offending).toEqual({});
    // An allowance that no longer matches a file is stale: remove it.
    for (const [name, { count }] of Object.entries(ALLOWED))
      expect(wideIndexes(readFileSync(join(ROOT, name), "utf8")), name).toHaveLength(count);
  });
});
