/**
 * Reads a number from a reply: `7`, `7/10`, `7 out of 10`, `1,500`,
 * `20 minutes`. Anything else is not guessed at.
 *
 * @module
 */

/** What a number reply must fit. */
export interface NumberShape {
  /** Only whole numbers. */
  integer: boolean;
  /** The top of a rating scale: `7/10` and `7 out of 10` are accepted only with this denominator. */
  scaleMax?: number;
  /** A unit the reply may name after the number, e.g. `minutes`. */
  unit?: string;
}

/** A number read from a reply, or why none could be. */
export type NumberReading = { value: number } | { problem: 'unclear' | 'not-whole' | 'other-scale' };

const plain = /^-?\d+(?:\.\d+)?$/;
const thousands = /^\d{1,3}(?:,\d{3})+$/;

/**
 * Reads the number in a normalized reply.
 *
 * @example
 * ```ts
 * readNumber('7/10', { integer: true, scaleMax: 10 }); // => { value: 7 }
 * readNumber('7/5', { integer: true, scaleMax: 10 }); // => { problem: 'other-scale' }
 * readNumber('about 7', { integer: true }); // => { problem: 'unclear' }
 * ```
 */
export function readNumber(normalized: string, shape: NumberShape): NumberReading {
  const scaled = /^(\S+)\s*(?:\/|\bout of\b)\s*(\S+)$/.exec(normalized);
  if (scaled !== null) {
    const [numerator, denominator] = [toNumber(scaled[1]!), toNumber(scaled[2]!)];
    if (shape.scaleMax === undefined || numerator === null || denominator === null) return { problem: 'unclear' };
    if (denominator !== shape.scaleMax) return { problem: 'other-scale' };
    return whole(numerator, shape);
  }
  return whole(toNumber(withoutUnit(normalized, shape.unit)), shape);
}

function whole(value: number | null, shape: NumberShape): NumberReading {
  if (value === null) return { problem: 'unclear' };
  if (shape.integer && !Number.isInteger(value)) return { problem: 'not-whole' };
  return { value };
}

function toNumber(text: string): number | null {
  if (plain.test(text)) return Number(text);
  if (thousands.test(text)) return Number(text.replaceAll(',', ''));
  return null;
}

/** The reply without a trailing unit word (`20 minutes`, `1 minute`). */
function withoutUnit(normalized: string, unit: string | undefined): string {
  if (unit === undefined) return normalized;
  const match = /^(\S+)\s+(.+)$/.exec(normalized);
  if (match === null) return normalized;
  const word = match[2]!;
  const lower = unit.toLowerCase();
  return word === lower || `${word}s` === lower || word === `${lower}s` ? match[1]! : normalized;
}
