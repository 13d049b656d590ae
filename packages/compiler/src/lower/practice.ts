/**
 * Lowers `<Practice id title minutes>` and its `<Cue at="m:ss">` children:
 * cue times in seconds, strictly increasing and within the practice's length;
 * cue text as plain spoken text.
 *
 * @module
 */

import type { Cue, PracticeBlock } from '@copekit/schema';
import { report } from '../diagnostics.js';
import { readAttributes, type Attributes } from './attributes.js';
import { specOf } from './component-specs.js';
import { componentChildren, flowChildren, type JsxElement } from './jsx.js';
import { toPlainText } from './plain-text.js';
import { reportStrayChild } from './placement.js';
import { lowerFlowList } from './prose.js';
import type { LessonState } from './state.js';

/** Lowers a `<Practice>`. */
export function lowerPractice(node: JsxElement, attributes: Attributes, state: LessonState): PracticeBlock | undefined {
  const id = attributes.string('id');
  const title = attributes.string('title');
  const minutes = attributes.number('minutes');
  if (id !== undefined) state.items.add(state.file, id, node.position);
  const cues = readCues(node, minutes, state);
  if (!attributes.valid || id === undefined || title === undefined || minutes === undefined || cues === undefined) {
    return undefined;
  }
  state.patientText.push(title, ...cues.map((cue) => cue.text));
  return { type: 'practice', id, title, minutes, cues };
}

/** The cues, or `undefined` when any is invalid (reported). */
function readCues(node: JsxElement, minutes: number | undefined, state: LessonState): Cue[] | undefined {
  const cues: Cue[] = [];
  let valid = true;
  for (const child of componentChildren(node)) {
    if ('other' in child || child.element.name !== 'Cue') {
      reportStrayChild(state.file, 'other' in child ? child.other : child.element, 'Practice', 'Cue');
      valid = false;
      continue;
    }
    const cue = readCue(child.element, cues.at(-1), minutes, state);
    if (cue === undefined) valid = false;
    else cues.push(cue);
  }
  return valid ? cues : undefined;
}

const time = /^(\d+):([0-5]\d)$/;

function readCue(node: JsxElement, previous: Cue | undefined, minutes: number | undefined, state: LessonState): Cue | undefined {
  const attributes = readAttributes(node, specOf('Cue'), state.file);
  const at = attributes.string('at');
  const text = cueText(node, state);
  if (at === undefined || !attributes.valid) return undefined;
  const fail = (reason: string, fix: string): undefined => {
    report(state.file, { ruleId: 'attribute-value', reason, place: attributes.place('at') ?? node.position, fix });
    return undefined;
  };
  const match = time.exec(at);
  // The schema's pattern for `at` is the same; a mismatch is reported there.
  if (match === null) return undefined;
  const seconds = Number(match[1]) * 60 + Number(match[2]);
  if (previous !== undefined && seconds <= previous.at) {
    return fail(`Cue at ${at} does not come after the cue before it (at ${formatTime(previous.at)}).`, 'Write cues in time order, each later than the one before.');
  }
  if (minutes !== undefined && seconds > minutes * 60) {
    return fail(`Cue at ${at} is after the end of the ${minutes}-minute practice.`, `Use a time up to ${formatTime(minutes * 60)}, or raise \`minutes\`.`);
  }
  if (text === '') return fail(`Cue at ${at} has no text.`, 'Write what to say between `<Cue …>` and `</Cue>`.');
  return { at: seconds, text };
}

/** The plain text of a cue's children (inline or block). */
function cueText(node: JsxElement, state: LessonState): string {
  return toPlainText(lowerFlowList(flowChildren(node), state.file, 'Cue'));
}

/** `m:ss`. */
function formatTime(seconds: number): string {
  const rest = seconds % 60;
  return `${Math.floor(seconds / 60)}:${rest < 10 ? '0' : ''}${rest}`;
}
