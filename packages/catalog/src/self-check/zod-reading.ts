/**
 * What the rules read of a field's zod schema: its description, whether it may be absent, and the
 * values of an enum.
 *
 * @module
 */
import * as z from "zod";

/** The description of a field, looking through `.optional()`. */
export function describedAs(schema: z.ZodType): string | undefined {
  return (
    schema.description ?? (schema instanceof z.ZodOptional ? describedAs(schema.unwrap() as z.ZodType) : undefined)
  );
}

/** Whether a field may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** The values of an enum field (optional or not); none for a field of another kind. */
export function enumValuesOf(schema: z.ZodType): string[] {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : [];
}
