/**
 * A scope of ids that must be unique (step ids of a lesson; item, practice,
 * homework and instrument block ids of a lesson). A repeated id is reported
 * at the repeat, naming the line and column of the first use.
 *
 * @module
 */

import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';

/** Ids seen so far in one scope, with where each was first used. */
export class IdScope {
  readonly #what: string;
  readonly #scope: string;
  readonly #seen = new Map<string, Position | undefined>();

  /**
   * @param what What the ids name, for messages: `step`, `item`.
   * @param scope Where they must be unique, for messages.
   */
  constructor(what: string, scope = 'the lesson') {
    this.#what = what;
    this.#scope = scope;
  }

  /**
   * Adds `id`. Returns `false` (and reports `duplicate-id`) when it was
   * already used in this scope.
   */
  add(file: VFile, id: string, place: Position | undefined): boolean {
    if (!this.#seen.has(id)) {
      this.#seen.set(id, place);
      return true;
    }
    const first = this.#seen.get(id);
    report(file, {
      ruleId: 'duplicate-id',
      reason: `Duplicate ${this.#what} id \`${id}\`: already used at ${where(first?.start)}.`,
      place,
      fix: `Give this ${this.#what} an id that is not used elsewhere in ${this.#scope}.`,
    });
    return false;
  }

  /** Whether `id` was added. */
  has(id: string): boolean {
    return this.#seen.has(id);
  }
}

/** `line:column`, or `another place` when unknown. */
export function where(point: Point | undefined): string {
  return point === undefined ? 'another place' : `${point.line}:${point.column}`;
}
