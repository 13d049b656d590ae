/**
 * `<Show when>` conditions: parsed to a tree, checked against the items asked
 * before them (document order), and reported at the characters at fault in
 * the file, across quotes and lines.
 */

import { describe, expect, it } from 'vitest';
import { compileWith, frontMatter, lessonMessages, testLessonPath } from '../fixture.js';

const pain = '<Rating id="pain" label="How strong is your pain?" min={0} max={10} />';
const overdo = '<Choice id="overdo" label="What do you overdo?" multiple>\n  <Option value="chores" label="Chores" />\n  <Option value="yard" label="Yard work" />\n</Choice>';
const show = (when: string) => `<Show when="${when}">\nShown.\n</Show>`;

describe('condition positions', () => {
  it('points at the characters in error, after the opening quote', () => {
    // Line 12 is `<Show when="pain >= 7 and mood > 2">`: `mood` starts at column 27.
    expect(lessonMessages(`<Step id="a">\n${pain}\n\n${show('pain >= 7 and mood > 2')}\n</Step>\n`)).toMatchInlineSnapshot(`
      [
        "12:27 condition-reference This lesson has no item \`mood\`.",
      ]
    `);
  });

  it('follows values in single quotes and across lines', () => {
    const body = `<Step id="a">\n${pain}\n\n<Show when='pain >= 7 and\n  pain == "high"'>\nShown.\n</Show>\n</Step>\n`;
    expect(lessonMessages(body)).toMatchInlineSnapshot(`
      [
        "13:11 condition-type \`pain\` has a number as its answer, but is compared with the text 'high'.",
      ]
    `);
  });

  it('reports syntax errors at their place, with a fix', () => {
    expect(lessonMessages(`<Step id="a">\n${pain}\n\n${show('pain >= 7 && pain < 9')}\n\n${show('pain >=')}\n</Step>\n`, { fix: true })).toMatchInlineSnapshot(`
      [
        "12:23 condition-syntax \`&&\` is not part of the condition language. → Write \`and\`.",
        "16:20 condition-syntax Expected a value after \`>=\`: an id, a number or quoted text. → Complete the comparison, like \`pain-now >= 7\`.",
      ]
    `);
  });
});

describe('items asked before the condition', () => {
  it('counts items of earlier steps and earlier in the same step, also inside an earlier <Show>', () => {
    const body = [
      `<Step id="a">\n${pain}\n</Step>\n`,
      `<Step id="b">\n${show('pain > 2')}\n\n<Show when="pain > 5">\n<TextEntry id="why" label="Why?" />\n</Show>\n\n${show('answered(why)')}\n</Step>\n`,
    ].join('\n');
    expect(lessonMessages(body)).toEqual([]);
  });

  it('refuses items of later steps, later in the same step, or inside the <Show> itself', () => {
    const body = [
      `<Step id="a">\n${show('answered(later)')}\n\n<Show when="pain > 1">\n${pain}\n</Show>\n</Step>\n`,
      `<Step id="b">\n<TextEntry id="later" label="Later?" />\n</Step>\n`,
    ].join('\n');
    expect(lessonMessages(body, { fix: true })).toMatchInlineSnapshot(`
      [
        "10:22 condition-reference \`later\` is asked later in this lesson, so it has no answer yet at this point. → Move this condition after the item, or refer to an item asked before it.",
        "14:13 condition-reference \`pain\` is asked later in this lesson, so it has no answer yet at this point. → Move this condition after the item, or refer to an item asked before it.",
      ]
    `);
  });

  it('suggests an item for a misspelled id', () => {
    expect(lessonMessages(`<Step id="a">\n${pain}\n\n${show('pian > 2')}\n</Step>\n`, { fix: true })).toMatchInlineSnapshot(`
      [
        "12:13 condition-reference This lesson has no item \`pian\`. → Did you mean \`pain\`?",
      ]
    `);
  });
});

describe('condition types', () => {
  it('compares numbers with numbers and choices with their options', () => {
    const body = `<Step id="a">\n${pain}\n\n${overdo}\n\n<Choice id="mood" label="Mood?">\n  <Option value="low" label="Low" />\n  <Option value="ok" label="Okay" />\n</Choice>\n\n${show("pain == 'high' or overdo == 'chores' or mood == 'sad' or includes(mood, 'low') or includes(overdo, 'garden')")}\n</Step>\n`;
    expect(lessonMessages(body)).toMatchInlineSnapshot(`
      [
        "22:21 condition-type \`pain\` has a number as its answer, but is compared with the text 'high'.",
        "22:31 condition-type \`overdo\` is a multiple choice: its answer is a list of options, so it cannot be compared with \`==\`.",
        "22:61 condition-type 'sad' is not an option of \`mood\`. Its options are 'low' and 'ok'.",
        "22:70 condition-type \`includes\` checks items that allow several answers, but \`mood\` (a single choice) has one answer.",
        "22:112 condition-type 'garden' is not an option of \`overdo\`. Its options are 'chores' and 'yard'.",
      ]
    `);
  });

  it('treats an instrument block id as its score and expands its items', () => {
    const body = `<Step id="a">\n<Instrument ref="mood-check" id="mood" />\n\n${show("mood >= 3 or mood-harm > 0 or mood-low == 'often' or mood-q9 > 0")}\n</Step>\n`;
    expect(lessonMessages(body)).toMatchInlineSnapshot(`
      [
        "12:55 condition-type \`mood-low\` has a number as its answer, but is compared with the text 'often'.",
        "12:66 condition-reference This lesson has no item \`mood-q9\`.",
      ]
    `);
  });

  it('allows only `answered` on a thought record', () => {
    const body = `<Step id="a">\n<ThoughtRecord id="record" />\n\n${show('answered(record) and record > 1')}\n</Step>\n`;
    expect(lessonMessages(body)).toMatchInlineSnapshot(`
      [
        "12:34 condition-type \`record\` is a thought record: conditions can only check whether it was answered.",
      ]
    `);
  });
});

describe('items of other lessons', () => {
  it('accepts `lesson-id.item-id` for an item of another lesson, and its own lesson id', () => {
    const body = `<Step id="a">\n${pain}\n\n${show("calm-breathing.tension-before >= 7 and includes(pacing-plan.overdo, 'yard') and test-lesson.pain > 1")}\n</Step>\n`;
    expect(lessonMessages(body)).toEqual([]);
  });

  it('reports unknown lessons, unknown items and type mismatches, mixed with local references', () => {
    const body = `<Step id="a">\n${pain}\n\n${show("calm-breathing.tension-befor > 3 or pacing-plan.overdo == 1 or pacing-pln.overdo > 1 or pain == calm-breathing.tension-before or pain == 'x'")}\n</Step>\n`;
    expect(lessonMessages(body, { fix: true })).toMatchInlineSnapshot(`
      [
        "12:13 condition-reference Lesson \`calm-breathing\` has no item \`tension-befor\`. → Did you mean \`calm-breathing.tension-before\`?",
        "12:49 condition-type \`pacing-plan.overdo\` is a multiple choice: its answer is a list of options, so it cannot be compared with \`==\`. → Use \`includes(pacing-plan.overdo, 'chores')\` to check whether an option was chosen.",
        "12:76 unknown-lesson There is no lesson \`pacing-pln\` (in \`pacing-pln.overdo\`). → Did you mean \`pacing-plan.overdo\`?",
        "12:150 condition-type \`pain\` has a number as its answer, but is compared with the text 'x'. → Compare it with a number, like \`pain == 7\`.",
      ]
    `);
  });

  it('rechecks references when the other lesson changes, even when this lesson comes from the cache', async () => {
    const { createMemoryCache } = await import('../../src/index.js');
    const cache = createMemoryCache();
    const body = `<Step id="a">\n${show('daily-check-in.pain-now >= 7')}\n</Step>\n`;
    const lesson = { [testLessonPath]: frontMatter() + body };
    expect(compileWith(lesson, { cache }).messages).toEqual([]);
    const renamed = compileWith({ ...lesson, 'check-in/daily-check-in.mdx': (await import('../fixture.js')).fixture('check-in/daily-check-in.mdx').replace('pain-now', 'pain-today') }, { cache });
    expect(renamed.stats).toEqual({ parsed: 1, cached: 6 });
    expect(renamed.messages.map((message) => `${message.file}:${message.line}:${message.column} ${message.reason}`)).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:13 Lesson \`daily-check-in\` has no item \`pain-now\`.",
      ]
    `);
  });
});
