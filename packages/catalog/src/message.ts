/**
 * Message templates: `{name}` placeholders stand for fields of the error.
 *
 * @module
 */

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/** The field names a template's placeholders refer to, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] as string))];
}

/**
 * The template split at its placeholders: literal text at even indexes, field names at odd ones, so a
 * renderer called once a message joins the parts without matching the template again.
 */
export function templateParts(template: string): string[] {
  return template.split(PLACEHOLDER);
}

/**
 * Renders a template with the error's fields. A placeholder whose field is absent is left as it
 * stands, so a missing value shows rather than vanishing.
 */
export function renderMessage(template: string, fields: Readonly<Record<string, unknown>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(fields, name) ? fields[name] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}

/** The templates of a code: its more specific variants first, then its message. */
export interface MessageTemplates {
  readonly message: string;
  readonly messageVariants?: readonly string[];
}

/**
 * The template that fits the fields: the first variant whose placeholders all have a value, or
 * else the code's message (whose placeholders name required fields).
 */
export function templateFor(templates: MessageTemplates, fields: Readonly<Record<string, unknown>>): string {
  for (const variant of templates.messageVariants ?? []) {
    const names = placeholdersOf(variant);
    if (names.every((name) => Object.hasOwn(fields, name) && fields[name] !== undefined && fields[name] !== null)) {
      return variant;
    }
  }
  return templates.message;
}
