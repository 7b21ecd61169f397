/**
 * The catalogue's own rules. A definition that breaks one fails the build with a message that
 * names the code and the rule. The rules on an entry are in `entry-rules.ts`, those on sources in
 * `source-rules.ts`.
 *
 * @module
 */
import { CODE_PATTERN } from "../patterns.js";
import type { CatalogDefinition } from "../types.js";
import { checkEntry, checkStatus } from "./entry-rules.js";
import { type AddProblem, CatalogError, type CatalogProblem } from "./problems.js";
import { checkTypeSource } from "./source-rules.js";

export { CatalogError, type CatalogProblem, type CatalogRule } from "./problems.js";

// A generic body names no code: its API's status and message must point at one code alone.
function checkGenericBodies(catalog: CatalogDefinition, problems: CatalogProblem[]): void {
  const seen = new Map<string, string>();
  for (const [code, def] of Object.entries(catalog.errors)) {
    const status = def.status ?? catalog.types[def.type]?.status;
    for (const api of def.withoutCode ?? []) {
      const key = `${api} ${status} ${def.message}`;
      const other = seen.get(key);
      if (other !== undefined)
        problems.push({
          code,
          rule: "without-code",
          message: `${api} sends ${other} and ${code} without a code, with the same status ${status} and message: a client cannot tell them apart.`,
        });
      else seen.set(key, code);
    }
  }
}

/** Every problem of a catalogue definition; an empty list when it keeps every rule. */
export function checkCatalog(catalog: CatalogDefinition): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const adderFor =
    (code: string): AddProblem =>
    (rule, message) =>
      problems.push({ code, rule, message });
  for (const [name, type] of Object.entries(catalog.types)) {
    const add = adderFor(name);
    if (!CODE_PATTERN.test(name)) add("type-format", `the type must match ${CODE_PATTERN}.`);
    checkStatus(type.status, add);
    if (!type.description?.trim()) add("text-filled", "the type's description is empty.");
    checkTypeSource(type, add);
  }
  for (const [code, def] of Object.entries(catalog.errors)) checkEntry(code, def, catalog, adderFor(code));
  checkGenericBodies(catalog, problems);
  return problems;
}

/** Throws a {@link CatalogError} naming every broken rule. */
export function assertCatalog(catalog: CatalogDefinition): void {
  const problems = checkCatalog(catalog);
  if (problems.length > 0) throw new CatalogError(problems);
}
