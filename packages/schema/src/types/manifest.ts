/**
 * Types of `curriculum/curriculum.yaml` (`schemas/curriculum.schema.json`).
 *
 * @module
 */

/** The curriculum manifest as authors write it. The version lives in `curriculum/package.json`. */
export interface CurriculumManifest {
  /** Stable curriculum id, kebab-case. */
  id: string;
  title: string;
  /** BCP 47 locale, e.g. `en-US`. */
  locale: string;
  /** Modules in display order. Lessons name one in their `module` front matter. */
  modules: ModuleDefinition[];
  program: ProgramDefinition;
  safety: SafetyDefinition;
  /** Ids of the instruments used; each is defined in `instruments/<id>.yaml`. */
  instruments: string[];
  /** Licences held for restricted instruments, allowing their item text to be embedded. */
  licences?: LicenceDeclaration[];
  crisis: CrisisConfig;
}

/** A module: a group of lessons around one skill. */
export interface ModuleDefinition {
  id: string;
  title: string;
  description?: string;
}

/** The program: which lessons make the sessions and how they unlock. */
export interface ProgramDefinition {
  /** Session lesson ids in order. */
  sessions: string[];
  /** Lesson id of the daily check-in. */
  checkIn?: string;
  /** Unlock rules per delivery mode. */
  unlock: UnlockRules;
  /** Check-in items that feed progress charts and weekly feedback, each as `lesson-id.item-id`. */
  measures?: ProgramMeasures;
  /** Weekly feedback rules: each week, the message of the highest-priority rule that holds is chosen. */
  feedback?: FeedbackRule[];
}

/**
 * Which check-in items measure what, each written `lesson-id.item-id` (an item of
 * the check-in lesson). Progress and the weekly feedback language read them as
 * `pain`, `practised`, `practice-minutes`, `activity-minutes` and `sleep-quality`.
 */
export interface ProgramMeasures {
  /** A rating or number: pain today, e.g. `daily-check-in.pain-today`. */
  pain?: string;
  /** A choice with the option `yes`: practised a skill today. */
  practised?: string;
  /** A number: minutes of skill practice today. */
  practiceMinutes?: string;
  /** A number: minutes up and active today. */
  activityMinutes?: string;
  /** A rating or number: sleep quality last night. */
  sleepQuality?: string;
}

/** One weekly feedback rule, written in `curriculum.yaml` under `program.feedback`. */
export interface FeedbackRule {
  /** Stable kebab-case id, unique among the rules; written on `feedback.chosen` records. */
  id: string;
  /**
   * The weekly condition, in the feedback language (e.g. `days(practised) >= 5`).
   * Without it the rule always holds: a fallback message.
   */
  when?: string;
  /** The message, as plain text (no markdown), read on every channel, voice included. */
  message: string;
  /** Rules with a higher priority are tried first; on a tie the one listed first wins. */
  priority: number;
}

/** When the next session opens. */
export interface UnlockRules {
  /** Self-directed delivery: the previous session is complete and `minDays` have passed since it opened. */
  selfDirected: { minDays: number };
  /** Guided delivery: a coach unlocks each session, no earlier than `minDays` after the previous one opened. */
  guided: { minDays: number; coachApproval: boolean };
}

/** The safety flow every risk answer leads to. */
export interface SafetyDefinition {
  /** Lesson id (kind `safety`) run as the safety flow. */
  lesson: string;
  /** The plain "this is not a crisis service" statement, shown with every crisis screen. */
  statement: string;
}

/** A licence a curriculum holds for a restricted instrument. */
export interface LicenceDeclaration {
  /** Instrument id. */
  instrument: string;
  /** Who granted it and its reference, e.g. a licence number. */
  licence: string;
}

/** Crisis resources per region. */
export interface CrisisConfig {
  /** Region used when the host names none. */
  defaultRegion: string;
  regions: CrisisRegion[];
}

/** The crisis resources of one region. */
export interface CrisisRegion {
  /** Region id, e.g. `us`. */
  id: string;
  name: string;
  resources: CrisisResource[];
}

/** One crisis resource. */
export interface CrisisResource {
  id: string;
  /** Short label, e.g. `Call or text 988`. */
  label: string;
  /** One sentence on when to use it. */
  description: string;
  /** How it is reached. */
  channel: 'call' | 'text' | 'chat' | 'emergency';
  /** What to dial, text or open, e.g. `988`, `838255`. */
  contact: string;
  /** A `tel:`, `sms:`, `https:` or `mailto:` link. */
  href?: string;
}
