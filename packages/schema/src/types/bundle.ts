/**
 * Types of the compiled bundle (`schemas/bundle.schema.json`): the deterministic,
 * content-addressed JSON the compiler writes and the engine runs.
 *
 * Everything here is plain, serializable data. Ids are kebab-case and stable:
 * research data, snapshots and translations refer to them.
 *
 * @module
 */

import type { CrisisConfig, ModuleDefinition, ProgramDefinition, SafetyDefinition } from './manifest.js';
import type { InstrumentDefinition } from './instrument.js';
import type { Condition } from './condition.js';
import type { FlowContent } from './prose.js';

/** Version of the bundle format. Bumped on any breaking change to this file. */
export type BundleSchemaVersion = 1;

/** A compiled curriculum: every lesson, instrument and setting an engine needs. */
export interface Bundle {
  /** Version of the bundle format. */
  schemaVersion: BundleSchemaVersion;
  /** The curriculum this bundle was built from. */
  curriculum: CurriculumInfo;
  /** Instruments (scored measures) used by the lessons, sorted by id. */
  instruments: InstrumentDefinition[];
  /** Every lesson, sorted by id. */
  lessons: Lesson[];
  /** `sha256:<hex>` over the canonical JSON of this bundle without `hash`. */
  hash: string;
}

/** Curriculum-level facts copied from `curriculum.yaml` and `curriculum/package.json`. */
export interface CurriculumInfo {
  /** Stable curriculum id, e.g. `copekit-chronic-pain`. */
  id: string;
  /** Human title. */
  title: string;
  /** BCP 47 locale of the content, e.g. `en-US`. */
  locale: string;
  /** Semver version of the curriculum (`version` of `curriculum/package.json`). */
  version: string;
  /** Modules in declared order. */
  modules: ModuleDefinition[];
  /** The program: ordered sessions, the daily check-in and unlock rules. */
  program: ProgramDefinition;
  /** The safety flow every risk answer leads to. */
  safety: SafetyDefinition;
  /** Crisis resources per region. */
  crisis: CrisisConfig;
}

/** What a lesson is for; decides how hosts schedule it. */
export type LessonKind = 'session' | 'check-in' | 'measure' | 'safety' | 'practice';

/** One compiled lesson. */
export interface Lesson {
  /** Stable kebab-case lesson id, unique in the curriculum. */
  id: string;
  /** Human title. */
  title: string;
  /** Module id (declared in `curriculum.yaml`). */
  module: string;
  /** What the lesson is for. */
  kind: LessonKind;
  /** Session number in the program (1-based), for `kind: session`. */
  session?: number;
  /** Estimated minutes to complete. */
  minutes: number;
  /** One-line summary for menus and archives. */
  summary?: string;
  /** Learning objectives. */
  objectives: string[];
  /** Cited sources. */
  references: string[];
  /** Source path relative to the curriculum root, POSIX separators. */
  source: string;
  /** `sha256:<hex>` over the canonical JSON of this lesson without `hash`. */
  hash: string;
  /** Steps in order. */
  steps: Step[];
}

/** One screen, or one conversational turn. */
export interface Step {
  /** Stable kebab-case id, unique in the lesson. */
  id: string;
  /** Optional heading. */
  title?: string;
  /** Content in document order. */
  blocks: Block[];
}

/** Everything a step can contain. */
export type Block =
  | ProseBlock
  | ItemBlock
  | PracticeBlock
  | HomeworkBlock
  | InstrumentBlock
  | ShowBlock
  | CoachNoteBlock
  | CrisisBlock;

/** Markdown content, as a small serializable tree plus plain text for voice and SMS. */
export interface ProseBlock {
  type: 'prose';
  /** Serializable markdown tree (no positions). */
  content: FlowContent[];
  /** Plain text rendering: paragraphs separated by a blank line. */
  text: string;
}

/** An answerable item placed in a step. */
export type ItemBlock = { type: 'item' } & Item;

/** Any answerable item. `kind` says which value it takes. */
export type Item = RatingItem | ScaleItem | ChoiceItem | TextItem | NumberItem | ThoughtRecordItem;

/** Item kinds. */
export type ItemKind = Item['kind'];

/** Fields every item has. */
export interface ItemBase {
  /** Stable kebab-case id, unique in the lesson. */
  id: string;
  /** The question, as plain text. */
  label: string;
  /** When true the participant may skip the item. */
  optional: boolean;
  /**
   * When present, an answer for which this condition holds triggers the safety
   * flow. The condition refers to this item itself.
   */
  risk?: Condition;
  /** Set when the item belongs to an instrument. */
  instrument?: InstrumentItemLink;
}

/** Links an item to the instrument item it asks. */
export interface InstrumentItemLink {
  /** Instrument id, e.g. `phq-9`. */
  id: string;
  /** Item id inside the instrument, e.g. `q9`. */
  item: string;
  /** Id of the instrument block in the lesson (the score's id). */
  block: string;
}

/** Integer rating such as pain 0–10. Answer: integer in `[min, max]`. */
export interface RatingItem extends ItemBase {
  kind: 'rating';
  min: number;
  max: number;
  minLabel?: string;
  maxLabel?: string;
}

/** Integer chosen from labelled points (instrument items). Answer: one point's `value`. */
export interface ScaleItem extends ItemBase {
  kind: 'scale';
  points: ScalePoint[];
}

/** One labelled point of a scale. */
export interface ScalePoint {
  value: number;
  label: string;
}

/** Single or multiple choice. Answer: an option value, or an array of them when `multiple`. */
export interface ChoiceItem extends ItemBase {
  kind: 'choice';
  multiple: boolean;
  options: ChoiceOption[];
}

/** One option of a choice. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/** Free text. Answer: a string. */
export interface TextItem extends ItemBase {
  kind: 'text';
  /** Maximum length in characters. */
  maxLength?: number;
}

/** A number such as minutes or steps. Answer: a finite number in range. */
export interface NumberItem extends ItemBase {
  kind: 'number';
  min?: number;
  max?: number;
  /** Unit shown after the input, e.g. `minutes`. */
  unit?: string;
  /** When true only whole numbers are accepted. */
  integer: boolean;
}

/** Reframing exercise. Answer: an object keyed by field id. */
export interface ThoughtRecordItem extends ItemBase {
  kind: 'thought-record';
  /** The fields in the order they are asked. */
  fields: ThoughtRecordField[];
}

/** One field of a thought record. */
export interface ThoughtRecordField {
  /** Field id: `situation`, `thought`, `feeling`, `intensity`, `evidence-for`, `evidence-against`, `balanced-thought`, `rerated-intensity`. */
  id: string;
  kind: 'text' | 'rating';
  label: string;
  /** For ratings. */
  min?: number;
  /** For ratings. */
  max?: number;
}

/** A guided practice (relaxation, imagery) with timed cues. Answer: completion and elapsed seconds. */
export interface PracticeBlock {
  type: 'practice';
  /** Stable id, unique among the lesson's items and practices. */
  id: string;
  title: string;
  /** Planned length in minutes. */
  minutes: number;
  /** Cues in time order. */
  cues: Cue[];
}

/** A spoken or shown cue at a time offset. */
export interface Cue {
  /** Seconds from the start of the practice. */
  at: number;
  /** Plain spoken text. */
  text: string;
}

/** Practice assigned until the next session. Creates a plan in the program layer. */
export interface HomeworkBlock {
  type: 'homework';
  id: string;
  /** Skill practised, kebab-case (e.g. `pmr`, `slow-breathing`). */
  skill: string;
  /** Period the count applies to. */
  per: 'day' | 'week';
  /** Times per period. */
  times: number;
  /** Number of days the plan runs. */
  days: number;
  content: FlowContent[];
  text: string;
}

/** A scored instrument placed in a step; its items are asked in order. */
export interface InstrumentBlock {
  type: 'instrument';
  /** Block id; the instrument's score is referred to by this id in conditions. */
  id: string;
  /** Instrument id in `Bundle.instruments`. */
  ref: string;
  /** Instructions shown before the items. */
  instructions?: string;
  /** The instrument's items, with ids `<block id>-<item id>`. */
  items: Item[];
}

/** Content shown only while a condition holds. */
export interface ShowBlock {
  type: 'show';
  /** Parsed condition. */
  when: Condition;
  /** The condition as the author wrote it. */
  source: string;
  blocks: Block[];
}

/** Text for the coach in guided delivery only. */
export interface CoachNoteBlock {
  type: 'coach-note';
  content: FlowContent[];
  text: string;
}

/** Placeholder for the crisis resources of the participant's region. */
export interface CrisisBlock {
  type: 'crisis';
}
