/**
 * Reads the pending changesets (`.changeset/*.md`) and the bump they declare for one package.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ErrataBaseError } from "@errata/catalog";
import { type Bump, isBump, maxBump } from "../bump.js";

/** One pending changeset: its file and the bump it declares for each package. */
export interface PendingChangeset {
  readonly file: string;
  readonly releases: ReadonlyMap<string, Bump>;
}

/** Thrown when a changeset cannot be read; the message names the file. */
export class ChangesetReadError extends ErrataBaseError {
  declare readonly name: "ChangesetReadError";
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}
Object.defineProperty(ChangesetReadError.prototype, "name", {
  value: "ChangesetReadError",
  writable: true,
  configurable: true,
});

/**
 * The releases a changeset's frontmatter declares: lines such as `"@errata/catalog": minor`
 * between two `---` lines. Throws a {@link ChangesetReadError} on a malformed frontmatter.
 */
export function parseChangeset(text: string, file: string): PendingChangeset {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n?---/.exec(text);
  if (!match)
    throw new ChangesetReadError(file, 'no frontmatter (expected `---` lines around `"package": bump` entries).');
  const releases = new Map<string, Bump>();
  for (const raw of match[1]!.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const entry = /^(["']?)(.+?)\1\s*:\s*(["']?)([a-z]+)\3$/.exec(line);
    if (!entry || !isBump(entry[4])) {
      throw new ChangesetReadError(
        file,
        `cannot read frontmatter line ${JSON.stringify(line)} (expected \`"package": major|minor|patch|none\`).`,
      );
    }
    releases.set(entry[2]!, entry[4]);
  }
  return { file, releases };
}

/** Every pending changeset of a `.changeset` folder (its README and config are not changesets). */
export function readChangesets(dir: string): PendingChangeset[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new ChangesetReadError(dir, "no such folder.");
    throw new ChangesetReadError(
      dir,
      `cannot list the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
  }
  return names
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return parseChangeset(readFileSync(file, "utf8"), file);
    });
}

/** The largest bump the changesets declare for `pkg`; `none` when none names it. */
export function declaredBump(changesets: readonly PendingChangeset[], pkg: string): Bump {
  return maxBump(changesets.flatMap((c) => (c.releases.has(pkg) ? [c.releases.get(pkg)!] : [])));
}
