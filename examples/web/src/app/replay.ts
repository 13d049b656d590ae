/**
 * For authors: reach any step of a lesson by running the session to it.
 * Required questions on the way take the author's earlier answer when it
 * still fits, else a placeholder; each candidate is tried on a throwaway copy
 * of the session first, so a placeholder never starts the safety flow.
 *
 * @module
 */

import type { AnswerValue, Frame, FrameItem, Session } from '@copekit/engine';

/** One answer given on the way. */
export interface ReplayAnswer {
  item: string;
  value: AnswerValue;
  /** `true` when the value is a placeholder, `false` when it is the author's earlier answer. */
  placeholder: boolean;
}

/** The outcome of {@link replayTo}. */
export interface Replay {
  session: Session;
  /** Whether the session stands at the target step. */
  reached: boolean;
  answers: ReplayAnswer[];
}

/** Creates a session: a fresh one, or one restored from `snapshot`. */
export type SessionFactory = (snapshot?: unknown) => Session;

/**
 * Runs a new session to the lesson step `target`.
 *
 * @example
 * ```ts
 * const { session, reached } = replayTo((snapshot) => createSession(bundle, { ...options, snapshot }), 'sleep', {});
 * ```
 */
export function replayTo(create: SessionFactory, target: string, earlier: Readonly<Record<string, AnswerValue>>): Replay {
  const session = create();
  const answers: ReplayAnswer[] = [];
  for (;;) {
    let frame = session.getFrame();
    const step = frame.step;
    if (frame.status !== 'active' || frame.flow !== 'lesson' || step === null) return { session, reached: false, answers };
    if (step.id === target) return { session, reached: true, answers };
    for (let item = nextToAnswer(frame, earlier); item !== undefined; item = nextToAnswer(frame, earlier)) {
      const answer = safeAnswer(create, session, item, earlier[item.id]);
      if (answer === undefined) return { session, reached: false, answers };
      session.send({ type: 'answer', item: item.id, value: answer.value });
      answers.push({ item: item.id, ...answer });
      frame = session.getFrame();
    }
    // Never complete the lesson: a target that is not ahead stops at the last step.
    if (step.index === step.count - 1 || !session.send({ type: 'next' }).accepted) return { session, reached: false, answers };
  }
}

/** The first visible item that is required and unanswered, or optional with an earlier answer to restore. */
function nextToAnswer(frame: Frame, earlier: Readonly<Record<string, AnswerValue>>): FrameItem | undefined {
  const items = frame.blocks.flatMap((block) => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []));
  return items.find((item) => item.status === 'unanswered' && (!item.optional || earlier[item.id] !== undefined));
}

function safeAnswer(create: SessionFactory, session: Session, item: FrameItem, earlier: AnswerValue | undefined): { value: AnswerValue; placeholder: boolean } | undefined {
  const candidates = [...(earlier === undefined ? [] : [{ value: earlier, placeholder: false }]), ...placeholders(item).map((value) => ({ value, placeholder: true }))];
  const snapshot = session.getSnapshot();
  return candidates.find(({ value }) => {
    const probe = create(snapshot);
    return probe.send({ type: 'answer', item: item.id, value }).accepted && probe.getFrame().flow === 'lesson';
  });
}

/**
 * Placeholder answers for an item, in the order they are tried.
 *
 * @example
 * ```ts
 * placeholders(painRating); // [0, 1, 2, ..., 10]
 * ```
 */
export function placeholders(item: FrameItem): AnswerValue[] {
  switch (item.kind) {
    case 'rating':
      return Array.from({ length: item.constraints.max - item.constraints.min + 1 }, (_, index) => item.constraints.min + index);
    case 'scale':
      return item.constraints.points.map((point) => point.value).sort((a, b) => a - b);
    case 'choice':
      return item.constraints.options.map((option) => (item.constraints.multiple ? [option.value] : option.value));
    case 'number':
      return [item.constraints.min ?? 0, item.constraints.max ?? 0];
    case 'text':
      return ['Preview answer'.slice(0, item.constraints.maxLength ?? 100)];
    case 'thought-record':
      return [Object.fromEntries(item.constraints.fields.map((field) => [field.id, field.kind === 'rating' ? (field.min ?? 0) : 'Preview answer']))];
  }
}
