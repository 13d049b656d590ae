/**
 * Frames: plain JSON render intents. A frame says what to show and what the
 * participant may do now; it holds no DOM, no functions and no class
 * instances, so any channel (web, chat, terminal, voice) can render it.
 *
 * @module
 */

import type {
  ChoiceOption,
  CrisisResource,
  Cue,
  DeliveryMode,
  Flow,
  FlowContent,
  LessonKind,
  ScalePoint,
  SessionStatus,
  ThoughtRecordAnswer,
  ThoughtRecordField,
} from '@copekit/schema';
import type { PracticeEventType, PracticeStatus } from '../practice/practice-progress.js';

/**
 * Who a frame is for. Coach notes appear only in coach frames of guided sessions.
 *
 * @example
 * ```ts
 * session.getFrame({ audience: 'coach' });
 * ```
 */
export type Audience = 'participant' | 'coach';

/**
 * Session-level actions a frame may allow.
 *
 * @example
 * ```ts
 * const canGoOn = frame.actions.includes('next');
 * ```
 */
export type FrameAction = 'next' | 'back' | 'acknowledge' | 'exit' | 'resume';

/**
 * What to render now.
 *
 * @example
 * ```ts
 * const frame: Frame = session.getFrame();
 * for (const block of frame.blocks) render(block);
 * ```
 */
export interface Frame {
  /** `active`, `exited` (only `resume` is allowed) or `completed`. */
  status: SessionStatus;
  audience: Audience;
  mode: DeliveryMode;
  /** The session's lesson. */
  lesson: { id: string; title: string; kind: LessonKind };
  /** `safety` while the safety flow runs; the step then belongs to the safety lesson. */
  flow: Flow;
  /** The current step, or `null` once the lesson is completed. */
  step: FrameStep | null;
  /** Share of the lesson's steps before the current one (0 to 1; 1 when completed). */
  progress: number;
  /** Visible content in order; `<Show>` blocks are resolved (hidden ones dropped, shown ones inlined). */
  blocks: FrameBlock[];
  /** Session actions allowed now: sending any other is rejected with `not-allowed-now` or `required-unanswered`. */
  actions: FrameAction[];
  /** Required visible items still unanswered, which keep `next` (or `acknowledge`) out of `actions`. */
  missing: string[];
  /** The first visible unanswered item, for channels that ask one question at a time. */
  focus: string | null;
}

/**
 * The current step.
 *
 * @example
 * ```ts
 * const heading = frame.step ? `${frame.step.title ?? ''} (${frame.step.index + 1}/${frame.step.count})` : 'Done';
 * ```
 */
export interface FrameStep {
  id: string;
  title?: string;
  /** Index from 0 among the `count` steps of the step's lesson. */
  index: number;
  count: number;
  /** Id of the lesson the step belongs to (the safety lesson during the safety flow). */
  lesson: string;
}

/**
 * A block of a frame.
 *
 * @example
 * ```ts
 * switch (block.type) {
 *   case 'item':
 *     return renderItem(block);
 *   case 'crisis':
 *     return renderCrisis(block.resources, block.statement);
 * }
 * ```
 */
export type FrameBlock =
  | FrameProse
  | FrameItemBlock
  | FrameInstrument
  | FramePractice
  | FrameHomework
  | FrameCoachNote
  | FrameCrisis;

/**
 * Markdown content as a serializable tree, plus plain text for voice and SMS.
 *
 * @example
 * ```ts
 * speak(block.type === 'prose' ? block.text : '');
 * ```
 */
export interface FrameProse {
  type: 'prose';
  content: FlowContent[];
  text: string;
}

/**
 * An answerable item.
 *
 * @example
 * ```ts
 * if (block.type === 'item' && block.kind === 'rating') slider(block.constraints.min, block.constraints.max, block.value);
 * ```
 */
export type FrameItemBlock = { type: 'item' } & FrameItem;

/**
 * Whether an item is answered.
 *
 * @example
 * ```ts
 * const done = item.status !== 'unanswered';
 * ```
 */
export type ItemStatus = 'unanswered' | 'answered' | 'skipped';

/** Fields every frame item has. */
interface FrameItemOf<K extends string, C, V> {
  kind: K;
  id: string;
  label: string;
  /** Optional items may be skipped (`skip`) and never block `next`. */
  optional: boolean;
  /** What the answer must satisfy; see `validateAnswer` rules in the docs. */
  constraints: C;
  /** The current answer, or `null`. */
  value: V | null;
  status: ItemStatus;
}

/**
 * An item as a frame shows it, by kind.
 *
 * @example
 * ```ts
 * if (item.kind === 'choice' && item.constraints.multiple) checkboxes(item.constraints.options, item.value);
 * ```
 */
export type FrameItem =
  | FrameItemOf<'rating', { min: number; max: number; minLabel?: string; maxLabel?: string }, number>
  | FrameItemOf<'scale', { points: ScalePoint[] }, number>
  | FrameItemOf<'choice', { multiple: boolean; options: ChoiceOption[] }, string | string[]>
  | FrameItemOf<'text', { maxLength?: number }, string>
  | FrameItemOf<'number', { min?: number; max?: number; unit?: string; integer: boolean }, number>
  | FrameItemOf<'thought-record', { fields: ThoughtRecordField[] }, ThoughtRecordAnswer>;

/**
 * An instrument: its items in order, and its score once all are answered.
 *
 * @example
 * ```ts
 * if (block.type === 'instrument' && block.score) showScore(block.score.value, block.score.band?.label);
 * ```
 */
export interface FrameInstrument {
  type: 'instrument';
  /** Block id (conditions refer to the score by it). */
  id: string;
  /** Instrument id. */
  ref: string;
  title: string;
  instructions?: string;
  items: FrameItem[];
  /** `null` until every item is answered. */
  score: { value: number; band: { id: string; label: string } | null; positive: boolean | null } | null;
}

/**
 * A guided practice with its timing, read from the session's clock.
 *
 * @example
 * ```ts
 * if (block.type === 'practice') showCue(block.cues[block.cue]?.text, block.elapsed);
 * ```
 */
export interface FramePractice {
  type: 'practice';
  id: string;
  title: string;
  minutes: number;
  /** Cues with `at` in seconds from the start. */
  cues: Cue[];
  status: PracticeStatus;
  /** Seconds practised so far. */
  elapsed: number;
  /** Index of the latest cue reached, or -1 before the first (and before the start). */
  cue: number;
  /** Practice events allowed now. */
  actions: PracticeEventType[];
}

/**
 * Practice assigned until the next session.
 *
 * @example
 * ```ts
 * if (block.type === 'homework') plan(block.skill, block.times, block.per, block.days);
 * ```
 */
export interface FrameHomework {
  type: 'homework';
  id: string;
  skill: string;
  per: 'day' | 'week';
  times: number;
  days: number;
  content: FlowContent[];
  text: string;
}

/**
 * A note for the coach (coach frames of guided sessions only).
 *
 * @example
 * ```ts
 * if (block.type === 'coach-note') sidebar(block.text);
 * ```
 */
export interface FrameCoachNote {
  type: 'coach-note';
  content: FlowContent[];
  text: string;
}

/**
 * Crisis resources for the session's region, with the not-a-crisis-service statement.
 *
 * @example
 * ```ts
 * if (block.type === 'crisis') for (const resource of block.resources) link(resource.label, resource.href);
 * ```
 */
export interface FrameCrisis {
  type: 'crisis';
  /** The region shown: the session's, or the curriculum's default when it has none for it. */
  region: { id: string; name: string };
  statement: string;
  resources: CrisisResource[];
}
