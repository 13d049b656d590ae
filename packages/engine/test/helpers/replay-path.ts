/**
 * Replays a generated path through the public API and checks what must hold
 * on every path: each event is accepted, the lesson completes, and no risk
 * answer skips the safety flow (the crisis step comes at once, with an alert
 * record, and the lesson only continues after an acknowledgement).
 */

import type { AnswerValue, Bundle, SessionRecord } from '@copekit/schema';
import { evaluateCondition } from '../../src/conditions/evaluate.js';
import type { MachineEvent, SessionEvent } from '../../src/events/session-event.js';
import { createSession } from '../../src/session/create-session.js';
import type { Frame } from '../../src/frame/frame-types.js';
import { manualClock } from './manual-clock.js';

/** What went wrong on a path, or `null`. */
export function replayProblem(bundle: Bundle, lessonId: string, path: readonly MachineEvent[]): string | null {
  const session = createSession(bundle, { lesson: lessonId, mode: 'guided', participant: 'paths', clock: manualClock() });
  const records: SessionRecord[] = [];
  session.onRecord((record) => records.push(record));
  const safetyId = bundle.curriculum.safety.lesson;
  const inSafetyFlow = lessonId !== safetyId;
  let awaitingAcknowledgement = false;
  for (const [index, { at: _at, ...event }] of path.entries()) {
    const before = session.getFrame();
    const sent = records.length;
    const result = session.send(event as SessionEvent);
    if (!result.accepted) return `event ${index} ${JSON.stringify(event)} was rejected: ${result.message}`;
    const after = session.getFrame();
    const written = records.slice(sent);
    if (event.type === 'answer' && isRiskAnswer(bundle, before, event.item, event.value)) {
      const alert = written.find((record) => record.type === 'safety.alert');
      if (alert === undefined) return `the risk answer ${JSON.stringify(event)} wrote no safety.alert`;
      if (before.flow === 'lesson' && inSafetyFlow) {
        if (after.flow !== 'safety' || after.step?.lesson !== safetyId) return `the risk answer ${JSON.stringify(event)} did not start the safety flow`;
        const crisis = after.blocks.find((block) => block.type === 'crisis');
        if (crisis === undefined || crisis.resources.length === 0) return `the safety flow opened without crisis resources after ${JSON.stringify(event)}`;
        awaitingAcknowledgement = true;
      } else if (after.flow !== before.flow) {
        return `a risk answer inside the safety flow re-entered it`;
      }
    }
    if (event.type === 'acknowledge') awaitingAcknowledgement = false;
    if (awaitingAcknowledgement && after.flow === 'lesson') return `the lesson continued without an acknowledgement after ${JSON.stringify(event)}`;
    if (written.some((record) => record.type === 'lesson.completed') && awaitingAcknowledgement) return 'the lesson completed inside the safety flow';
  }
  const final = session.getFrame();
  if (final.status !== 'completed') return `the path ended at ${final.step?.id} (${final.status}), not completed`;
  if (records.at(-1)?.type !== 'lesson.completed') return 'the last record is not lesson.completed';
  return null;
}

function isRiskAnswer(bundle: Bundle, frame: Frame, item: string, value: AnswerValue): boolean {
  const lesson = bundle.lessons.find((candidate) => candidate.id === frame.step?.lesson)!;
  const found = lesson.steps
    .flatMap((step) => step.blocks)
    .flatMap(function items(block): import('@copekit/schema').Item[] {
      if (block.type === 'item') return [block];
      if (block.type === 'instrument') return block.items;
      return block.type === 'show' ? block.blocks.flatMap(items) : [];
    })
    .find((candidate) => candidate.id === item);
  return found?.risk !== undefined && evaluateCondition(found.risk, (ref) => (ref.item === item ? value : undefined));
}
