import type { Condition } from '@copekit/schema';
import { describe as group, expect, test } from 'vitest';
import { checkCondition } from './check.js';
import { parseCondition } from './parse.js';
import type { ConditionScope } from './scope.js';
import { mark, sampleScope } from './test-helpers.js';

/** Problems of a condition in the sample lesson: range marked, rule, reason and fix. */
function problems(source: string, scope: ConditionScope = sampleScope): string {
  const parsed = parseCondition(source);
  if (!('condition' in parsed)) throw new Error(parsed.error.message);
  return checkCondition(parsed.condition, source, scope)
    .map(({ ruleId, reason, fix, start, end }) => `${mark(source, start, end)}\n${ruleId}: ${reason}\nfix: ${fix}`)
    .join('\n\n');
}

group('checkCondition: valid conditions', () => {
  test('accepts well-typed references to items asked earlier', () => {
    const valid = [
      'pain-now >= 7',
      '7 <= pain-now and phq-9 < 10',
      'pain-now > -1.5',
      "mood == 'low' or 'good' != mood",
      "note == 'tired' and note != ''",
      "includes(overdo, 'yard') and not includes(overdo, 'chores')",
      'answered(record) and answered(overdo) and answered(note)',
      'pacing-basics.goal-minutes >= 10',
      'pain-now != phq-9',
    ];
    expect(valid.map((source) => problems(source))).toEqual(valid.map(() => ''));
  });
});

group('checkCondition: references', () => {
  test('reports unknown items, suggesting a close id', () => {
    expect(problems('pain-nw >= 7 or answered(sleep)')).toMatchInlineSnapshot(`
      "pain-nw >= 7 or answered(sleep)
      ^^^^^^^
      condition-reference: This lesson has no item \`pain-nw\`.
      fix: Did you mean \`pain-now\`?

      pain-nw >= 7 or answered(sleep)
                               ^^^^^
      condition-reference: This lesson has no item \`sleep\`.
      fix: Use the id of an item asked earlier in this lesson, or \`lesson-id.item-id\` for another lesson's item."
    `);
  });

  test('reports items of another lesson that it does not have', () => {
    expect(problems('pacing-basics.goal-minuts > 1 and pacing-basics.mood == 1')).toMatchInlineSnapshot(`
      "pacing-basics.goal-minuts > 1 and pacing-basics.mood == 1
      ^^^^^^^^^^^^^^^^^^^^^^^^^
      condition-reference: Lesson \`pacing-basics\` has no item \`goal-minuts\`.
      fix: Did you mean \`pacing-basics.goal-minutes\`?

      pacing-basics.goal-minuts > 1 and pacing-basics.mood == 1
                                        ^^^^^^^^^^^^^^^^^^
      condition-reference: Lesson \`pacing-basics\` has no item \`mood\`.
      fix: Check the item's id in lesson \`pacing-basics\`."
    `);
  });

  test('reports unknown lessons, suggesting a close lesson id', () => {
    expect(problems('pacing-basic.goal-minutes > 1 or answered(sleep-well.hours)')).toMatchInlineSnapshot(`
      "pacing-basic.goal-minutes > 1 or answered(sleep-well.hours)
      ^^^^^^^^^^^^^^^^^^^^^^^^^
      unknown-lesson: There is no lesson \`pacing-basic\` (in \`pacing-basic.goal-minutes\`).
      fix: Did you mean \`pacing-basics.goal-minutes\`?

      pacing-basic.goal-minutes > 1 or answered(sleep-well.hours)
                                                ^^^^^^^^^^^^^^^^
      unknown-lesson: There is no lesson \`sleep-well\` (in \`sleep-well.hours\`).
      fix: Use the id of a lesson of this curriculum, as in \`lesson-id.item-id\`."
    `);
  });

  test('reports items asked later in the lesson', () => {
    expect(problems('sleep-hours < 5 or answered(sleep-hours)')).toMatchInlineSnapshot(`
      "sleep-hours < 5 or answered(sleep-hours)
      ^^^^^^^^^^^
      condition-reference: \`sleep-hours\` is asked later in this lesson, so it has no answer yet at this point.
      fix: Move this condition after the item, or refer to an item asked before it.

      sleep-hours < 5 or answered(sleep-hours)
                                  ^^^^^^^^^^^
      condition-reference: \`sleep-hours\` is asked later in this lesson, so it has no answer yet at this point.
      fix: Move this condition after the item, or refer to an item asked before it."
    `);
  });

  test('reports every reference in every part of the condition, in text order', () => {
    expect(problems('not (a == 1 or includes(b, \'x\')) and answered(c)').split('\n\n').map((block) => block.split('\n')[2])).toEqual([
      'condition-reference: This lesson has no item `a`.',
      'condition-reference: This lesson has no item `b`.',
      'condition-reference: This lesson has no item `c`.',
    ]);
  });
});

group('checkCondition: types', () => {
  test('reports a number item compared with text', () => {
    expect(problems("pain-now >= 'high'")).toMatchInlineSnapshot(`
      "pain-now >= 'high'
                  ^^^^^^
      condition-type: \`pain-now\` has a number as its answer, but is compared with the text 'high'.
      fix: Compare it with a number, like \`pain-now >= 7\`."
    `);
  });

  test('reports a choice or a text answer compared with a number', () => {
    expect(problems('mood == 3 or 2 < note')).toMatchInlineSnapshot(`
      "mood == 3 or 2 < note
              ^
      condition-type: \`mood\` is a single choice: its answer is one of its option values ('low', 'ok' and 'good'), not a number.
      fix: Compare it with an option value in quotes, like \`mood == 'low'\`.

      mood == 3 or 2 < note
                   ^
      condition-type: \`note\` is a text answer, but is compared with the number 2.
      fix: Compare it with text in quotes, like \`note == 'value'\`."
    `);
  });

  test('reports two items with different kinds of answer, and two fixed values of different kinds', () => {
    expect(problems("pain-now == mood or 1 == '1'")).toMatchInlineSnapshot(`
      "pain-now == mood or 1 == '1'
      ^^^^^^^^^^^^^^^^
      condition-type: \`pain-now\` (a number) is compared with \`mood\` (a single choice); their answers can never match.
      fix: Compare items that have the same kind of answer, or compare each with a value.

      pain-now == mood or 1 == '1'
                          ^^^^^^^^
      condition-type: This compares a number with text; they can never match.
      fix: Compare an item with a value, like \`pain-now >= 7\`."
    `);
  });

  test('reports `<` and `>` on text', () => {
    expect(problems("mood > 'low' or note <= 'z' or 'a' < 'b'")).toMatchInlineSnapshot(`
      "mood > 'low' or note <= 'z' or 'a' < 'b'
      ^^^^^^^^^^^^
      condition-type: \`>\` compares numbers, but \`mood\` is a single choice.
      fix: Use \`==\` or \`!=\` to compare text.

      mood > 'low' or note <= 'z' or 'a' < 'b'
                      ^^^^^^^^^^^
      condition-type: \`<=\` compares numbers, but \`note\` is a text answer.
      fix: Use \`==\` or \`!=\` to compare text.

      mood > 'low' or note <= 'z' or 'a' < 'b'
                                     ^^^^^^^^^
      condition-type: \`<\` compares numbers, but both sides are text.
      fix: Use \`==\` or \`!=\` to compare text."
    `);
  });

  test('reports a value that is not an option of a single choice, naming the options', () => {
    expect(problems("mood == 'lo' or 'sad' != mood")).toMatchInlineSnapshot(`
      "mood == 'lo' or 'sad' != mood
              ^^^^
      condition-type: 'lo' is not an option of \`mood\`. Its options are 'low', 'ok' and 'good'.
      fix: Did you mean 'low'?

      mood == 'lo' or 'sad' != mood
                      ^^^^^
      condition-type: 'sad' is not an option of \`mood\`. Its options are 'low', 'ok' and 'good'.
      fix: Use one of its option values."
    `);
  });

  test('reports `includes` on an item with one answer', () => {
    expect(problems("includes(mood, 'low') or includes(pain-now, '7')")).toMatchInlineSnapshot(`
      "includes(mood, 'low') or includes(pain-now, '7')
      ^^^^^^^^^^^^^^^^^^^^^
      condition-type: \`includes\` checks items that allow several answers, but \`mood\` (a single choice) has one answer.
      fix: Use \`mood == 'low'\`.

      includes(mood, 'low') or includes(pain-now, '7')
                               ^^^^^^^^^^^^^^^^^^^^^^^
      condition-type: \`includes\` checks items that allow several answers, but \`pain-now\` (a number) has one answer.
      fix: Compare it with a number, like \`pain-now >= 7\`."
    `);
  });

  test('reports `includes` with a value that is not an option', () => {
    expect(problems("includes(overdo, 'yrd')")).toMatchInlineSnapshot(`
      "includes(overdo, 'yrd')
                       ^^^^^
      condition-type: 'yrd' is not an option of \`overdo\`. Its options are 'chores', 'yard' and 'walking'.
      fix: Did you mean 'yard'?"
    `);
  });

  test('reports `==` and `!=` on a multiple choice, suggesting `includes`', () => {
    expect(problems("overdo == 'yard' or overdo != 'yard' or overdo > 1")).toMatchInlineSnapshot(`
      "overdo == 'yard' or overdo != 'yard' or overdo > 1
      ^^^^^^^^^^^^^^^^
      condition-type: \`overdo\` is a multiple choice: its answer is a list of options, so it cannot be compared with \`==\`.
      fix: Use \`includes(overdo, 'chores')\` to check whether an option was chosen.

      overdo == 'yard' or overdo != 'yard' or overdo > 1
                          ^^^^^^^^^^^^^^^^
      condition-type: \`overdo\` is a multiple choice: its answer is a list of options, so it cannot be compared with \`!=\`.
      fix: Use \`not includes(overdo, 'chores')\` to check that an option was not chosen.

      overdo == 'yard' or overdo != 'yard' or overdo > 1
                                              ^^^^^^^^^^
      condition-type: \`overdo\` is a multiple choice: its answer is a list of options, so it cannot be compared with \`>\`.
      fix: Use \`includes(overdo, 'chores')\` to check whether an option was chosen."
    `);
  });

  test('reports anything but `answered` on a thought record', () => {
    expect(problems("record == 'x' or includes(record, 'x') or 1 < record")).toMatchInlineSnapshot(`
      "record == 'x' or includes(record, 'x') or 1 < record
      ^^^^^^
      condition-type: \`record\` is a thought record: conditions can only check whether it was answered.
      fix: Use \`answered(record)\`.

      record == 'x' or includes(record, 'x') or 1 < record
                       ^^^^^^^^^^^^^^^^^^^^^
      condition-type: \`record\` is a thought record: conditions can only check whether it was answered.
      fix: Use \`answered(record)\`.

      record == 'x' or includes(record, 'x') or 1 < record
                                                    ^^^^^^
      condition-type: \`record\` is a thought record: conditions can only check whether it was answered.
      fix: Use \`answered(record)\`."
    `);
  });

  test('checks both sides of a comparison, even when one side is already wrong', () => {
    expect(problems('record == overdo or missing != record')).toMatchInlineSnapshot(`
      "record == overdo or missing != record
      ^^^^^^
      condition-type: \`record\` is a thought record: conditions can only check whether it was answered.
      fix: Use \`answered(record)\`.

      record == overdo or missing != record
      ^^^^^^^^^^^^^^^^
      condition-type: \`overdo\` is a multiple choice: its answer is a list of options, so it cannot be compared with \`==\`.
      fix: Use \`includes(overdo, 'chores')\` to check whether an option was chosen.

      record == overdo or missing != record
                          ^^^^^^^
      condition-reference: This lesson has no item \`missing\`.
      fix: Use the id of an item asked earlier in this lesson, or \`lesson-id.item-id\` for another lesson's item.

      record == overdo or missing != record
                                     ^^^^^^
      condition-type: \`record\` is a thought record: conditions can only check whether it was answered.
      fix: Use \`answered(record)\`."
    `);
  });

  test('checks types of items asked later, after reporting their order', () => {
    expect(problems("sleep-hours == 'long'")).toMatchInlineSnapshot(`
      "sleep-hours == 'long'
      ^^^^^^^^^^^
      condition-reference: \`sleep-hours\` is asked later in this lesson, so it has no answer yet at this point.
      fix: Move this condition after the item, or refer to an item asked before it.

      sleep-hours == 'long'
                     ^^^^^^
      condition-type: \`sleep-hours\` has a number as its answer, but is compared with the text 'long'.
      fix: Compare it with a number, like \`sleep-hours == 7\`."
    `);
  });
});

group('checkCondition: trees without offsets', () => {
  test('reports over the whole source when the tree was not parsed from it', () => {
    const tree: Condition = { type: 'answered', ref: { item: 'missing' } };
    expect(checkCondition(tree, 'answered(missing)', sampleScope)).toEqual([
      {
        ruleId: 'condition-reference',
        reason: 'This lesson has no item `missing`.',
        fix: "Use the id of an item asked earlier in this lesson, or `lesson-id.item-id` for another lesson's item.",
        start: 0,
        end: 17,
      },
    ]);
  });

  test('reports over the whole source for a copied tree', () => {
    const parsed = parseCondition("mood == 'sad'");
    if (!('condition' in parsed)) throw new Error('expected a condition');
    const copy = structuredClone(parsed.condition);
    expect(checkCondition(copy, "mood == 'sad'", sampleScope).map(({ start, end }) => [start, end])).toEqual([[0, 13]]);
    expect(checkCondition(parsed.condition, "mood == 'sad'", sampleScope).map(({ start, end }) => [start, end])).toEqual([[8, 13]]);
  });
});
