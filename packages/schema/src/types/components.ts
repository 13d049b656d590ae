/**
 * Types of the attributes of the MDX components lessons use
 * (`schemas/components.schema.json`), after the compiler has read them: string
 * literals are strings, `{0}` is a number, `{true}` or a bare attribute is `true`.
 * Defaults (shown with `@defaultValue`) are applied by the compiler.
 *
 * @module
 */

/** `<Step id title?>`: one screen or one conversational turn. */
export interface StepAttributes {
  /** Stable kebab-case step id, unique in the lesson. */
  id: string;
  /** Optional heading. */
  title?: string;
}

/** `<Rating id label min max minLabel? maxLabel? optional? risk?/>`: an integer rating. */
export interface RatingAttributes {
  /** Stable kebab-case item id, unique in the lesson. */
  id: string;
  /** The question, as plain text. */
  label: string;
  /** Lowest rating (an integer). */
  min: number;
  /** Highest rating (an integer). */
  max: number;
  /** Label of the lowest rating. */
  minLabel?: string;
  /** Label of the highest rating. */
  maxLabel?: string;
  /** When true the participant may skip the item. @defaultValue false */
  optional?: boolean;
  /** Risk threshold on the answer, e.g. `> 0`. */
  risk?: string;
}

/** `<Choice id label multiple? optional?>` with `<Option>` children. */
export interface ChoiceAttributes {
  /** Stable kebab-case item id, unique in the lesson. */
  id: string;
  /** The question, as plain text. */
  label: string;
  /** When true several options may be chosen. @defaultValue false */
  multiple?: boolean;
  /** When true the participant may skip the item. @defaultValue false */
  optional?: boolean;
}

/** `<Option value label risk?/>`: one option of a `<Choice>`. */
export interface OptionAttributes {
  /** The value recorded when this option is chosen. */
  value: string;
  /** What the participant sees or hears. */
  label: string;
  /** When true, choosing this option triggers the safety flow. @defaultValue false */
  risk?: boolean;
}

/** `<TextEntry id label optional? maxLength?/>`: free text. */
export interface TextEntryAttributes {
  /** Stable kebab-case item id, unique in the lesson. */
  id: string;
  /** The question, as plain text. */
  label: string;
  /** When true the participant may skip the item. @defaultValue false */
  optional?: boolean;
  /** Maximum length of the answer in characters (an integer). */
  maxLength?: number;
}

/** `<NumberEntry id label min? max? unit? integer? optional? risk?/>`: a number. */
export interface NumberEntryAttributes {
  /** Stable kebab-case item id, unique in the lesson. */
  id: string;
  /** The question, as plain text. */
  label: string;
  /** Lowest accepted number. */
  min?: number;
  /** Highest accepted number. */
  max?: number;
  /** Unit shown after the input, e.g. `minutes`. */
  unit?: string;
  /** When true only whole numbers are accepted. @defaultValue false */
  integer?: boolean;
  /** When true the participant may skip the item. @defaultValue false */
  optional?: boolean;
  /** Risk threshold on the answer, e.g. `>= 10`. */
  risk?: string;
}

/** `<ThoughtRecord id label? optional?/>`: the reframing exercise. */
export interface ThoughtRecordAttributes {
  /** Stable kebab-case item id, unique in the lesson. */
  id: string;
  /** Introduction shown before the fields. */
  label?: string;
  /** When true the participant may skip the item. @defaultValue false */
  optional?: boolean;
}

/** `<Practice id title minutes>` with `<Cue>` children: a guided practice. */
export interface PracticeAttributes {
  /** Stable kebab-case id, unique among the lesson's items and practices. */
  id: string;
  /** Human title. */
  title: string;
  /** Planned length in minutes. */
  minutes: number;
}

/** `<Cue at="m:ss">`: one timed cue of a `<Practice>`. */
export interface CueAttributes {
  /** Time from the start of the practice as `m:ss`, e.g. `2:30`. */
  at: string;
}

/** `<Homework id skill per times? days?>`: practice assigned until the next session. */
export interface HomeworkAttributes {
  /** Stable kebab-case id, unique in the lesson. */
  id: string;
  /** Skill practised, kebab-case, e.g. `pmr`. */
  skill: string;
  /** The period `times` applies to. */
  per: 'day' | 'week';
  /** Times per period (an integer). @defaultValue 1 */
  times?: number;
  /** Number of days the plan runs (an integer). @defaultValue 7 */
  days?: number;
}

/** `<Instrument ref id?/>`: a scored measure. */
export interface InstrumentAttributes {
  /** Instrument id, e.g. `phq-9`. */
  ref: string;
  /** Block id; the score is referred to by it. @defaultValue the `ref` */
  id?: string;
}

/** `<Show when>`: content shown only while the condition holds. */
export interface ShowAttributes {
  /** The condition, in the condition language. */
  when: string;
}

/** `<CoachNote>` takes no attributes. */
export type CoachNoteAttributes = Record<string, never>;

/** `<Crisis />` takes no attributes. */
export type CrisisAttributes = Record<string, never>;

/** The attributes of each component, by component name. */
export interface ComponentAttributeMap {
  Step: StepAttributes;
  Rating: RatingAttributes;
  Choice: ChoiceAttributes;
  Option: OptionAttributes;
  TextEntry: TextEntryAttributes;
  NumberEntry: NumberEntryAttributes;
  ThoughtRecord: ThoughtRecordAttributes;
  Practice: PracticeAttributes;
  Cue: CueAttributes;
  Homework: HomeworkAttributes;
  Instrument: InstrumentAttributes;
  Show: ShowAttributes;
  CoachNote: CoachNoteAttributes;
  Crisis: CrisisAttributes;
}

/** The name of a component lessons may use. */
export type ComponentName = keyof ComponentAttributeMap;

/**
 * What `components.schema.json` validates: attributes keyed by component name,
 * e.g. `{ Rating: { id: 'pain-now', label: 'Pain now', min: 0, max: 10 } }`.
 */
export type ComponentAttributes = { [Name in ComponentName]?: ComponentAttributeMap[Name] };
