/**
 * Checks the program's weekly measures and feedback rules in
 * `curriculum.yaml`, as conditions are checked in lessons: each measure
 * names an item of the check-in lesson of the right kind; each feedback
 * rule has its own id and a condition in the feedback language that reads
 * only measures the program configures. Problems inside a condition point
 * at the characters at fault, with a did-you-mean hint for misspelled names.
 * Messages are plain text (every channel shows or speaks them as they are)
 * and, together, should read at the curriculum's grade.
 *
 * @module
 */

import { checkFeedbackCondition, measureItemProblem, type Block, type Item, type Lesson, type ProgramMeasures } from '@copekit/schema';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { placeInValue } from '../lower/attribute-place.js';
import { didYouMean } from '../lower/did-you-mean.js';
import { checkReadability } from '../readability/index.js';
import type { LessonEntry } from './lesson-checks.js';
import type { ManifestSource } from './manifest.js';

/** Characters that would be markup on some channel (Markdown, HTML, MDX): messages are shown and spoken as they are. */
const markup = /[*_`#<>[\]{}|\\]/;

const measureKeys: readonly (keyof ProgramMeasures)[] = ['pain', 'practised', 'practiceMinutes', 'activityMinutes', 'sleepQuality'];

/**
 * Reports problems of `program.measures` and `program.feedback` on `file`
 * (curriculum.yaml).
 *
 * @example
 * checkFeedback(manifest, byId, fileOf('curriculum.yaml'), 6);
 */
export function checkFeedback(manifest: ManifestSource, byId: ReadonlyMap<string, LessonEntry>, file: VFile, maxReadingGrade: number): void {
  const program = manifest.manifest?.program;
  if (program === undefined) return;
  const checkIn = program.checkIn === undefined ? undefined : byId.get(program.checkIn)?.lowered.lesson;
  for (const key of measureKeys) {
    const ref = program.measures?.[key];
    if (ref === undefined) continue;
    const problem = measureProblem(key, ref, program.checkIn, checkIn);
    if (problem !== undefined) report(file, { ruleId: 'program-measure', ...problem, place: manifest.locate(['program', 'measures', key]) });
  }
  const seen = new Set<string>();
  program.feedback?.forEach((rule, index) => {
    if (seen.has(rule.id)) {
      report(file, {
        ruleId: 'duplicate-id',
        reason: `Two feedback rules have the id \`${rule.id}\`.`,
        place: manifest.locate(['program', 'feedback', index, 'id']),
        fix: 'Give each feedback rule its own id: records name the rule chosen by it.',
      });
    }
    seen.add(rule.id);
    const mark = markup.exec(rule.message);
    if (mark !== null) {
      report(file, {
        ruleId: 'feedback-message',
        reason: `The message of feedback rule \`${rule.id}\` contains \`${mark[0]}\`: messages are plain text, shown and spoken as they are.`,
        place: manifest.locate(['program', 'feedback', index, 'message']),
        fix: 'Write the message as plain sentences, without Markdown, HTML or braces.',
      });
    }
    if (rule.when === undefined) return;
    const path = ['program', 'feedback', index, 'when'];
    const span = manifest.span(path);
    for (const { kind, message, fix, start, end } of checkFeedbackCondition(rule.when, program.measures)) {
      const place = span === undefined ? manifest.locate(path) : placeInValue(span, rule.when, start, end);
      report(file, { ruleId: kind === 'syntax' ? 'feedback-syntax' : 'feedback-reference', reason: message, place, fix });
    }
  });
  const finding = checkReadability((program.feedback ?? []).map((rule) => rule.message).join('\n\n'), maxReadingGrade);
  if (finding !== undefined) {
    report(file, {
      ruleId: 'readability',
      reason: `The weekly feedback messages read at grade ${finding.grade} (target ${maxReadingGrade}).${finding.hardest === undefined ? '' : ` Hardest sentence: "${finding.hardest.replaceAll(/\s+/g, ' ').trim()}".`}`,
      place: manifest.locate(['program', 'feedback']),
      fix: 'Use shorter sentences and everyday words.',
      severity: 'warning',
    });
  }
}

/** Why the measure `key` cannot be read from `ref`, or `undefined` when it can. */
function measureProblem(key: keyof ProgramMeasures, ref: string, checkInId: string | undefined, checkIn: Lesson | undefined): { reason: string; fix: string } | undefined {
  if (checkInId === undefined) {
    return { reason: `\`program.measures.${key}\` is read from the daily check-in, but the program has none.`, fix: 'Set `program.checkIn` to the id of the check-in lesson.' };
  }
  // A check-in lesson that does not exist or does not compile is reported on its own.
  if (checkIn === undefined) return undefined;
  const [lesson, item, ...rest] = ref.split('.');
  if (lesson !== checkInId || item === undefined || rest.length > 0) {
    return { reason: `\`program.measures.${key}\` is \`${ref}\`, not an item of the check-in lesson.`, fix: `Write it as \`${checkInId}.<item id>\`.` };
  }
  const items = itemsOf(checkIn);
  const found = items.get(item);
  if (found === undefined) {
    return {
      reason: `\`program.measures.${key}\` names \`${item}\`, which is not an item of \`${checkInId}\`.`,
      fix: didYouMean(item, items.keys(), `Use the id of an item of \`${checkInId}\`.`),
    };
  }
  const problem = measureItemProblem(key, found);
  return problem === undefined ? undefined : { reason: problem, fix: `Point \`program.measures.${key}\` at another item, or change the item.` };
}

/** Every answerable item of a lesson by id, inside `<Show>` and instruments too. */
function itemsOf(lesson: Lesson): Map<string, Item> {
  const items = new Map<string, Item>();
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'item') items.set(block.id, block);
      else if (block.type === 'instrument') for (const item of block.items) items.set(item.id, item);
      else if (block.type === 'show') visit(block.blocks);
    }
  };
  for (const step of lesson.steps) visit(step.blocks);
  return items;
}
