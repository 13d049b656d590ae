/**
 * Changes to practices (title, minutes, cues), homework (skill, dose, text)
 * and placed instruments (which instrument, instructions).
 *
 * @module
 */

import type { Cue, HomeworkBlock, InstrumentBlock, PracticeBlock } from '@copekit/schema';
import { sameJson } from '../../json/canonical-json.js';
import { formatTime } from '../../time.js';
import { compareText, compareValue, record, within, type ChangeContext } from '../change-context.js';
import { diffList } from '../diff-list.js';
import { matchBy } from '../match.js';
import { diffItem } from './diff-item.js';

/** Records the changes between two versions of a practice. */
export function diffPractice(context: ChangeContext, was: PracticeBlock, now: PracticeBlock): void {
  compareText(context, 'practice', 'title', was.title, now.title);
  compareValue(context, 'practice', 'minutes', was.minutes, now.minutes);
  const cues = matchBy(was.cues, now.cues, (cue) => String(cue.at));
  const removed = [...cues.removed];
  const added: Cue[] = [];
  for (const cue of cues.added) {
    const retimed = removed.shift();
    if (retimed === undefined) added.push(cue);
    else {
      const here = within(context, `cue:${formatTime(cue.at)}`);
      record(here, { op: 'changed', subject: 'cue', field: 'at', before: formatTime(retimed.at), after: formatTime(cue.at) });
      compareText(here, 'cue', 'text', retimed.text, cue.text);
    }
  }
  for (const cue of removed) record(context, { op: 'removed', subject: 'cue', segment: `cue:${formatTime(cue.at)}`, before: cue });
  for (const cue of added) record(context, { op: 'added', subject: 'cue', segment: `cue:${formatTime(cue.at)}`, after: cue });
  for (const [old, next] of cues.pairs) compareText(within(context, `cue:${formatTime(next.at)}`), 'cue', 'text', old.text, next.text);
}

/** Records the changes between two versions of a homework assignment. */
export function diffHomework(context: ChangeContext, was: HomeworkBlock, now: HomeworkBlock): void {
  compareValue(context, 'homework', 'skill', was.skill, now.skill);
  compareValue(context, 'homework', 'per', was.per, now.per);
  compareValue(context, 'homework', 'times', was.times, now.times);
  compareValue(context, 'homework', 'days', was.days, now.days);
  compareText(context, 'homework', 'text', was.text, now.text);
  if (was.text === now.text && !sameJson(was.content, now.content)) record(context, { op: 'changed', subject: 'homework', field: 'markup', before: was.content, after: now.content });
}

/**
 * Records the changes of a placed instrument: which instrument, its
 * instructions, and its items as placed (labels, points, risk rules). The
 * definition's own changes are reported under Instruments as well.
 */
export function diffInstrumentBlock(context: ChangeContext, was: InstrumentBlock, now: InstrumentBlock): void {
  compareValue(context, 'instrument-block', 'ref', was.ref, now.ref);
  compareText(context, 'instrument-block', 'instructions', was.instructions, now.instructions);
  diffList(context, was.items, now.items, { subject: 'item', key: (item) => item.id, segment: (item) => `item:${item.id}`, compare: diffItem });
}
