/**
 * The JSON form of a semantic diff between two bundles. Every value is plain
 * JSON (no `undefined`, no class instances): `JSON.parse(JSON.stringify(diff))`
 * gives an equal object.
 *
 * @module
 */

/** What happened to the thing a change is about. */
export type ChangeOp = 'added' | 'removed' | 'changed' | 'moved';

/** What a change is about. */
export type ChangeSubject =
  | 'curriculum'
  | 'module'
  | 'program'
  | 'safety'
  | 'crisis-region'
  | 'crisis-resource'
  | 'instrument'
  | 'instrument-item'
  | 'point'
  | 'band'
  | 'scoring'
  | 'lesson'
  | 'step'
  | 'item'
  | 'option'
  | 'field'
  | 'condition'
  | 'show'
  | 'prose'
  | 'coach-note'
  | 'crisis'
  | 'practice'
  | 'cue'
  | 'homework'
  | 'instrument-block';

/** One piece of a word-level text diff (jsdiff `diffWords`). */
export interface WordChange {
  kind: 'same' | 'removed' | 'added';
  /** The words, with the whitespace around them. */
  text: string;
}

/** One semantic change. */
export interface Change {
  /** What happened. */
  op: ChangeOp;
  /** What it happened to. */
  subject: ChangeSubject;
  /**
   * Where, from the lesson (or instrument, or curriculum) down, as
   * `kind:id` segments: `["step:plan", "item:overdo", "option:yard"]`. Blocks
   * without ids appear as `show:<condition>`, `prose:<n>`, `coach-note:<n>`,
   * `crisis:<n>` (1-based among their kind in their container); cues as
   * `cue:<m:ss>`.
   */
  path: string[];
  /** The property that changed, for `op: 'changed'` (e.g. `label`, `min`, `risk`, `when`, `text`). */
  field?: string;
  /**
   * The old value: the removed thing for `removed`, the old property value for
   * `changed` (`null` when it was absent), the old position (1-based number)
   * or old container path (string array) for `moved`.
   */
  before?: unknown;
  /** The new value, mirroring `before`. */
  after?: unknown;
  /** Word-level diff, for changes of wording. */
  words?: WordChange[];
  /** Whether the change touches the safety flow or crisis content. */
  safety: boolean;
  /** Why the change is safety-relevant (present when `safety` is true). */
  safetyReason?: string;
}

/** Counts of changes, by operation, and of safety-relevant ones. */
export interface DiffSummary {
  /** Changes with `op: 'added'`. */
  added: number;
  /** Changes with `op: 'removed'`. */
  removed: number;
  /** Changes with `op: 'changed'`. */
  changed: number;
  /** Changes with `op: 'moved'`. */
  moved: number;
  /** Changes with `safety: true` (also counted under their operation). */
  safety: number;
  /** All changes. */
  total: number;
}

/** Which bundle a side of the diff is. */
export interface BundleIdentity {
  /** Curriculum id. */
  curriculum: string;
  /** Semver curriculum version. */
  version: string;
  /** `sha256:<hex>` bundle hash. */
  hash: string;
}

/** The changes of one lesson or instrument. */
export interface ScopeDiff {
  /** Lesson or instrument id. */
  id: string;
  /** The title in the new bundle (the old one when removed). */
  title: string;
  /** `added`/`removed` when the whole lesson or instrument is; else `changed`. */
  status: 'added' | 'removed' | 'changed';
  /** Content hashes, for lessons (`null` on the side that lacks the lesson). */
  hash?: { before: string | null; after: string | null };
  /** Counts of `changes`. */
  summary: DiffSummary;
  /** The changes, in document order (removed content first within a list). */
  changes: Change[];
}

/** A semantic diff between two bundles. */
export interface BundleDiff {
  /** Version of this diff format. */
  diffVersion: 1;
  /** The old bundle. */
  from: BundleIdentity;
  /** The new bundle. */
  to: BundleIdentity;
  /** False when the bundles have no differences at all. */
  changed: boolean;
  /** Counts over every scope. */
  summary: DiffSummary;
  /** Curriculum-level changes: version, program, unlock rules, safety, crisis resources, modules. */
  curriculum: Change[];
  /** Instruments with changes, sorted by id. */
  instruments: ScopeDiff[];
  /** Lessons with changes, sorted by id. */
  lessons: ScopeDiff[];
}
