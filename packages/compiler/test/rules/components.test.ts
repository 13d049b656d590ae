/**
 * Components and their attributes: the vocabulary comes from
 * `components.schema.json`; each problem is reported at the attribute or
 * element, with a fix hint (shown after `→`).
 */

import { describe, expect, it } from 'vitest';
import { lessonMessages } from '../fixture.js';

/** Messages of a test lesson with one step holding `content`, with fix hints. */
const inStep = (content: string) => lessonMessages(`<Step id="a">\n${content}\n</Step>\n`, { fix: true });

describe('unknown-component', () => {
  it('suggests the closest component', () => {
    expect(inStep('<Ratng id="pain" label="Pain?" min={0} max={10} />\n\n<CoachNotes>Hi.</CoachNotes>')).toMatchInlineSnapshot(`
      [
        "10:1 unknown-component \`<Ratng>\` is not a Copekit component. → Did you mean \`Rating\`?",
        "12:1 unknown-component \`<CoachNotes>\` is not a Copekit component. → Did you mean \`CoachNote\`?",
      ]
    `);
  });

  it('lists the components when none is close', () => {
    expect(inStep('<Slider id="pain" />')).toMatchInlineSnapshot(`
      [
        "10:1 unknown-component \`<Slider>\` is not a Copekit component. → Use one of \`<Step>\`, \`<Rating>\`, \`<Choice>\`, \`<Option>\`, \`<TextEntry>\`, \`<NumberEntry>\`, \`<ThoughtRecord>\`, \`<Practice>\`, \`<Cue>\`, \`<Homework>\`, \`<Instrument>\`, \`<Show>\`, \`<CoachNote>\`, \`<Crisis>\`.",
      ]
    `);
  });

  it('reports unknown components at the top level and inside markdown-only components', () => {
    expect(lessonMessages('<Intro />\n\n<Step id="a">\n<CoachNote>\n<Banner />\n</CoachNote>\n\nHi.\n</Step>\n')).toMatchInlineSnapshot(`
      [
        "9:1 unknown-component \`<Intro>\` is not a Copekit component.",
        "13:1 unknown-component \`<Banner>\` is not a Copekit component.",
      ]
    `);
  });
});

describe('unknown-attribute', () => {
  it('suggests the closest attribute, from the schema', () => {
    expect(inStep('<Rating id="pain" label="Pain?" min={0} max={10} minLable="None" />')).toMatchInlineSnapshot(`
      [
        "10:50 unknown-attribute \`<Rating>\` has no attribute \`minLable\`. → Did you mean \`minLabel\`?",
      ]
    `);
  });

  it('lists the attributes when none is close', () => {
    expect(inStep('<Crisis region="us" />')).toMatchInlineSnapshot(`
      [
        "10:9 unknown-attribute \`<Crisis>\` has no attribute \`region\`. → Remove it: \`<Crisis>\` takes no attributes.",
      ]
    `);
  });

  it('reports `risk` on a choice: it belongs on an option', () => {
    expect(inStep('<Choice id="ok" label="Okay?" risk="> 0">\n  <Option value="yes" label="Yes" />\n  <Option value="no" label="No" />\n</Choice>')).toMatchInlineSnapshot(`
      [
        "10:31 unknown-attribute \`<Choice>\` has no attribute \`risk\`. → Its attributes are \`id\`, \`label\`, \`multiple\`, \`optional\`.",
      ]
    `);
  });
});

describe('attribute-value', () => {
  it('says how to write a number or a boolean literal', () => {
    expect(
      inStep(
        '<Rating id="pain" label="Pain?" min="0" max={10.5} />\n\n<TextEntry id="why" label="Why?" optional="yes" maxLength="two hundred" />\n\n<Step id={1}>\nHi.\n</Step>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "10:33 attribute-value \`min\` on \`<Rating>\` must be a whole number, not text. → Write \`min={0}\`.",
        "10:41 attribute-value \`max\` on \`<Rating>\` must be a whole number, not 10.5. → Write \`max={11}\`.",
        "12:34 attribute-value \`optional\` on \`<TextEntry>\` is true or false, not "yes". → Write \`optional\` alone for true, or leave it out for false.",
        "12:49 attribute-value \`maxLength\` on \`<TextEntry>\` must be a whole number, not text. → Write a whole number in braces, such as \`maxLength={1}\`.",
        "14:1 component-placement \`<Step>\` cannot be inside another \`<Step>\`. → Close the first step with \`</Step>\` before opening the next one.",
      ]
    `);
  });

  it('reports missing required attributes at the element', () => {
    expect(inStep('<Rating id="pain" />\n\n<Practice id="breathe">\n  <Cue at="0:00">Breathe.</Cue>\n</Practice>')).toMatchInlineSnapshot(`
      [
        "10:1 attribute-value \`<Rating>\` needs \`label\`, \`min\`, \`max\`. → Add \`label="…"\`, \`min={…}\`, \`max={…}\`.",
        "12:1 attribute-value \`<Practice>\` needs \`title\`, \`minutes\`. → Add \`title="…"\`, \`minutes={…}\`.",
      ]
    `);
  });

  it('reports values the schema refuses: ids, enumerations, minimums, thresholds', () => {
    expect(
      inStep(
        '<TextEntry id="Why Now" label="Why?" />\n\n<Homework id="walk" skill="walking" per="dya" times={0}>\nWalk.\n</Homework>\n\n<Rating id="urge" label="Urge?" min={0} max={10} risk="more than 2" />',
      ),
    ).toMatchInlineSnapshot(`
      [
        "10:12 attribute-value \`id\` on \`<TextEntry>\` must be a kebab-case id: lowercase letters and digits joined by single hyphens, e.g. "pain-now" (it is "Why Now"). → Stable kebab-case item id, unique in the lesson, e.g. \`meaningful-goal\`.",
        "12:37 attribute-value \`per\` on \`<Homework>\` must be one of \`day\`, \`week\`, not "dya". → Did you mean \`day\`?",
        "16:50 attribute-value \`risk\` on \`<Rating>\` must be a threshold: an operator (>, >=, <, <=, ==, !=) and a number, e.g. "> 0" (it is "more than 2"). → Risk threshold on the answer, e.g. \`risk="> 0"\`: an answer past it triggers the safety flow.",
      ]
    `);
  });

  it('reports min greater than max', () => {
    expect(inStep('<Rating id="pain" label="Pain?" min={10} max={0} />\n\n<NumberEntry id="steps" label="Steps?" min={100} max={10} />')).toMatchInlineSnapshot(`
      [
        "10:33 attribute-value \`min\` (10) is greater than \`max\` (0) on \`<Rating>\`. → Swap them: \`min={0}\` and \`max={10}\`.",
        "12:40 attribute-value \`min\` (100) is greater than \`max\` (10) on \`<NumberEntry>\`. → Swap them: \`min={10}\` and \`max={100}\`.",
      ]
    `);
  });

  it('reports an attribute given twice', () => {
    expect(inStep('<Rating id="pain" label="Pain?" label="Again?" min={0} max={10} />')).toMatchInlineSnapshot(`
      [
        "10:33 attribute-value \`label\` is given twice on \`<Rating>\`. → Keep one \`label\`.",
      ]
    `);
  });

  it('accepts literals in every allowed form', () => {
    expect(
      inStep(
        '<Rating id="pain" label="Pain?" min={-5} max={5} optional={false} />\n\n<Choice id="what" label=\'What?\' multiple={true}>\n  <Option value="a" label="A" /> <Option value="b" label="B" />\n</Choice>',
      ),
    ).toEqual([]);
  });
});

describe('risk thresholds', () => {
  it('accepts comparisons with a number and refuses other risk values', () => {
    expect(inStep('<Rating id="urge" label="Urge?" min={0} max={10} risk=">= 1" />\n\n<NumberEntry id="drinks" label="Drinks?" risk="> 4" />')).toEqual([]);
    expect(inStep('<Rating id="urge" label="Urge?" min={0} max={10} risk="> 0 and < 3" />')).toMatchInlineSnapshot(`
      [
        "10:50 attribute-value \`risk\` on \`<Rating>\` must be a threshold: an operator (>, >=, <, <=, ==, !=) and a number, e.g. "> 0" (it is "> 0 and < 3"). → Risk threshold on the answer, e.g. \`risk="> 0"\`: an answer past it triggers the safety flow.",
      ]
    `);
  });

  it('refuses a threshold on an option: an option is risky or not', () => {
    expect(inStep('<Choice id="safe" label="Safe?">\n  <Option value="yes" label="Yes" />\n  <Option value="no" label="No" risk="> 0" />\n</Choice>')).toMatchInlineSnapshot(`
      [
        "12:33 attribute-value \`risk\` on \`<Option>\` is true or false, not "> 0". → Write \`risk\` alone for true, or leave it out for false.",
      ]
    `);
  });
});

describe('component-placement', () => {
  it('keeps options in choices and cues in practices', () => {
    expect(inStep('<Option value="a" label="A" />\n\nBreathe.\n\n<Cue at="0:10">In.</Cue>')).toMatchInlineSnapshot(`
      [
        "10:1 component-placement \`<Option>\` must be inside a \`<Choice>\`. → Move it into a \`<Choice>\`, or remove it.",
        "14:1 component-placement \`<Cue>\` must be inside a \`<Practice>\`. → Move it into a \`<Practice>\`, or remove it.",
      ]
    `);
  });

  it('keeps steps at the top level', () => {
    expect(
      lessonMessages(
        '<Step id="a">\nHi.\n\n<Step id="b">\nNested.\n</Step>\n</Step>\n\n<Step id="c">\n<Show when="answered(x)">\n<Step id="d">\nIn a show.\n</Step>\n</Show>\n\n<TextEntry id="x" label="X?" />\n</Step>\n',
        { fix: true },
      ),
    ).toMatchInlineSnapshot(`
      [
        "12:1 component-placement \`<Step>\` cannot be inside another \`<Step>\`. → Close the first step with \`</Step>\` before opening the next one.",
        "18:22 condition-reference \`x\` is asked later in this lesson, so it has no answer yet at this point. → Move this condition after the item, or refer to an item asked before it.",
        "19:1 component-placement \`<Step>\` cannot be inside \`<Show>\`. → Put the \`<Show>\` inside the step instead: \`<Step id="…"><Show when="…">…</Show></Step>\`.",
      ]
    `);
  });

  it('allows only options in a choice and only cues in a practice', () => {
    expect(
      inStep(
        '<Choice id="ok" label="Okay?">\n  Pick one:\n  <Option value="yes" label="Yes" />\n  <Option value="no" label="No" />\n  <Rating id="r" label="R?" min={0} max={1} />\n</Choice>\n\n<Practice id="p" title="P" minutes={1}>\n  Relax.\n</Practice>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "11:3 component-placement Only \`<Option>\` elements go inside \`<Choice>\`. → Move this out of the \`<Choice>\`, before or after it.",
        "14:3 component-placement Only \`<Option>\` elements go inside \`<Choice>\`. → Move this out of the \`<Choice>\`, before or after it.",
        "18:3 component-placement Only \`<Cue>\` elements go inside \`<Practice>\`. → Move this out of the \`<Practice>\`, before or after it.",
      ]
    `);
  });

  it('allows only Markdown in homework, coach notes and cues', () => {
    expect(
      inStep(
        '<Homework id="walk" skill="walking" per="day">\nWalk daily.\n\n<Rating id="r" label="R?" min={0} max={1} />\n</Homework>\n\n<CoachNote>\n<Crisis />\n</CoachNote>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "13:1 component-placement \`<Rating>\` cannot be inside \`<Homework>\`: only text goes there. → Move \`<Rating>\` out of \`<Homework>\`, directly into the step.",
        "17:1 component-placement \`<Crisis>\` cannot be inside \`<CoachNote>\`: only text goes there. → Move \`<Crisis>\` out of \`<CoachNote>\`, directly into the step.",
      ]
    `);
  });

  it('keeps components out of paragraphs, lists and quotes', () => {
    expect(inStep('Rate it: <Rating id="r" label="R?" min={0} max={1} /> now.\n\n- <Crisis />\n\n> <TextEntry id="t" label="T?" />')).toMatchInlineSnapshot(`
      [
        "10:10 component-placement \`<Rating>\` must stand on its own, not inside a paragraph, list or quote. → Put it on a line of its own, with a blank line before and after.",
        "12:3 component-placement \`<Crisis>\` must stand on its own, not inside a paragraph, list or quote. → Put it on a line of its own, with a blank line before and after.",
        "14:3 component-placement \`<TextEntry>\` must stand on its own, not inside a paragraph, list or quote. → Put it on a line of its own, with a blank line before and after.",
      ]
    `);
  });

  it('gives <Crisis /> no content', () => {
    expect(inStep('<Crisis>\nCall now.\n</Crisis>')).toMatchInlineSnapshot(`
      [
        "10:1 component-placement \`<Crisis />\` takes no content: it shows the crisis resources of curriculum.yaml. → Write \`<Crisis />\` on its own, and put any text before or after it.",
      ]
    `);
  });
});

describe('choice-options', () => {
  it('needs two options with distinct values', () => {
    expect(
      inStep(
        '<Choice id="one" label="One?">\n  <Option value="a" label="A" />\n</Choice>\n\n<Choice id="twice" label="Twice?">\n  <Option value="a" label="A" />\n  <Option value="a" label="Also A" />\n</Choice>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "10:1 choice-options A \`<Choice>\` needs at least 2 options; this one has 1. → Add \`<Option value="…" label="…" />\` lines inside the choice, or use \`<TextEntry>\` for an open answer.",
        "16:11 choice-options Option value "a" is used twice in this \`<Choice>\` (first at 15:3). → Give each option of a choice its own value.",
      ]
    `);
  });
});

describe('practice cues', () => {
  it('needs cues in increasing time within the practice, each with text', () => {
    expect(
      inStep(
        '<Practice id="p" title="Relax" minutes={2}>\n  <Cue at="0:30">Sit.</Cue>\n  <Cue at="0:30">Again.</Cue>\n  <Cue at="2:01">Late.</Cue>\n  <Cue at="1:5">Bad time.</Cue>\n  <Cue at="1:00"></Cue>\n</Practice>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "12:8 attribute-value Cue at 0:30 does not come after the cue before it (at 0:30). → Write cues in time order, each later than the one before.",
        "13:8 attribute-value Cue at 2:01 is after the end of the 2-minute practice. → Use a time up to 2:00, or raise \`minutes\`.",
        "14:8 attribute-value \`at\` on \`<Cue>\` must be a time as minutes and two-digit seconds, e.g. "2:30" (it is "1:5"). → Time from the start of the practice as minutes and two-digit seconds, e.g. \`0:00\`, \`2:30\`, \`12:05\`. Cues are in increasing time and within the practice's \`minutes\`.",
        "15:8 attribute-value Cue at 1:00 has no text. → Write what to say between \`<Cue …>\` and \`</Cue>\`.",
      ]
    `);
  });
});

describe('unknown-instrument and instrument-licence in lessons', () => {
  it('suggests a defined instrument', () => {
    expect(inStep('<Instrument ref="mood-chek" />')).toMatchInlineSnapshot(`
      [
        "10:13 unknown-instrument No instrument \`mood-chek\` is defined. → Did you mean \`mood-check\`?",
      ]
    `);
  });

  it('says how a licensed user supplies the text of a restricted instrument', () => {
    const withoutText = [
      '# yaml-language-server: $schema=../../../../../../schemas/instrument.schema.json',
      'id: pain-impact',
      'title: Pain impact',
      'version: "2.0"',
      'citation: Fixture.',
      'validated: false',
      'licence:',
      '  status: restricted',
      '  terms: Pretend a licence is needed.',
      'items:',
      '  - id: pain',
      '    kind: rating',
      '    min: 0',
      '    max: 10',
      'scoring:',
      '  method: mean',
      '  min: 0',
      '  max: 10',
      '',
    ].join('\n');
    expect(
      lessonMessages('<Step id="a">\n<Instrument ref="pain-impact" />\n</Step>\n', { fix: true, files: { 'instruments/pain-impact.yaml': withoutText } }),
    ).toMatchInlineSnapshot(`
      [
        "10:1 instrument-licence \`pain-impact\` is a restricted instrument and its item text is not supplied, so it cannot be asked. → A licensed user supplies the text: add each item's \`text\` to instruments/pain-impact.yaml and declare the licence under \`licences\` in curriculum.yaml (\`- instrument: pain-impact\` with \`licence: <holder and reference>\`).",
        "sleep/sleep-check.mdx:14:1 instrument-licence \`pain-impact\` is a restricted instrument and its item text is not supplied, so it cannot be asked. → A licensed user supplies the text: add each item's \`text\` to instruments/pain-impact.yaml and declare the licence under \`licences\` in curriculum.yaml (\`- instrument: pain-impact\` with \`licence: <holder and reference>\`).",
      ]
    `);
  });
});
