/**
 * Frozen copies of answer values.
 *
 * @module
 */

/**
 * A frozen copy of an answer's array or object (a number `-0`, alone or in a
 * thought record, becomes `0`), so values shared by context, frames and
 * records cannot change. Any other value (such as an unchecked event's
 * `null`) is returned as is.
 *
 * @example
 * ```ts
 * const days = freezeAnswer(['mon', 'tue']); // a frozen copy
 * freezeAnswer({ intensity: -0 }); // => { intensity: 0 }, frozen
 * ```
 */
export function freezeAnswer<T>(value: T): T;
export function freezeAnswer(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return Object.freeze(value.slice());
  return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, field]) => [key, field === 0 ? 0 : field])));
}
