import { describe, expect, it } from 'vitest';
import { parseScript } from './script.js';

describe('parseScript', () => {
  it('reads a list of replies, or an object of replies or answers with its lesson and mode', () => {
    expect(parseScript('["7", "yes"]', 'a.json')).toEqual({ replies: ['7', 'yes'] });
    expect(parseScript('{ "lesson": "daily-check-in", "mode": "guided", "replies": ["7"] }', 'a.json')).toEqual({ lesson: 'daily-check-in', mode: 'guided', replies: ['7'] });
    expect(parseScript('{ "answers": { "pain-today": 7, "practised": "yes" } }', 'a.json')).toEqual({ answers: { 'pain-today': 7, practised: 'yes' } });
  });

  it('says what is wrong with a bad script, naming the file', () => {
    const problem = (json: string) => {
      try {
        parseScript(json, 'demo.json');
      } catch (error) {
        return (error as Error).message.replace(/ A script is a list of replies.*$/, '');
      }
      throw new Error('expected an error');
    };
    expect(problem('["7",')).toMatch(/^demo\.json: not valid JSON \(/);
    expect(problem('7')).toBe('demo.json: expected a list or an object.');
    expect(problem('["7", 8]')).toBe('demo.json: reply 2 is 8, not a string.');
    expect(problem('{ "replies": "7" }')).toBe('demo.json: "replies" must be a list of strings.');
    expect(problem('{ "replies": [], "answers": {} }')).toBe('demo.json: give either "replies" or "answers".');
    expect(problem('{ "lesson": "x" }')).toBe('demo.json: give either "replies" or "answers".');
    expect(problem('{ "answers": [] }')).toBe('demo.json: "answers" must be an object of item ids.');
    expect(problem('{ "replies": [], "extra": 1 }')).toBe('demo.json: unknown field "extra".');
    expect(problem('{ "lesson": 3, "replies": [] }')).toBe('demo.json: "lesson" must be a lesson id.');
    expect(problem('{ "mode": "solo", "replies": [] }')).toBe('demo.json: "mode" must be "guided" or "self-directed".');
  });

  it('throws a player error with the bad-script code', () => {
    expect(() => parseScript('{}', 'x.json')).toThrow(expect.objectContaining({ name: 'PlayerError', code: 'bad-script' }));
  });
});
