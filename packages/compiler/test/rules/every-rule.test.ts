/**
 * One invalid and one valid fixture for every rule of `rules`: the invalid
 * one gives exactly the messages shown (`file:line:column rule-id reason`),
 * the valid one (the same change, corrected) gives none of that rule.
 */

import { describe, expect, it } from 'vitest';
import { rules, type RuleId, type SourceFile } from '../../src/index.js';
import { fixture, fixtureFiles, frontMatter, messagesOf, testLessonPath, withFiles } from '../fixture.js';

/** The fixture with a test lesson of `body` (after the standard front matter). */
const lesson = (body: string, path = testLessonPath) => withFiles({ [path]: frontMatter() + body });
/** The fixture with a test lesson whose whole text is `text`. */
const lessonText = (text: string) => withFiles({ [testLessonPath]: text });
/** A fixture file with one string replaced. */
const edit = (path: string, from: string, to: string) => {
  const value = fixture(path);
  if (!value.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
  return withFiles({ [path]: value.replace(from, to) });
};

/** The fixture with `program` lines (measures, feedback) added after the unlock rules. */
const withProgram = (lines: string) => edit('curriculum.yaml', '      coachApproval: true\n', `      coachApproval: true\n${lines}`);
const feedbackRule = (when: string) => `  measures:\n    pain: daily-check-in.pain-now\n  feedback:\n    - id: calmer\n      when: ${when}\n      priority: 1\n      message: Your pain was lower this week.\n`;

const step = (content: string) => `<Step id="a">\n${content}\n</Step>\n`;
const rating = '<Rating id="pain" label="How strong is your pain?" min={0} max={10} />';

const cases: Record<RuleId, { invalid: SourceFile[]; valid: SourceFile[] }> = {
  'front-matter-language': {
    invalid: lessonText(`---js\n{ id: 'test-lesson' }\n---\n${step('Hi.')}`),
    valid: lesson(step('Hi.')),
  },
  'front-matter-syntax': {
    invalid: lessonText(`---\nid: test-lesson\ntitle: [Pace\nmodule: pacing\nminutes: 5\n---\n${step('Hi.')}`),
    valid: lessonText(`---\nid: test-lesson\ntitle: "[Pace"\nmodule: pacing\nminutes: 5\nreferences: [A source.]\n---\n${step('Hi.')}`),
  },
  'front-matter-schema': {
    invalid: lessonText(`---\nid: test-lesson\ntitle: Pace\nmodule: pacing\nminutes: five\nsesion: 2\nreferences: [A source.]\n---\n${step('Hi.')}`),
    valid: lessonText(`---\nid: test-lesson\ntitle: Pace\nmodule: pacing\nminutes: 5\nsession: 2\nreferences: [A source.]\n---\n${step('Hi.')}`),
  },
  'mdx-syntax': { invalid: lesson('<Step id="a">\nHi.\n'), valid: lesson(step('Hi.')) },
  'no-expression': { invalid: lesson(step('Hi {name}.')), valid: lesson(step('Hi \\{name\\}. {/* A comment. */}')) },
  'no-esm': { invalid: lesson(`import Thing from './thing.js'\n\n${step('Hi.')}`), valid: lesson(step('Import your thoughts.')) },
  'no-html': { invalid: lesson(step('Hi <b>there</b>.')), valid: lesson(step('Hi **there**.')) },
  'link-protocol': { invalid: lesson(step('See [the site](http://example.org).')), valid: lesson(step('See [the site](https://example.org).')) },
  'unsupported-markdown': {
    invalid: lesson(step('See [the site][site].\n\n[site]: https://example.org')),
    valid: lesson(step('See [the site](https://example.org).')),
  },
  'unknown-component': { invalid: lesson(step('<Ratng id="pain" label="Pain?" min={0} max={10} />')), valid: lesson(step(rating)) },
  'unknown-attribute': { invalid: lesson(step('<Rating id="pain" lable="Pain?" label="Pain?" min={0} max={10} />')), valid: lesson(step(rating)) },
  'attribute-value': { invalid: lesson(step('<Rating id="pain" label="Pain?" min="0" max={10} />')), valid: lesson(step(rating)) },
  'duplicate-id': {
    invalid: lesson(`${step(rating)}\n${step('<TextEntry id="pain" label="Why?" />')}`),
    valid: lesson(`${step(rating)}\n<Step id="b">\n<TextEntry id="why" label="Why?" />\n</Step>\n`),
  },
  'unknown-module': {
    invalid: withFiles({ 'pacng/test-lesson.mdx': frontMatter().replace('module: pacing', 'module: pacng') + step('Hi.') }),
    valid: lesson(step('Hi.')),
  },
  'unknown-lesson': { invalid: edit('curriculum.yaml', '    - pacing-plan\n', '    - pacing-plam\n'), valid: fixtureFiles.slice() },
  'condition-syntax': {
    invalid: lesson(step(`${rating}\n\n<Show when="pain = 7">\nRest.\n</Show>`)),
    valid: lesson(step(`${rating}\n\n<Show when="pain == 7">\nRest.\n</Show>`)),
  },
  'condition-reference': {
    invalid: lesson(step(`<Show when="pain >= 7">\nRest.\n</Show>\n\n${rating}`)),
    valid: lesson(step(`${rating}\n\n<Show when="pain >= 7">\nRest.\n</Show>`)),
  },
  'condition-type': {
    invalid: lesson(step(`${rating}\n\n<Show when="pain == 'high'">\nRest.\n</Show>`)),
    valid: lesson(step(`${rating}\n\n<Show when="pain >= 7">\nRest.\n</Show>`)),
  },
  'content-outside-step': { invalid: lesson(`Welcome.\n\n${step('Hi.')}`), valid: lesson(step('Welcome.\n\nHi.')) },
  'empty-step': {
    invalid: lesson(step('<CoachNote>Ask about their week.</CoachNote>')),
    valid: lesson(step('How was your week?\n\n<CoachNote>Ask about their week.</CoachNote>')),
  },
  'component-placement': {
    invalid: lesson(step('<Option value="yes" label="Yes" />')),
    valid: lesson(step('<Choice id="ok" label="Okay?">\n  <Option value="yes" label="Yes" />\n  <Option value="no" label="No" />\n</Choice>')),
  },
  readability: {
    invalid: lesson(
      step(
        'Notwithstanding considerable heterogeneity in individual physiological responses, diaphragmatic respiration techniques demonstrably attenuate sympathetic nervous system hyperactivation. Consequently, regular practitioners frequently experience ameliorated musculoskeletal discomfort and diminished psychological distress associated with persistent nociceptive stimulation.',
      ),
    ),
    valid: lesson(step('Slow breaths can calm your body. Sit down. Breathe in for four counts. Breathe out for six counts. Do this five times. Notice how your body feels. It is fine if your mind wanders. Come back to your breath.')),
  },
  'missing-references': {
    invalid: lessonText(`---\nid: test-lesson\ntitle: Pace\nmodule: pacing\nminutes: 5\n---\n${step('Hi.')}`),
    valid: lesson(step('Hi.')),
  },
  manifest: { invalid: edit('curriculum.yaml', 'locale: en-US', 'locale: English'), valid: fixtureFiles.slice() },
  instrument: { invalid: edit('instruments/mood-check.yaml', 'id: mood-check', 'id: mood-checks'), valid: fixtureFiles.slice() },
  'instrument-licence': {
    invalid: edit('curriculum.yaml', 'licences:\n  - instrument: pain-impact\n    licence: Test licence holder, licence no. 1 (fixture)\n', ''),
    valid: fixtureFiles.slice(),
  },
  'unknown-instrument': { invalid: lesson(step('<Instrument ref="mood-chek" />')), valid: lesson(step('<Instrument ref="mood-check" id="mood" />')) },
  'package-version': { invalid: edit('package.json', '"version": "1.2.3"', '"version": "1.2"'), valid: fixtureFiles.slice() },
  'duplicate-file': { invalid: [...fixtureFiles, { path: 'package.json', value: '{ "version": "9.9.9" }' }], valid: fixtureFiles.slice() },
  'choice-options': {
    invalid: lesson(step('<Choice id="ok" label="Okay?">\n  <Option value="yes" label="Yes" />\n</Choice>')),
    valid: lesson(step('<Choice id="ok" label="Okay?">\n  <Option value="yes" label="Yes" />\n  <Option value="no" label="No" />\n</Choice>')),
  },
  'lesson-path': { invalid: lesson(step('Hi.'), 'pacing/test-lessons.mdx'), valid: lesson(step('Hi.')) },
  'feedback-syntax': { invalid: withProgram(feedbackRule('mean(pain) => 5')), valid: withProgram(feedbackRule('mean(pain) >= 5')) },
  'feedback-reference': { invalid: withProgram(feedbackRule('mean(pian) < 5')), valid: withProgram(feedbackRule('mean(pain) < 5')) },
  'feedback-message': {
    invalid: withProgram(feedbackRule('mean(pain) < 5').replace('Your pain was lower this week.', 'Your pain was **lower** this week.')),
    valid: withProgram(feedbackRule('mean(pain) < 5')),
  },
  'program-measure': {
    invalid: withProgram('  measures:\n    pain: daily-check-in.pain-nw\n'),
    valid: withProgram('  measures:\n    pain: daily-check-in.pain-now\n'),
  },
  'safety-lesson': { invalid: edit('safety/crisis-support.mdx', 'kind: safety', 'kind: practice'), valid: fixtureFiles.slice() },
};

describe('every rule', () => {
  it('has an invalid and a valid fixture', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(rules).sort());
  });

  it.each(Object.entries(cases))('%s: the invalid fixture breaks the rule, the valid one does not', (ruleId, { invalid, valid }) => {
    expect(messagesOf(invalid).some((message) => message.includes(` ${ruleId} `))).toBe(true);
    expect(messagesOf(valid).filter((message) => message.includes(` ${ruleId} `))).toEqual([]);
  });

  it('compiles the fixture curriculum without any message', () => {
    expect(messagesOf(fixtureFiles)).toEqual([]);
  });
});

describe('messages of the invalid fixtures', () => {
  const messages = (ruleId: RuleId) => messagesOf(cases[ruleId].invalid);

  it('front-matter-language', () => {
    expect(messages('front-matter-language')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:1:4 front-matter-language Front matter is marked as \`js\`; only YAML front matter is read, never run.",
      ]
    `);
  });

  it('front-matter-syntax', () => {
    expect(messages('front-matter-syntax')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:4:1 front-matter-syntax Front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]
    `);
  });

  it('front-matter-schema', () => {
    expect(messages('front-matter-schema')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:5:1 front-matter-schema \`minutes\` in the front matter must be a number.",
        "pacing/test-lesson.mdx:6:1 front-matter-schema \`sesion\` in the front matter is not a known property: check its spelling, or remove it.",
      ]
    `);
  });

  it('mdx-syntax', () => {
    expect(messages('mdx-syntax')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:9:1 mdx-syntax \`<Step>\` is never closed.",
      ]
    `);
  });

  it('no-expression', () => {
    expect(messages('no-expression')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:4 no-expression \`{name}\` is read as code, and lessons may not contain code.",
      ]
    `);
  });

  it('no-esm', () => {
    expect(messages('no-esm')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:9:1 no-esm \`import Thing from './thing.js'\` is JavaScript: lessons may not \`import\` anything.",
      ]
    `);
  });

  it('no-html', () => {
    expect(messages('no-html')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:4 no-html \`<b>\` is raw HTML, which lessons may not contain.",
      ]
    `);
  });

  it('link-protocol', () => {
    expect(messages('link-protocol')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:5 link-protocol The link \`http://example.org\` uses \`http:\`; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
      ]
    `);
  });

  it('unsupported-markdown', () => {
    expect(messages('unsupported-markdown')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:5 unsupported-markdown Reference-style links are not supported in lessons.",
        "pacing/test-lesson.mdx:12:1 unsupported-markdown Link reference definitions are not supported in lessons.",
      ]
    `);
  });

  it('unknown-component', () => {
    expect(messages('unknown-component')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:1 unknown-component \`<Ratng>\` is not a Copekit component.",
      ]
    `);
  });

  it('unknown-attribute', () => {
    expect(messages('unknown-attribute')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:19 unknown-attribute \`<Rating>\` has no attribute \`lable\`.",
      ]
    `);
  });

  it('attribute-value', () => {
    expect(messages('attribute-value')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:33 attribute-value \`min\` on \`<Rating>\` must be a whole number, not text.",
      ]
    `);
  });

  it('duplicate-id', () => {
    expect(messages('duplicate-id')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:13:7 duplicate-id Duplicate step id \`a\`: already used at 9:7.",
        "pacing/test-lesson.mdx:14:1 duplicate-id Duplicate item id \`pain\`: already used at 10:1.",
      ]
    `);
  });

  it('unknown-module', () => {
    expect(messages('unknown-module')).toMatchInlineSnapshot(`
      [
        "pacng/test-lesson.mdx:4:1 unknown-module Module \`pacng\` is not declared in curriculum.yaml.",
      ]
    `);
  });

  it('unknown-lesson', () => {
    expect(messages('unknown-lesson')).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:24:7 unknown-lesson Session 2 \`pacing-plam\` is not a lesson of this curriculum.",
      ]
    `);
  });

  it('condition-syntax', () => {
    expect(messages('condition-syntax')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:12:18 condition-syntax A single \`=\` is not a comparison.",
      ]
    `);
  });

  it('condition-reference', () => {
    expect(messages('condition-reference')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:13 condition-reference \`pain\` is asked later in this lesson, so it has no answer yet at this point.",
      ]
    `);
  });

  it('condition-type', () => {
    expect(messages('condition-type')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:12:21 condition-type \`pain\` has a number as its answer, but is compared with the text 'high'.",
      ]
    `);
  });

  it('content-outside-step', () => {
    expect(messages('content-outside-step')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:9:1 content-outside-step This content is outside any \`<Step>\`; every part of a lesson sits in a step.",
      ]
    `);
  });

  it('empty-step', () => {
    expect(messages('empty-step')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:9:1 empty-step Step \`a\` has nothing to show or ask the patient (coach notes are not shown to them).",
      ]
    `);
  });

  it('component-placement', () => {
    expect(messages('component-placement')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:1 component-placement \`<Option>\` must be inside a \`<Choice>\`.",
      ]
    `);
  });

  it('readability', () => {
    expect(messages('readability')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:9:1 readability Step \`a\` reads at grade 35.9 (target 6). Hardest sentence: "Notwithstanding considerable heterogeneity in individual physiological responses, diaphragmatic respiration techniques demonstrably attenuate sympathetic nervo…".",
      ]
    `);
  });

  it('missing-references', () => {
    expect(messages('missing-references')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:1:1 missing-references The lesson cites no references.",
      ]
    `);
  });

  it('manifest', () => {
    expect(messages('manifest')).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:5:1 manifest \`locale\` in curriculum.yaml must be a BCP 47 locale, e.g. "en-US".",
      ]
    `);
  });

  it('instrument', () => {
    expect(messages('instrument')).toMatchInlineSnapshot(`
      [
        "instruments/mood-check.yaml:3:1 instrument The instrument id \`mood-checks\` does not match its file name \`mood-check.yaml\`.",
      ]
    `);
  });

  it('instrument-licence', () => {
    expect(messages('instrument-licence')).toMatchInlineSnapshot(`
      [
        "instruments/pain-impact.yaml:15:5 instrument-licence \`pain-impact\` is restricted, and its item text may ship only under a licence declared in curriculum.yaml.",
        "instruments/pain-impact.yaml:22:5 instrument-licence \`pain-impact\` is restricted, and its item text may ship only under a licence declared in curriculum.yaml.",
      ]
    `);
  });

  it('unknown-instrument', () => {
    expect(messages('unknown-instrument')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:13 unknown-instrument No instrument \`mood-chek\` is defined.",
      ]
    `);
  });

  it('package-version', () => {
    expect(messages('package-version')).toMatchInlineSnapshot(`
      [
        "package.json:4:3 package-version The version "1.2" in package.json is not a semantic version.",
      ]
    `);
  });

  it('duplicate-file', () => {
    expect(messages('duplicate-file')).toMatchInlineSnapshot(`
      [
        "package.json duplicate-file The file package.json is given more than once.",
      ]
    `);
  });

  it('choice-options', () => {
    expect(messages('choice-options')).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:10:1 choice-options A \`<Choice>\` needs at least 2 options; this one has 1.",
      ]
    `);
  });

  it('lesson-path', () => {
    expect(messages('lesson-path')).toMatchInlineSnapshot(`
      [
        "pacing/test-lessons.mdx:2:1 lesson-path The file name \`test-lessons.mdx\` does not match the lesson id \`test-lesson\`.",
      ]
    `);
  });

  it('feedback-syntax', () => {
    expect(messages('feedback-syntax')).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:37:24 feedback-syntax \`=>\` is not a comparison.",
      ]
    `);
  });

  it('feedback-reference', () => {
    expect(messages('feedback-reference')).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:37:18 feedback-reference Unknown name \`pian\`.",
      ]
    `);
  });

  it('feedback-message', () => {
    expect(messages('feedback-message')).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:39:7 feedback-message The message of feedback rule \`calmer\` contains \`*\`: messages are plain text, shown and spoken as they are.",
      ]
    `);
  });

  it('program-measure', () => {
    expect(messages('program-measure')).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:34:5 program-measure \`program.measures.pain\` names \`pain-nw\`, which is not an item of \`daily-check-in\`.",
      ]
    `);
  });

  it('safety-lesson', () => {
    expect(messages('safety-lesson')).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:35:3 safety-lesson The safety lesson \`crisis-support\` has kind \`practice\`, not \`safety\`.",
      ]
    `);
  });
});
