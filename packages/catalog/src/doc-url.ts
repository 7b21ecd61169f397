/** Where the error reference lives; each code has an anchor of its own name there. */
export const DOC_BASE_URL = "https://errata.dev/docs/errors";

/** The `doc_url` of a code: its anchor in the error reference. */
export function docUrlOf(code: string, base: string = DOC_BASE_URL): string {
  return `${base}#${code}`;
}
