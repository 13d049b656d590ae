/**
 * `readability`: the patient-facing text of each step (prose, labels, option
 * labels, cue text, homework text; never coach notes) should read at or
 * below the curriculum's grade (6 by default).
 *
 * @module
 */

import { report } from '../diagnostics.js';
import { checkReadability, readabilityMessage } from '../readability/index.js';
import type { JsxElement } from './jsx.js';
import type { LessonState } from './state.js';

/**
 * Warns when the text gathered while lowering the step `node` reads above
 * the maximum grade.
 */
export function checkStepReadability(node: JsxElement, id: string | undefined, state: LessonState): void {
  const maxGrade = state.context.maxReadingGrade;
  const finding = checkReadability(state.patientText.join('\n\n'), maxGrade);
  if (finding === undefined) return;
  const { reason, fix } = readabilityMessage(id ?? '', finding, maxGrade);
  report(state.file, { ruleId: 'readability', reason, place: node.position, fix, severity: 'warning' });
}
