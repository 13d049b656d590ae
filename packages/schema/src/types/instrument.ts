/**
 * Types of instrument definitions (`curriculum/instruments/<id>.yaml`,
 * `schemas/instrument.schema.json`), copied into the bundle.
 *
 * @module
 */

/** A scored measure such as PHQ-9, or an original check-in item set. */
export interface InstrumentDefinition {
  /** Stable kebab-case id, e.g. `phq-9`. */
  id: string;
  title: string;
  /** Version of the instrument text, e.g. `1999` or `1.0`. */
  version: string;
  /** Citation of the source. */
  citation: string;
  /** Whether this is a validated instrument; original check-in items are not. */
  validated: boolean;
  licence: InstrumentLicence;
  /** Instructions read before the items, e.g. the time frame. */
  instructions?: string;
  /** Response points shared by every item of kind `scale`. */
  points?: { value: number; label: string }[];
  items: InstrumentItem[];
  scoring: InstrumentScoring;
}

/** Licence status of an instrument's text. */
export interface InstrumentLicence {
  /** `free`: text may ship; `restricted`: text ships only under a declared licence. */
  status: 'free' | 'restricted';
  /** Holder and terms as found. */
  terms: string;
}

/** One instrument item. */
export interface InstrumentItem {
  /** Kebab-case id, unique in the instrument, e.g. `q9`. */
  id: string;
  /** Item text; absent for restricted instruments without a licence. */
  text?: string;
  /** `scale`: one of the instrument's points; `rating`: an integer in [min, max]. */
  kind: 'scale' | 'rating';
  min?: number;
  max?: number;
  minLabel?: string;
  maxLabel?: string;
  /** A risk threshold on the item's value, e.g. `> 0`. */
  risk?: string;
}

/** How an instrument is scored. */
export interface InstrumentScoring {
  /** `sum` or `mean` of item values. */
  method: 'sum' | 'mean';
  min: number;
  max: number;
  /** Severity bands in ascending order; a score falls in the band with `min <= score <= max`. */
  bands?: ScoreBand[];
  /** Score at or above which a screen is positive. */
  positiveAt?: number;
}

/** A named severity band. */
export interface ScoreBand {
  id: string;
  label: string;
  min: number;
  max: number;
}
