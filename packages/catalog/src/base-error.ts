/**
 * The base of every error the Errata packages throw, so that one `instanceof` tells them from
 * anyone else's.
 *
 * @module
 */

// Marks the prototypes of Errata's errors across copies of a package: its ESM and CommonJS builds
// (each of which carries its own copy of this class), or two versions, loaded in one process.
const BRAND = Symbol.for("errata.error");

/**
 * The base of the errors the Errata packages throw. Each subclass sets `name` on its prototype, and
 * `instanceof` holds across copies of a package: an error whose prototype chain has, with the
 * brand, a class of the same name counts as an instance.
 *
 * @example
 * try { readCatalogFile(path) } catch (error) { if (error instanceof ErrataBaseError) log(error.name) }
 */
export class ErrataBaseError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class on the right of `instanceof`: this one or a subclass.
    // biome-ignore lint/complexity/noThisInStatic: the subclass asked about, not this class.
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== "object" || value === null || !(BRAND in value)) return false;
    // biome-ignore lint/complexity/noThisInStatic: the subclass asked about, not this class.
    const name = this.prototype.name;
    for (let proto = Object.getPrototypeOf(value); proto !== null; proto = Object.getPrototypeOf(proto)) {
      if (Object.hasOwn(proto, "name") && proto.name === name) return true;
    }
    return false;
  }
}

Object.defineProperty(ErrataBaseError.prototype, "name", {
  value: "ErrataBaseError",
  writable: true,
  configurable: true,
});
Object.defineProperty(ErrataBaseError.prototype, BRAND, { value: true });
