/**
 * The rules on sources: every part of an entry, and of a type, is given by a quoted statement of a
 * reference document, or explained as the catalogue's own.
 *
 * @module
 */
import { renderMessage, templateFor } from "../message.js";
import type { ErrorDefinition, LegacyDialect, Source, SourcePart, TypeDefinition } from "../types.js";
import type { AddProblem } from "./problems.js";
import { isOptional } from "./zod-reading.js";

/** The reference documents an entry may cite. */
const SEED_IDS: readonly string[] = ["000", "001", "002", "003", "004"];

/** What every claim must have, an entry's or a type's: a known document and a statement from it. */
function checkClaim(claim: { readonly seed: string; readonly says: string }, add: AddProblem): void {
  if (!SEED_IDS.includes(claim.seed)) {
    add(
      "source-seed",
      `a claim cites "${claim.seed}", which is not one of the reference documents ${SEED_IDS.join(", ")}.`,
    );
  }
  if (typeof claim.says !== "string" || claim.says.trim() === "")
    add("source-seed", `a claim of ${claim.seed} quotes no statement.`);
}

/** The parts of an entry whose origin its source must give. */
function partsOf(def: ErrorDefinition): SourcePart[] {
  const fields = Object.entries(def.fields ?? {});
  return [
    "code",
    "type",
    "status",
    "message",
    "description",
    "fix",
    ...(def.messageVariants?.length ? (["messageVariants"] as const) : []),
    ...(def.retry !== undefined ? (["retry"] as const) : []),
    ...(def.retryAfter !== undefined ? (["retryAfter"] as const) : []),
    ...(def.retryAfterFrom !== undefined ? (["retryAfterFrom"] as const) : []),
    ...(Array.isArray(def.apis) ? (def.apis as readonly LegacyDialect[]).map((api) => `api:${api}` as const) : []),
    ...fields.map(([name]) => `field:${name}` as const),
    ...fields.filter(([, schema]) => !isOptional(schema)).map(([name]) => `required:${name}` as const),
  ];
}

/** The parts the entry's claims give, each claim checked: its document, its parts, its message. */
function claimedParts(def: ErrorDefinition, known: ReadonlySet<string>, add: AddProblem): Set<string> {
  const given = new Set<string>();
  for (const claim of def.source.seeds) {
    checkClaim(claim, add);
    if (!claim.gives?.length) add("source-seed", `the claim "${claim.says}" gives no part of the entry.`);
    for (const part of claim.gives ?? []) {
      if (!known.has(part))
        add("source-part", `seed ${claim.seed} is said to give "${part}", which is not a part of this entry.`);
      given.add(part);
    }
    if (claim.message !== undefined) checkSeedMessage(def, claim.seed, claim.message, add);
  }
  return given;
}

/** Where a document shows a body, the example renders its message verbatim. */
function checkSeedMessage(def: ErrorDefinition, seed: string, message: string, add: AddProblem): void {
  const example = def.example as Record<string, unknown>;
  const rendered = renderMessage(templateFor(def, example), example);
  if (rendered !== message)
    add("seed-message", `seed ${seed} shows the message "${message}", but the example renders "${rendered}".`);
}

/** The catalogue's own reasons: each names a part of the entry, gives a reason, and no document gives it too. */
function checkOwnReasons(
  source: Source,
  known: ReadonlySet<string>,
  given: ReadonlySet<string>,
  add: AddProblem,
): void {
  for (const [part, reason] of Object.entries(source.own) as [string, string | undefined][]) {
    if (part === "entry") {
      if (source.seeds.length > 0)
        add("source-part", 'own "entry" is only for an entry no reference document mentions; name each part instead.');
    } else if (!known.has(part)) add("source-part", `own names "${part}", which is not a part of this entry.`);
    if (typeof reason !== "string" || reason.trim() === "") add("source-complete", `own "${part}" gives no reason.`);
    if (given.has(part))
      add("source-complete", `"${part}" is both given by a reference document and claimed as the catalogue's own.`);
  }
}

/** The source of an entry: each claim, each reason, and every part accounted for. */
export function checkSource(def: ErrorDefinition, add: AddProblem): void {
  const source = def.source;
  if (!source || !Array.isArray(source.seeds) || typeof source.own !== "object" || source.own === null) {
    add("source-complete", "the entry has no source: { seeds: [...], own: {...} }.");
    return;
  }
  const parts = partsOf(def);
  const known = new Set<string>(parts);
  const given = claimedParts(def, known, add);
  checkOwnReasons(source, known, given, add);
  // An entry no document mentions is the catalogue's own as a whole.
  if (Object.hasOwn(source.own, "entry") && source.seeds.length === 0) return;
  for (const part of parts) {
    if (!given.has(part) && !Object.hasOwn(source.own, part))
      add(
        "source-complete",
        `no reference document gives "${part}", and own does not say why the catalogue decided it.`,
      );
  }
}

const TYPE_PARTS = ["type", "status", "retry", "description"] as const;

/** The source of a type: the same rules over its four parts. */
export function checkTypeSource(type: TypeDefinition, add: AddProblem): void {
  const source = type.source;
  if (!source || !Array.isArray(source.seeds) || typeof source.own !== "object" || source.own === null) {
    add("source-complete", "the type has no source: { seeds: [...], own: {...} }.");
    return;
  }
  const given = new Set<string>();
  for (const claim of source.seeds) {
    checkClaim(claim, add);
    for (const part of claim.gives ?? []) {
      if (!(TYPE_PARTS as readonly string[]).includes(part))
        add("source-part", `seed ${claim.seed} is said to give "${part}", which is not a part of a type.`);
      given.add(part);
    }
  }
  for (const [part, reason] of Object.entries(source.own) as [string, string | undefined][]) {
    if (!(TYPE_PARTS as readonly string[]).includes(part))
      add("source-part", `own names "${part}", which is not a part of a type.`);
    if (typeof reason !== "string" || reason.trim() === "") add("source-complete", `own "${part}" gives no reason.`);
    if (given.has(part))
      add("source-complete", `"${part}" is both given by a reference document and claimed as the catalogue's own.`);
  }
  for (const part of TYPE_PARTS) {
    if (!given.has(part) && !Object.hasOwn(source.own, part)) {
      add(
        "source-complete",
        `no reference document gives "${part}", and own does not say why the catalogue decided it.`,
      );
    }
  }
}
