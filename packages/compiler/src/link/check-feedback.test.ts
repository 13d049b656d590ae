import { describe, expect, it } from 'vitest';
import { compileWith, fixture } from '../../test/fixture.js';

/** The fixture's curriculum.yaml with `lines` added under `program`, after the unlock rules. */
const withProgram = (lines: string) => ({ 'curriculum.yaml': fixture('curriculum.yaml').replace('      coachApproval: true\n', `      coachApproval: true\n${lines}`) });
const measures = '  measures:\n    pain: daily-check-in.pain-now\n';
const rule = (id: string, when: string) => `    - id: ${id}\n      when: ${when}\n      priority: 1\n      message: Well done this week.\n`;

/** Messages as `line:column rule-id reason (fix)`. */
function messages(lines: string): string[] {
  return compileWith(withProgram(lines)).messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason} (${message.note ?? ''})`);
}

describe('weekly feedback rules in curriculum.yaml', () => {
  it('compile when every condition reads configured measures and counters', () => {
    const result = compileWith(withProgram(`${measures}  feedback:\n${rule('calmer', 'mean(pain) <= previous.mean(pain) - 1')}${rule('checked', 'count(check-ins) >= 5')}`));
    expect(result.messages).toEqual([]);
    expect(result.bundle?.curriculum.program.feedback?.map((one) => one.id)).toEqual(['calmer', 'checked']);
  });

  it('point at the misspelled name, with a did-you-mean hint', () => {
    expect(messages(`${measures}  feedback:\n${rule('calmer', 'mean(pian) < 5')}`)).toEqual(['37:18 feedback-reference Unknown name `pian`. (Did you mean `pain`?)']);
  });

  it('point inside a quoted condition', () => {
    expect(messages(`${measures}  feedback:\n${rule('calmer', '"count(check-in) >= 5"')}`)).toEqual(['37:20 feedback-reference Unknown name `check-in`. (Did you mean `check-ins`?)']);
  });

  it('refuse measures the program does not configure, saying where to add them', () => {
    expect(messages(`${measures}  feedback:\n${rule('slept', 'mean(sleep-quality) < 4')}`)).toEqual([
      '37:18 feedback-reference `sleep-quality` is not measured by this program. (Add `sleepQuality: <lesson-id>.<item-id>` under `program.measures` in curriculum.yaml.)',
    ]);
  });

  it('report syntax and type errors', () => {
    expect(messages(`${measures}  feedback:\n${rule('a', 'mean(pain) >')}${rule('b', 'sum(check-ins) > 2')}`)).toEqual([
      expect.stringMatching(/^37:\d+ feedback-syntax /),
      '41:13 feedback-reference `check-ins` is a counter: it takes `count`, not `sum`. (Write `count(check-ins)`.)',
    ]);
  });

  it('need ids of their own', () => {
    expect(messages(`${measures}  feedback:\n${rule('calmer', 'mean(pain) < 5')}${rule('calmer', 'mean(pain) < 3')}`)).toEqual([
      '40:7 duplicate-id Two feedback rules have the id `calmer`. (Give each feedback rule its own id: records name the rule chosen by it.)',
    ]);
  });
});

describe('weekly feedback messages', () => {
  it('are plain text, without markup', () => {
    const lines = `${measures}  feedback:\n    - id: calmer\n      priority: 1\n      message: See <b>your</b> chart.\n`;
    expect(messages(lines)).toEqual([
      '38:7 feedback-message The message of feedback rule `calmer` contains `<`: messages are plain text, shown and spoken as they are. (Write the message as plain sentences, without Markdown, HTML or braces.)',
    ]);
  });

  it('should read at the curriculum’s grade, together', () => {
    const hard = 'Considerable improvements in physiological relaxation capabilities demonstrate commendable perseverance, notwithstanding persistent musculoskeletal discomfort and intermittent sleep disturbances affecting concentration. Continue implementing diaphragmatic respiration techniques systematically, evaluating subjective responsiveness comprehensively. Additional individualized recommendations necessitate collaborative deliberation.';
    const result = compileWith(withProgram(`${measures}  feedback:\n    - id: calmer\n      priority: 1\n      message: ${hard}\n`));
    expect(result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.fatal === true ? 'error' : 'warning'}`)).toEqual(['35:3 readability warning']);
    expect(result.messages[0]?.reason).toMatch(/^The weekly feedback messages read at grade \d+(\.\d)? \(target 6\)\. Hardest sentence: "Additional individualized recommendations necessitate collaborative deliberation\."\.$/);
  });
});

describe('program measures in curriculum.yaml', () => {
  it('name an item of the check-in lesson, with a did-you-mean hint', () => {
    expect(messages('  measures:\n    pain: daily-check-in.pain-nw\n')).toEqual([
      "34:5 program-measure `program.measures.pain` names `pain-nw`, which is not an item of `daily-check-in`. (Did you mean `pain-now`?)",
    ]);
  });

  it('are read from the check-in lesson only', () => {
    expect(messages('  measures:\n    pain: calm-breathing.tension\n')).toEqual([
      '34:5 program-measure `program.measures.pain` is `calm-breathing.tension`, not an item of the check-in lesson. (Write it as `daily-check-in.<item id>`.)',
    ]);
  });

  it('must be items of the right kind', () => {
    expect(messages('  measures:\n    practised: daily-check-in.pain-now\n')).toEqual([
      '34:5 program-measure `practised` must be a single choice with the option `yes`, but `pain-now` is a rating. (Point `program.measures.practised` at another item, or change the item.)',
    ]);
  });
});
