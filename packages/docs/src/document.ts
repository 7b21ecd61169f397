/**
 * A small document model that the Markdown and the HTML renderers share, so both pages say the
 * same thing. Text is inline Markdown limited to `code`, **strong** and [links](#anchor).
 *
 * @module
 */

/** Inline Markdown: `code`, **strong**, [text](href). */
export type Inline = string;

export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3 | 4; readonly text: Inline; readonly id?: string }
  | { readonly kind: "paragraph"; readonly text: Inline }
  | { readonly kind: "list"; readonly items: readonly Inline[]; readonly ordered?: boolean }
  | { readonly kind: "facts"; readonly rows: readonly (readonly [Inline, Inline])[] }
  | {
      readonly kind: "table";
      readonly head: readonly Inline[];
      readonly rows: readonly { readonly cells: readonly Inline[]; readonly code?: string }[];
    }
  | { readonly kind: "code"; readonly language: string; readonly text: string; readonly label: Inline }
  | {
      /** The same thing in several languages, one tab each (in Markdown, one block after another). */
      readonly kind: "tabs";
      /** Unique on the page: names the tab set. */
      readonly id: string;
      readonly label: Inline;
      readonly tabs: readonly { readonly title: string; readonly language: string; readonly text: string }[];
    }
  | {
      readonly kind: "group";
      /** `general` parts hide while the filter is in use; `type` groups hide when none of their codes match. */
      readonly role: "general" | "type" | "code";
      readonly id: string;
      /** For `code` groups: the code, and the words the filter matches. */
      readonly code?: string;
      readonly search?: string;
      /** For `code` groups: what the HTML index's row of the code shows. */
      readonly summary?: { readonly title: string; readonly status: number; readonly type: string };
      readonly deprecated?: boolean;
      readonly blocks: readonly Block[];
    };

export interface Page {
  readonly title: string;
  readonly blocks: readonly Block[];
}

/** One inline token: plain text, code, strong text or a link. */
export type Token =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "code"; readonly text: string }
  | { readonly kind: "strong"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly href: string };

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits inline Markdown into tokens; anything that is not markup stays text. Strong and link texts may hold code (and strong text links), which renderers split again. */
export function tokens(text: Inline): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ kind: "text", text: text.slice(last, index) });
    if (match[1] !== undefined) out.push({ kind: "code", text: match[1] });
    else if (match[2] !== undefined) out.push({ kind: "strong", text: match[2] });
    else out.push({ kind: "link", text: match[3] as string, href: match[4] as string });
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

/** Inline Markdown as plain text: the words a reader sees, without the markup. */
export function plainText(text: Inline): string {
  return tokens(text)
    .map((token) => (token.kind === "strong" || token.kind === "link" ? plainText(token.text) : token.text))
    .join("");
}
