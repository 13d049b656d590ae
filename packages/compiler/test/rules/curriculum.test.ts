/**
 * Checks of the curriculum as a whole: curriculum.yaml, package.json,
 * instrument files, front matter against the curriculum, and the checks
 * across lessons (ids, program, safety lesson).
 */

import { describe, expect, it } from 'vitest';
import { compileWith, fixture, fixtureFiles, frontMatter, messagesOf, messagesWith, testLessonPath, withFiles } from '../fixture.js';

/** `path` of the fixture with `from` replaced by `to`. */
const edited = (path: string, from: string, to: string) => {
  const value = fixture(path);
  if (!value.includes(from)) throw new Error(`${path} has no ${JSON.stringify(from)}`);
  return { [path]: value.replace(from, to) };
};

describe('curriculum.yaml', () => {
  it('is required', () => {
    expect(messagesWith({ 'curriculum.yaml': null })).toMatchInlineSnapshot(`
      [
        "curriculum.yaml manifest The curriculum has no curriculum.yaml.",
      ]
    `);
  });

  it('reports YAML errors at their place', () => {
    expect(messagesWith(edited('curriculum.yaml', 'title: Fixture curriculum', 'title: "Fixture curriculum'))).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:4:27 manifest Not valid YAML: Missing closing "quote",
      ]
    `);
  });

  it('reports schema errors at the key, the item or the parent of a missing key', () => {
    const changes = edited('curriculum.yaml', '  - id: sleep\n    title: Sleep\n', '  - id: sleep\n    titel: Sleep\n');
    const value = changes['curriculum.yaml']!.replace('      coachApproval: true\n', '');
    expect(messagesWith({ 'curriculum.yaml': value })).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:14:5 manifest \`modules.3.title\` in curriculum.yaml is required.",
        "curriculum.yaml:15:5 manifest \`modules.3.titel\` in curriculum.yaml is not a known property: check its spelling, or remove it.",
        "curriculum.yaml:30:5 manifest \`program.unlock.guided.coachApproval\` in curriculum.yaml is required.",
      ]
    `);
  });

  it('suggests a known top-level key', () => {
    const { messages } = compileWith(edited('curriculum.yaml', 'locale: en-US', 'locale: en-US\nlocal: en-US'));
    expect(messages.map((message) => `${message.line}:${message.column} ${message.reason} → ${String(message.note)}`)).toMatchInlineSnapshot(`
      [
        "6:1 \`local\` in curriculum.yaml is not a known property: check its spelling, or remove it. → Did you mean \`locale\`?",
      ]
    `);
  });

  it('reports repeated module ids, licences of unlisted instruments, and an unknown default region', () => {
    const value = fixture('curriculum.yaml')
      .replace('  - id: sleep\n', '  - id: pacing\n')
      .replace('  - instrument: pain-impact\n', '  - instrument: pain-impact\n    licence: Twice.\n  - instrument: pain-impct\n')
      .replace('defaultRegion: us', 'defaultRegion: usa');
    expect(messagesWith({ 'curriculum.yaml': value, 'sleep/sleep-check.mdx': null })).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:14:5 duplicate-id Duplicate module id \`pacing\`: already used at 10:5.",
        "curriculum.yaml:45:5 unknown-instrument A licence is declared for \`pain-impct\`, which is not listed under \`instruments\`.",
        "curriculum.yaml:49:3 manifest The default crisis region \`usa\` is not one of the regions listed under \`crisis.regions\`.",
      ]
    `);
  });

  it('refuses a repeated instrument (schema)', () => {
    expect(messagesWith(edited('curriculum.yaml', '  - pain-impact\n', '  - pain-impact\n  - mood-check\n'))).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:38:1 manifest \`instruments\` in curriculum.yaml must not repeat a value (items 0 and 2 are the same).",
      ]
    `);
  });
});

describe('program and safety lessons', () => {
  it('reports sessions, check-in and safety lesson that are not lessons, with suggestions', () => {
    const value = fixture('curriculum.yaml')
      .replace('    - pacing-plan\n', '    - pacing-plam\n')
      .replace('checkIn: daily-check-in', 'checkIn: daily-checkin')
      .replace('lesson: crisis-support', 'lesson: crisis');
    expect(messagesWith({ 'curriculum.yaml': value })).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:24:7 unknown-lesson Session 2 \`pacing-plam\` is not a lesson of this curriculum.",
        "curriculum.yaml:26:3 unknown-lesson The check-in lesson \`daily-checkin\` is not a lesson of this curriculum.",
        "curriculum.yaml:35:3 unknown-lesson The safety lesson \`crisis\` is not a lesson of this curriculum.",
      ]
    `);
  });

  it('requires kind `safety` and <Crisis /> of the safety lesson', () => {
    const lesson = fixture('safety/crisis-support.mdx').replace('kind: safety', 'kind: session\nsession: 9').replace('<Crisis />', '');
    expect(messagesWith({ 'safety/crisis-support.mdx': lesson })).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:35:3 safety-lesson The safety lesson \`crisis-support\` has kind \`session\`, not \`safety\` and does not show \`<Crisis />\`.",
      ]
    `);
  });
});

describe('lesson ids and paths', () => {
  it('reports a lesson id declared twice, pointing at both places', () => {
    const copy = fixture('check-in/daily-check-in.mdx').replace('module: check-in', 'module: sleep');
    expect(messagesWith({ 'sleep/daily-check-in.mdx': copy })).toMatchInlineSnapshot(`
      [
        "sleep/daily-check-in.mdx:2:1 duplicate-id Lesson id \`daily-check-in\` is also declared in check-in/daily-check-in.mdx:2:1.",
      ]
    `);
  });

  it('requires the file name to be the id (error) and warns when the folder is not the module', () => {
    expect(messagesWith({ 'sleep/test-lessons.mdx': `${frontMatter()}<Step id="a">\nHi.\n</Step>\n` })).toMatchInlineSnapshot(`
      [
        "sleep/test-lessons.mdx:2:1 lesson-path The file name \`test-lessons.mdx\` does not match the lesson id \`test-lesson\`.",
        "sleep/test-lessons.mdx:4:1 lesson-path The lesson is in the folder \`sleep\`, not in the folder of its module \`pacing\`.",
      ]
    `);
  });

  it('reports an unknown module with a suggestion', () => {
    const lesson = frontMatter().replace('module: pacing', 'module: pacin') + '<Step id="a">\nHi.\n</Step>\n';
    expect(messagesWith({ [testLessonPath]: lesson })).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:4:1 lesson-path The lesson is in the folder \`pacing\`, not in the folder of its module \`pacin\`.",
        "pacing/test-lesson.mdx:4:1 unknown-module Module \`pacin\` is not declared in curriculum.yaml.",
      ]
    `);
  });

  it('reports front matter that does not match its schema', () => {
    const lesson = `---\nid: test-lesson\ntitle: ""\nmodule: pacing\nkind: lecture\nminutes: 5\nobjectives: Learn.\nreferences: [A source.]\n---\n<Step id="a">\nHi.\n</Step>\n`;
    expect(messagesWith({ [testLessonPath]: lesson })).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:3:1 front-matter-schema \`title\` in the front matter must not be empty.",
        "pacing/test-lesson.mdx:5:1 front-matter-schema \`kind\` in the front matter must be one of "session", "check-in", "measure", "safety", "practice".",
        "pacing/test-lesson.mdx:7:1 front-matter-schema \`objectives\` in the front matter must be a list.",
      ]
    `);
  });

  it('reports a lesson without front matter', () => {
    expect(messagesWith({ [testLessonPath]: '<Step id="a">\nHi.\n</Step>\n' })).toMatchInlineSnapshot(`
      [
        "pacing/test-lesson.mdx:1:1 front-matter-schema The lesson has no front matter.",
      ]
    `);
  });
});

describe('package.json', () => {
  it('is required and gives the version', () => {
    expect(messagesWith({ 'package.json': null })).toMatchInlineSnapshot(`
      [
        "package.json package-version The curriculum has no package.json; its version comes from there.",
      ]
    `);
    expect(messagesWith({ 'package.json': '{ "name": "x" }' })).toMatchInlineSnapshot(`
      [
        "package.json package-version package.json has no \`version\`; the curriculum version comes from it.",
      ]
    `);
    expect(messagesWith({ 'package.json': '{ "version": 1, }' })).toMatchInlineSnapshot(`
      [
        "package.json package-version package.json is not valid JSON: Expected double-quoted property name in JSON at position 16.",
      ]
    `);
  });
});

describe('duplicate-file', () => {
  it('reports a path given twice and keeps the first', () => {
    const files = [...fixtureFiles, { path: 'check-in/daily-check-in.mdx', value: 'not even front matter' }];
    expect(messagesOf(files)).toMatchInlineSnapshot(`
      [
        "check-in/daily-check-in.mdx duplicate-file The file check-in/daily-check-in.mdx is given more than once.",
      ]
    `);
  });
});

describe('instrument files', () => {
  const moodCheck = fixture('instruments/mood-check.yaml');

  it('reports schema errors at their key', () => {
    expect(messagesWith({ 'instruments/mood-check.yaml': moodCheck.replace('method: sum', 'method: total') })).toMatchInlineSnapshot(`
      [
        "instruments/mood-check.yaml:28:3 instrument \`scoring.method\` in instruments/mood-check.yaml must be one of "sum", "mean".",
      ]
    `);
  });

  it('reports an id that is not the file name, and repeated item ids', () => {
    const value = moodCheck.replace('id: mood-check', 'id: mood').replace('  - id: harm\n', '  - id: low\n');
    expect(messagesWith({ 'instruments/mood-check.yaml': value })).toMatchInlineSnapshot(`
      [
        "instruments/mood-check.yaml:3:1 instrument The instrument id \`mood\` does not match its file name \`mood-check.yaml\`.",
        "instruments/mood-check.yaml:23:5 duplicate-id Duplicate instrument item id \`low\`: already used at 20:5.",
      ]
    `);
  });

  it('needs points for scale items and min and max for ratings', () => {
    const value = moodCheck.replace(/points:\n(?: {2}- value: \d\n {4}label: [A-Za-z ]+\n)+/, '');
    const rating = fixture('instruments/pain-impact.yaml').replace('    min: 0\n    max: 10\n    minLabel', '    minLabel');
    expect(messagesWith({ 'instruments/mood-check.yaml': value, 'instruments/pain-impact.yaml': rating })).toMatchInlineSnapshot(`
      [
        "instruments/mood-check.yaml:14:5 instrument Item \`low\` is a \`scale\` item, but the instrument has no \`points\`.",
        "instruments/mood-check.yaml:17:5 instrument Item \`harm\` is a \`scale\` item, but the instrument has no \`points\`.",
        "instruments/pain-impact.yaml:14:5 instrument Item \`pain\` is a \`rating\` item and needs \`min\` and \`max\`, with \`min\` not above \`max\`.",
      ]
    `);
  });

  it('reports a risk threshold that does not parse (schema)', () => {
    expect(messagesWith({ 'instruments/mood-check.yaml': moodCheck.replace('risk: "> 0"', 'risk: "above 0"') })).toMatchInlineSnapshot(`
      [
        "instruments/mood-check.yaml:26:5 instrument \`items.1.risk\` in instruments/mood-check.yaml must be a threshold: an operator (>, >=, <, <=, ==, !=) and a number, e.g. "> 0".",
      ]
    `);
  });

  it('reports listed instruments without a file, and files used by lessons but not listed', () => {
    const value = fixture('curriculum.yaml').replace('  - mood-check\n', '  - mood-chek\n');
    expect(messagesWith({ 'curriculum.yaml': value })).toMatchInlineSnapshot(`
      [
        "curriculum.yaml:39:5 unknown-instrument Instrument \`mood-chek\` is listed but has no definition file \`instruments/mood-chek.yaml\`.",
        "sleep/sleep-check.mdx:12:13 unknown-instrument Instrument \`mood-check\` is not listed under \`instruments\` in curriculum.yaml.",
      ]
    `);
  });

  it('refuses restricted item text without a declared licence, at each text', () => {
    const value = fixture('curriculum.yaml').replace(/licences:\n(?:.+\n){2}/, '');
    expect(messagesWith({ 'curriculum.yaml': value })).toMatchInlineSnapshot(`
      [
        "instruments/pain-impact.yaml:15:5 instrument-licence \`pain-impact\` is restricted, and its item text may ship only under a licence declared in curriculum.yaml.",
        "instruments/pain-impact.yaml:22:5 instrument-licence \`pain-impact\` is restricted, and its item text may ship only under a licence declared in curriculum.yaml.",
      ]
    `);
  });

  it('leaves instruments out of the bundle unless listed', () => {
    const extra = moodCheck.replace('id: mood-check', 'id: extra-check');
    const result = messagesWith({ 'instruments/extra-check.yaml': extra });
    expect(result).toEqual([]);
  });
});

describe('the fixture', () => {
  it('compiles without messages', () => {
    expect(messagesOf(withFiles({}))).toEqual([]);
  });
});
