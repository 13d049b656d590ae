import { describe as group, expect, test } from 'vitest';
import { type Token, tokenize } from './tokenize.js';

/** Tokens as `kind[start,end)` with their value. */
function tokens(source: string): string[] {
  return tokenize(source).map((token: Token) => {
    const range = `[${token.start},${token.end})`;
    switch (token.kind) {
      case 'ref':
        return `ref${range} ${JSON.stringify(token.ref)}`;
      case 'keyword':
        return `keyword${range} ${token.keyword}`;
      case 'number':
        return `number${range} ${token.value}`;
      case 'string':
        return `string${range} ${JSON.stringify(token.value)}`;
      case 'operator':
        return `operator${range} ${token.operator}`;
      default:
        return `${token.kind}${range}`;
    }
  });
}

group('tokenize', () => {
  test('gives every token its kind, value and range', () => {
    expect(tokens("not(pacing.pain-now>=-2.5) or includes(x, 'a\\'b')")).toEqual([
      'keyword[0,3) not',
      '([3,4)',
      'ref[4,19) {"lesson":"pacing","item":"pain-now"}',
      'operator[19,21) >=',
      'number[21,25) -2.5',
      ')[25,26)',
      'keyword[27,29) or',
      'keyword[30,38) includes',
      '([38,39)',
      'ref[39,40) {"item":"x"}',
      ',[40,41)',
      `string[42,48) "a'b"`,
      ')[48,49)',
      'end[49,49)',
    ]);
  });

  test('reads the longest operator first', () => {
    expect(tokens('a<=b<c!=d==e>f>=g').filter((token) => token.startsWith('operator'))).toEqual([
      'operator[1,3) <=',
      'operator[4,5) <',
      'operator[6,8) !=',
      'operator[9,11) ==',
      'operator[12,13) >',
      'operator[14,16) >=',
    ]);
  });

  test('ends with an end token, even for empty text', () => {
    expect(tokens('')).toEqual(['end[0,0)']);
    expect(tokens(' \n')).toEqual(['end[2,2)']);
  });
});
