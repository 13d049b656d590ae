import { printCondition, printConditionString, type Condition, type ItemRef, type Operand } from '@copekit/schema';
import fc from 'fast-check';
import { describe as group, expect, test } from 'vitest';
import { parseCondition } from './parse.js';
import { keywords } from './tokenize.js';

/** Parses and prints again: the canonical form of a source. */
function canonical(source: string): string {
  const result = parseCondition(source);
  if (!('condition' in result)) throw new Error(result.error.message);
  return printCondition(result.condition);
}

group('printCondition', () => {
  test('prints single spaces around operators and single-quoted text', () => {
    expect(canonical('pain-now>=7')).toBe('pain-now >= 7');
    expect(canonical('mood=="low"')).toBe("mood == 'low'");
    expect(canonical("  answered( x )and includes(overdo,\"yard\")")).toBe("answered(x) and includes(overdo, 'yard')");
    expect(canonical('lesson-a.item-b != -2.5')).toBe('lesson-a.item-b != -2.5');
  });

  test('escapes quotes and backslashes in text', () => {
    expect(canonical(`mood == "it's"`)).toBe("mood == 'it\\'s'");
    expect(canonical("mood == 'a\\\\b'")).toBe("mood == 'a\\\\b'");
    expect(printConditionString('say "hi"')).toBe(`'say "hi"'`);
  });

  test('keeps only the parentheses that grouping needs', () => {
    expect(canonical('(a == 1 and b == 2) or c == 3')).toBe('a == 1 and b == 2 or c == 3');
    expect(canonical('(a == 1 or b == 2) and c == 3')).toBe('(a == 1 or b == 2) and c == 3');
    expect(canonical('a == 1 and (b == 2 and c == 3)')).toBe('a == 1 and b == 2 and c == 3');
    expect(canonical('((answered(a)))')).toBe('answered(a)');
  });

  test('parenthesizes what `not` applies to unless it is a single check', () => {
    expect(canonical('not pain-now >= 7')).toBe('not (pain-now >= 7)');
    expect(canonical('not (a == 1 or b == 2)')).toBe('not (a == 1 or b == 2)');
    expect(canonical('not (a == 1 and b == 2)')).toBe('not (a == 1 and b == 2)');
    expect(canonical('not answered(a) and not not includes(b, \'x\')')).toBe("not answered(a) and not not includes(b, 'x')");
  });
});

/** Kebab-case ids that are not keywords. */
const id = fc
  .stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,4}){0,2}$/)
  .filter((value) => !(keywords as readonly string[]).includes(value));

const ref: fc.Arbitrary<ItemRef> = fc.record({ lesson: id, item: id }, { requiredKeys: ['item'] });

const operand: fc.Arbitrary<Operand> = fc.oneof(
  ref.map((value) => ({ type: 'ref' as const, ref: value })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ type: 'number' as const, value })),
  fc.integer({ min: -100, max: 100 }).map((value) => ({ type: 'number' as const, value })),
  fc.string({ unit: 'binary' }).map((value) => ({ type: 'string' as const, value })),
);

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      type: fc.constant('compare' as const),
      op: fc.constantFrom('==' as const, '!=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const),
      left: operand,
      right: operand,
    }),
    fc.record({ type: fc.constant('answered' as const), ref }),
    fc.record({ type: fc.constant('includes' as const), ref, value: fc.string({ unit: 'binary' }) }),
    fc.record({ type: fc.constant('not' as const), operand: tie('condition') }),
    fc.record({ type: fc.constantFrom('and' as const, 'or' as const), operands: fc.array(tie('condition'), { minLength: 2, maxLength: 4 }) }),
  ),
}));

/** The tree a printed condition reads back as: nested same-type chains flattened, `-0` as `0`. */
function normalize(node: Condition): Condition {
  switch (node.type) {
    case 'and':
    case 'or':
      return {
        type: node.type,
        operands: node.operands.map(normalize).flatMap((child) => ('operands' in child && child.type === node.type ? child.operands : [child])),
      };
    case 'not':
      return { type: 'not', operand: normalize(node.operand) };
    case 'compare':
      return { ...node, left: normalizeOperand(node.left), right: normalizeOperand(node.right) };
    default:
      return node;
  }
}

function normalizeOperand(value: Operand): Operand {
  return value.type === 'number' && Object.is(value.value, -0) ? { type: 'number', value: 0 } : value;
}

group('printCondition: round trip', () => {
  test('printing, parsing and printing again gives the same text', () => {
    fc.assert(
      fc.property(condition, (tree) => {
        const printed = printCondition(tree);
        expect(canonical(printed)).toBe(printed);
      }),
      { numRuns: 500 },
    );
  });

  test('the printed text reads back as the same tree', () => {
    fc.assert(
      fc.property(condition, (tree) => {
        expect(parseCondition(printCondition(tree))).toEqual({ condition: normalize(tree) });
      }),
      { numRuns: 500 },
    );
  });
});
