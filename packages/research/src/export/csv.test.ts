import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.js';

describe('csvCell', () => {
  it('writes empty, numbers, booleans and JSON for arrays and objects', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(7)).toBe('7');
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(['walk', 'rest'])).toBe('"[""walk"",""rest""]"');
    expect(csvCell({ thought: 'x', belief: 40 })).toBe('"{""thought"":""x"",""belief"":40}"');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('guards text a spreadsheet would run as a formula, but not numbers written as text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-5 is how I felt')).toBe("'-5 is how I felt");
    expect(csvCell('@home')).toBe("'@home");
    expect(csvCell('\tTab')).toBe("'\tTab");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+1.5e3')).toBe('+1.5e3');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('csvLine', () => {
  it('joins cells with commas and ends in CRLF, parseable by a CSV reader', () => {
    const line = csvLine(['p-01', 3, null, 'a, "b"\nc', ['x']]);
    expect(line).toBe('p-01,3,,"a, ""b""\nc","[""x""]"\r\n');
    expect(parse(line)).toEqual([['p-01', '3', '', 'a, "b"\nc', '["x"]']]);
  });
});
