/**
 * Drives an engine session to the end as a participant would: answers every
 * required item it shows (with the given answers, or a calm default), then
 * moves on, acknowledging the crisis screen if one appears.
 */

import type { AnswerValue, FrameItem, Session } from '@copekit/engine';

/** A calm answer to `item`: the lowest rating, the first option, a few words. */
export function defaultAnswer(item: FrameItem): AnswerValue {
  switch (item.kind) {
    case 'rating':
      return item.constraints.min;
    case 'scale':
      return item.constraints.points[0]!.value;
    case 'number':
      return item.constraints.min ?? 0;
    case 'choice': {
      const first = item.constraints.options[0]!.value;
      return item.constraints.multiple ? [first] : first;
    }
    case 'text':
      return 'A few words.';
    case 'thought-record':
      return Object.fromEntries(item.constraints.fields.map((field) => [field.id, field.kind === 'rating' ? (field.min ?? 0) : 'A few words.']));
  }
}

/**
 * Answers and moves through `session` until it is completed. `answers` gives
 * the value of items by id (also optional ones); other required items get
 * `defaultAnswer`. `beforeMove`, if given, runs before each move to the next
 * step (a simulated participant reading the step, say). Throws when the
 * session gets stuck or refuses an answer.
 */
export function completeSession(session: Session, answers: Readonly<Record<string, AnswerValue>> = {}, beforeMove?: () => void): void {
  for (let turn = 0; turn < 500; turn++) {
    if (session.getFrame().status === 'completed') return;
    answerShown(session, answers);
    const next = session.getFrame();
    const action = next.actions.includes('acknowledge') ? 'acknowledge' : next.actions.includes('next') ? 'next' : undefined;
    if (action === undefined) throw new Error(`${session.lesson}: stuck at step \`${next.step?.id}\` (missing ${next.missing.join(', ')})`);
    beforeMove?.();
    const result = session.send({ type: action });
    if (!result.accepted) throw new Error(`${session.lesson}: \`${action}\` refused: ${result.message}`);
  }
  throw new Error(`${session.lesson}: not completed after 500 turns`);
}

/** Answers the required (or given) unanswered items of the current step, including those an answer reveals. */
function answerShown(session: Session, answers: Readonly<Record<string, AnswerValue>>): void {
  const tried = new Set<string>();
  for (;;) {
    const frame = session.getFrame();
    const items = frame.blocks.flatMap((block) => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []));
    const item = items.find((one) => one.status === 'unanswered' && !tried.has(one.id) && (!one.optional || Object.prototype.hasOwnProperty.call(answers, one.id)));
    if (item === undefined) return;
    tried.add(item.id);
    const given = Object.prototype.hasOwnProperty.call(answers, item.id);
    const result = session.send({ type: 'answer', item: item.id, value: given ? answers[item.id]! : defaultAnswer(item) });
    if (!result.accepted) throw new Error(`${session.lesson}: answer to \`${item.id}\` refused: ${result.message}`);
  }
}
