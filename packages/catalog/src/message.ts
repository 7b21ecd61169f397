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
 * Renders a template with the error's fields. A placeholder whose field is absent is left as it
 * stands, so a missing value shows rather than vanishing.
 */
export function renderMessage(template: string, fields: Readonly<Record<string, unknown>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}
