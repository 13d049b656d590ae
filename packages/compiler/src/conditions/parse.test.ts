import { describe as group, expect, test } from 'vitest';
import { parseCondition } from './parse.js';
import { spanOf } from './spans.js';
import { show } from './test-helpers.js';

group('parseCondition: comparisons', () => {
  test('reads every comparison operator', () => {
    expect(['==', '!=', '<', '<=', '>', '>='].map((op) => show(`pain-now ${op} 7`))).toEqual([
      '(== pain-now 7)',
      '(!= pain-now 7)',
      '(< pain-now 7)',
      '(<= pain-now 7)',
      '(> pain-now 7)',
      '(>= pain-now 7)',
    ]);
  });

  test('accepts ids, numbers and text on either side', () => {
    expect(show('7 <= pain-now')).toBe('(<= 7 pain-now)');
    expect(show('pain-now > pain-before')).toBe('(> pain-now pain-before)');
    expect(show("'low' == mood")).toBe('(== "low" mood)');
  });

  test('returns plain data of the schema shape', () => {
    expect(parseCondition("mood == 'low'")).toStrictEqual({
      condition: { type: 'compare', op: '==', left: { type: 'ref', ref: { item: 'mood' } }, right: { type: 'string', value: 'low' } },
    });
    expect(parseCondition('pacing-basics.goal >= 2')).toStrictEqual({
      condition: {
        type: 'compare',
        op: '>=',
        left: { type: 'ref', ref: { lesson: 'pacing-basics', item: 'goal' } },
        right: { type: 'number', value: 2 },
      },
    });
  });
});

group('parseCondition: values', () => {
  test('reads integers, negative numbers and decimals', () => {
    expect(show('x == 0')).toBe('(== x 0)');
    expect(show('x == 42')).toBe('(== x 42)');
    expect(show('x == -3')).toBe('(== x -3)');
    expect(show('x == 2.5')).toBe('(== x 2.5)');
    expect(show('x == -0.25')).toBe('(== x -0.25)');
    expect(show('x == 007')).toBe('(== x 7)');
    expect(show('x>-1')).toBe('(> x -1)');
  });

  test('reads text in single or double quotes', () => {
    expect(show("x == 'a b'")).toBe('(== x "a b")');
    expect(show('x == "a b"')).toBe('(== x "a b")');
    expect(show("x == ''")).toBe('(== x "")');
    expect(show(`x == "it's"`)).toBe(`(== x "it's")`);
    expect(show(`x == 'say "hi"'`)).toBe('(== x "say \\"hi\\"")');
    expect(show("x == 'café ☕ 😀'")).toBe('(== x "café ☕ 😀")');
    expect(show("x == 'and or not (1 == 2)'")).toBe('(== x "and or not (1 == 2)")');
  });

  test('reads escaped quotes and backslashes inside text', () => {
    expect(show("x == 'it\\'s'")).toBe(`(== x "it's")`);
    expect(show('x == "say \\"hi\\""')).toBe('(== x "say \\"hi\\"")');
    expect(show("x == 'a\\\\b'")).toBe('(== x "a\\\\b")');
    expect(show("x == '\\\"'")).toBe('(== x "\\"")');
  });

  test('reads kebab-case ids with digits, and ids that contain keywords', () => {
    expect(show('phq-9 >= 10')).toBe('(>= phq-9 10)');
    expect(show('phq-9-q9 > 0')).toBe('(> phq-9-q9 0)');
    expect(show('notes == 1')).toBe('(== notes 1)');
    expect(show('not-sure == 1 and band == 2 or order == 3')).toBe('(or (and (== not-sure 1) (== band 2)) (== order 3))');
    expect(show('answered-today == 1')).toBe('(== answered-today 1)');
  });

  test("reads another lesson's item as lesson-id.item-id", () => {
    expect(show('pacing-basics.pain-now >= 7')).toBe('(>= pacing-basics.pain-now 7)');
    expect(show('answered(session-1.goal)')).toBe('(answered session-1.goal)');
  });
});

group('parseCondition: whitespace', () => {
  test('needs no spaces around operators and parentheses', () => {
    expect(show("pain-now>=7 and(mood=='low')")).toBe('(and (>= pain-now 7) (== mood "low"))');
    expect(show("includes(overdo,'yard')")).toBe('(includes overdo "yard")');
  });

  test('allows tabs, newlines and extra spaces between tokens', () => {
    expect(show('  pain-now\t>=\n  7\n  and\r\n answered ( mood )  ')).toBe('(and (>= pain-now 7) (answered mood))');
  });
});

group('parseCondition: precedence', () => {
  test('`and` binds tighter than `or`', () => {
    expect(show('a == 1 or b == 2 and c == 3')).toBe('(or (== a 1) (and (== b 2) (== c 3)))');
    expect(show('a == 1 and b == 2 or c == 3')).toBe('(or (and (== a 1) (== b 2)) (== c 3))');
  });

  test('`not` binds tighter than `and` and `or`', () => {
    expect(show('not answered(a) and answered(b)')).toBe('(and (not (answered a)) (answered b))');
    expect(show('answered(a) or not answered(b)')).toBe('(or (answered a) (not (answered b)))');
  });

  test('`not` before a comparison negates the whole comparison', () => {
    expect(show('not pain-now >= 7')).toBe('(not (>= pain-now 7))');
    expect(show('not pain-now >= 7 and mood == 1')).toBe('(and (not (>= pain-now 7)) (== mood 1))');
    expect(show('not not answered(a)')).toBe('(not (not (answered a)))');
  });

  test('parentheses override precedence', () => {
    expect(show('(a == 1 or b == 2) and c == 3')).toBe('(and (or (== a 1) (== b 2)) (== c 3))');
    expect(show('not (a == 1 or b == 2)')).toBe('(not (or (== a 1) (== b 2)))');
    expect(show('((a == 1))')).toBe('(== a 1)');
  });

  test('chains of the same operator become one node; parentheses keep their grouping', () => {
    expect(show('a == 1 and b == 2 and c == 3')).toBe('(and (== a 1) (== b 2) (== c 3))');
    expect(show('a == 1 or b == 2 or c == 3 or d == 4')).toBe('(or (== a 1) (== b 2) (== c 3) (== d 4))');
    expect(show('(a == 1 and b == 2) and c == 3')).toBe('(and (and (== a 1) (== b 2)) (== c 3))');
  });
});

group('parseCondition: answered and includes', () => {
  test('reads both functions', () => {
    expect(show('answered(pain-now)')).toBe('(answered pain-now)');
    expect(show("includes(overdo, 'chores')")).toBe('(includes overdo "chores")');
    expect(show('includes(pacing-basics.overdo, "yard")')).toBe('(includes pacing-basics.overdo "yard")');
  });
});

group('parseCondition: offsets', () => {
  test('records where each part was written, without adding properties', () => {
    const source = "pain-now >= 7 and not includes(overdo, 'yard')";
    const result = parseCondition(source);
    if (!('condition' in result) || result.condition.type !== 'and') throw new Error('expected an `and`');
    const [compare, negation] = result.condition.operands;
    const text = (node: object) => {
      const span = spanOf(node)!;
      return source.slice(span.start, span.end);
    };
    expect(text(result.condition)).toBe(source);
    if (compare?.type !== 'compare' || negation?.type !== 'not') throw new Error('unexpected tree');
    expect(text(compare)).toBe('pain-now >= 7');
    expect(text(compare.left)).toBe('pain-now');
    expect(text(compare.right)).toBe('7');
    expect(text(negation)).toBe("not includes(overdo, 'yard')");
    expect(text(negation.operand)).toBe("includes(overdo, 'yard')");
    expect(Object.keys(compare)).toEqual(['type', 'op', 'left', 'right']);
  });
});
