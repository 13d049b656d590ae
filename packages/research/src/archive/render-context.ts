/**
 * What block renderers need to know about the archive.
 *
 * @module
 */

import type { Bundle, InstrumentDefinition } from '@copekit/schema';

/** Shared facts for rendering one page. */
export interface RenderContext {
  bundle: Bundle;
  /** Instrument definitions by id. */
  instruments: ReadonlyMap<string, InstrumentDefinition>;
  /** Relative path to the archive root from the page: `''` or `'../'`. */
  root: string;
}

/** A render context for pages `root` away from the archive root. */
export function renderContext(bundle: Bundle, root: string): RenderContext {
  return { bundle, instruments: new Map(bundle.instruments.map((instrument) => [instrument.id, instrument])), root };
}
