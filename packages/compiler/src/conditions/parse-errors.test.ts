import { describe as group, expect, test } from 'vitest';
import { show } from './test-helpers.js';

/** Every error as: the source, `^` under its range, the message and the fix. */
function errors(sources: string[]): string {
  return sources.map(show).join('\n\n');
}

group('parseCondition: errors', () => {
  test('explains operators from other languages', () => {
    expect(errors(["pain-now = 7", "pain-now === 7", "pain-now !== 7", "pain-now => 7", "pain-now =< 7", "a == 1 && b == 2", "a == 1 || b == 2", "a == 1 & b == 2", "a == 1 | b == 2", "!answered(a)"])).toMatchInlineSnapshot(`
      "pain-now = 7
               ^
      A single \`=\` is not a comparison.
      fix: Write \`==\` to check that two values are equal.

      pain-now === 7
               ^^^
      \`===\` is not part of the condition language.
      fix: Write \`==\` to compare.

      pain-now !== 7
               ^^^
      \`!==\` is not part of the condition language.
      fix: Write \`!=\` to compare.

      pain-now => 7
               ^^
      \`=>\` is not a comparison.
      fix: Write \`>=\` for "at least".

      pain-now =< 7
               ^^
      \`=<\` is not a comparison.
      fix: Write \`<=\` for "at most".

      a == 1 && b == 2
             ^^
      \`&&\` is not part of the condition language.
      fix: Write \`and\`.

      a == 1 || b == 2
             ^^
      \`||\` is not part of the condition language.
      fix: Write \`or\`.

      a == 1 & b == 2
             ^
      \`&\` is not part of the condition language.
      fix: Write \`and\`.

      a == 1 | b == 2
             ^
      \`|\` is not part of the condition language.
      fix: Write \`or\`.

      !answered(a)
      ^
      \`!\` is not part of the condition language.
      fix: Write \`not\` before a condition, or \`!=\` for "is not equal to"."
    `);
  });

  test('refuses curly quotes and calculations', () => {
    expect(errors(["mood == ‘low’", "mood == “low”", "x + 1 > 3", "x * 2 > 3", "x / 2 > 3", "x == 5-3"])).toMatchInlineSnapshot(`
      "mood == ‘low’
              ^
      Curly quotes cannot mark text in a condition.
      fix: Use straight quotes: 'like this' or "like this".

      mood == “low”
              ^
      Curly quotes cannot mark text in a condition.
      fix: Use straight quotes: 'like this' or "like this".

      x + 1 > 3
        ^
      Conditions cannot calculate (\`+\`).
      fix: Compare an item with a fixed value, like \`pain-now >= 7\`.

      x * 2 > 3
        ^
      Conditions cannot calculate (\`*\`).
      fix: Compare an item with a fixed value, like \`pain-now >= 7\`.

      x / 2 > 3
        ^
      Conditions cannot calculate (\`/\`).
      fix: Compare an item with a fixed value, like \`pain-now >= 7\`.

      x == 5-3
           ^^^
      \`5-3\` is not a number; conditions cannot subtract.
      fix: Compare an item with a fixed number, like \`pain-now >= 7\`."
    `);
  });

  test('refuses numbers the language cannot read', () => {
    expect(errors(["x == .5", "x == -.5", "x == 1e3", "x == - 1", "x == 2.", "lesson . item == 1"])).toMatchInlineSnapshot(`
      "x == .5
           ^^
      \`.5\` is not a number.
      fix: Put a digit before the decimal point, like \`0.5\`.

      x == -.5
           ^^^
      \`-.5\` is not a number.
      fix: Put a digit before the decimal point, like \`0.5\`.

      x == 1e3
           ^^^
      \`1e3\` is neither a number nor an id.
      fix: Write numbers with digits and an optional decimal point (\`7\`, \`2.5\`, \`-1\`); ids start with a letter (\`pain-now\`).

      x == - 1
           ^
      A minus sign must be followed by digits, like \`-1\`; conditions cannot subtract.
      fix: Write a negative number as \`-1\`, or remove the \`-\`.

      x == 2.
           ^^
      \`2.\` is not a number.
      fix: Remove the \`.\`, or write digits after it, like \`2.5\`.

      lesson . item == 1
             ^
      Unexpected \`.\` in the condition.
      fix: A dot only joins a lesson id and an item id, with no spaces: \`lesson-id.item-id\`."
    `);
  });

  test('refuses unexpected characters, counting offsets in UTF-16 code units', () => {
    expect(errors(["x == @", "x == 1 and 😀"])).toMatchInlineSnapshot(`
      "x == @
           ^
      Unexpected \`@\` in the condition.
      fix: Conditions use ids, numbers, quoted text, \`== != < <= > >=\`, \`and\`, \`or\`, \`not\` and parentheses.

      x == 1 and 😀
                 ^^
      Unexpected \`😀\` in the condition.
      fix: Conditions use ids, numbers, quoted text, \`== != < <= > >=\`, \`and\`, \`or\`, \`not\` and parentheses."
    `);
  });

  test('refuses unclosed text and unknown escapes', () => {
    expect(errors(["x == 'abc", "x == 'a\\nb'", "x == 'abc\\"])).toMatchInlineSnapshot(`
      "x == 'abc
           ^^^^
      This quoted text has no closing quote.
      fix: End the text with '.

      x == 'a\\nb'
             ^^
      A backslash in quoted text must be followed by a quote or another backslash.
      fix: Write \\' for a quote and \\\\ for a backslash, or remove the backslash.

      x == 'abc\\
               ^
      A backslash in quoted text must be followed by a quote or another backslash.
      fix: Write \\' for a quote and \\\\ for a backslash, or remove the backslash."
    `);
  });

  test('refuses ids that are not kebab-case, and keywords in capitals', () => {
    expect(errors(["Pain_Now == 1", "PainNow == 1", "pain--now == 1", "pain-now- == 1", "a.b.c == 1", "x == 1 AND y == 2", "Not answered(x)"])).toMatchInlineSnapshot(`
      "Pain_Now == 1
      ^^^^^^^^
      \`Pain_Now\` is not a valid id: ids use lowercase letters, digits and hyphens.
      fix: Write \`pain-now\`.

      PainNow == 1
      ^^^^^^^
      \`PainNow\` is not a valid id: ids use lowercase letters, digits and hyphens.
      fix: Write \`pain-now\`.

      pain--now == 1
      ^^^^^^^^^
      \`pain--now\` is not a valid id.
      fix: Ids are lowercase words or numbers joined by single hyphens, like \`pain-now\`; another lesson's item is \`lesson-id.item-id\`.

      pain-now- == 1
      ^^^^^^^^^
      \`pain-now-\` is not a valid id.
      fix: Ids are lowercase words or numbers joined by single hyphens, like \`pain-now\`; another lesson's item is \`lesson-id.item-id\`.

      a.b.c == 1
      ^^^^^
      \`a.b.c\` has more than one dot.
      fix: Refer to an item as \`item-id\`, or to another lesson's item as \`lesson-id.item-id\`.

      x == 1 AND y == 2
             ^^^
      \`AND\` must be written in lowercase.
      fix: Write \`and\`.

      Not answered(x)
      ^^^
      \`Not\` must be written in lowercase.
      fix: Write \`not\`."
    `);
  });

  test('refuses empty conditions', () => {
    expect(errors(["", "   "])).toMatchInlineSnapshot(`
      "
      ^
      The condition is empty.
      fix: Write a condition, like \`pain-now >= 7\`.

         
      ^^^
      The condition is empty.
      fix: Write a condition, like \`pain-now >= 7\`."
    `);
  });

  test('refuses a value on its own', () => {
    expect(errors(["pain-now", "7", "'low'", "pain-now and answered(x)", "(pain-now)"])).toMatchInlineSnapshot(`
      "pain-now
      ^^^^^^^^
      \`pain-now\` alone is not a condition.
      fix: Compare it, like \`pain-now >= 7\`, or check \`answered(pain-now)\`.

      7
      ^
      \`7\` alone is not a condition.
      fix: Compare an item with it, like \`pain-now == 7\`.

      'low'
      ^^^^^
      \`'low'\` alone is not a condition.
      fix: Compare an item with it, like \`pain-now == 'low'\`.

      pain-now and answered(x)
      ^^^^^^^^
      \`pain-now\` alone is not a condition.
      fix: Compare it, like \`pain-now >= 7\`, or check \`answered(pain-now)\`.

      (pain-now)
       ^^^^^^^^
      \`pain-now\` alone is not a condition.
      fix: Compare it, like \`pain-now >= 7\`, or check \`answered(pain-now)\`."
    `);
  });

  test('refuses unknown functions, with a suggestion when one is close', () => {
    expect(errors(["answerd(x)", "include(x, 'a')", "foo(x)", "lesson.answered(x)"])).toMatchInlineSnapshot(`
      "answerd(x)
      ^^^^^^^
      \`answerd(…)\` is not something conditions can check.
      fix: Did you mean \`answered\`?

      include(x, 'a')
      ^^^^^^^
      \`include(…)\` is not something conditions can check.
      fix: Did you mean \`includes\`?

      foo(x)
      ^^^
      \`foo(…)\` is not something conditions can check.
      fix: Conditions know \`answered(id)\` and \`includes(id, 'value')\`.

      lesson.answered(x)
      ^^^^^^^^^^^^^^^
      \`lesson.answered(…)\` is not something conditions can check.
      fix: Conditions know \`answered(id)\` and \`includes(id, 'value')\`."
    `);
  });

  test('refuses chained comparisons and missing joins', () => {
    expect(errors(["1 < x < 5", "x == 1 y == 2", "x == 1 (y == 2)"])).toMatchInlineSnapshot(`
      "1 < x < 5
            ^
      Comparisons cannot be chained.
      fix: Join two comparisons with \`and\`, like \`pain-now >= 3 and pain-now <= 6\`.

      x == 1 y == 2
             ^
      Expected \`and\`, \`or\` or the end of the condition before \`y\`.
      fix: Join conditions with \`and\` or \`or\`, like \`pain-now >= 7 and answered(mood)\`.

      x == 1 (y == 2)
             ^
      Expected \`and\`, \`or\` or the end of the condition before \`(\`.
      fix: Join conditions with \`and\` or \`or\`, like \`pain-now >= 7 and answered(mood)\`."
    `);
  });

  test('refuses unbalanced parentheses', () => {
    expect(errors(["(a == 1", "a == 1)", "((a == 1)", "()"])).toMatchInlineSnapshot(`
      "(a == 1
      ^
      This \`(\` is never closed.
      fix: Add a \`)\` where the group ends.

      a == 1)
            ^
      This \`)\` has no matching \`(\`.
      fix: Remove it, or add a \`(\` where the group starts.

      ((a == 1)
      ^
      This \`(\` is never closed.
      fix: Add a \`)\` where the group ends.

      ()
       ^
      Expected a condition after \`(\`, not \`)\`.
      fix: Write a condition there, like \`pain-now >= 7\`."
    `);
  });

  test('refuses missing conditions around and, or and not', () => {
    expect(errors(["not", "a == 1 and", "a == 1 or or b == 2", "and a == 1", ">= 7", "x ==", "x == and y == 1"])).toMatchInlineSnapshot(`
      "not
         ^
      The condition ends too early: a condition is missing after \`not\`.
      fix: Complete it, like \`pain-now >= 7\`.

      a == 1 and
                ^
      The condition ends too early: a condition is missing after \`and\`.
      fix: Complete it, like \`pain-now >= 7\`.

      a == 1 or or b == 2
                ^^
      Expected a condition after \`or\`, not \`or\`.
      fix: Write a condition there, like \`pain-now >= 7\`.

      and a == 1
      ^^^
      Expected a condition, not \`and\`.
      fix: Write a condition there, like \`pain-now >= 7\`.

      >= 7
      ^^
      A comparison needs a value before \`>=\`.
      fix: Put an id or a value on both sides, like \`pain-now >= 7\`.

      x ==
          ^
      Expected a value after \`==\`: an id, a number or quoted text.
      fix: Complete the comparison, like \`pain-now >= 7\`.

      x == and y == 1
           ^^^
      Expected a value after \`==\`: an id, a number or quoted text.
      fix: Complete the comparison, like \`pain-now >= 7\`."
    `);
  });

  test('refuses malformed answered()', () => {
    expect(errors(["answered", "answered x", "answered()", "answered('x')", "answered(x, y)", "answered(x"])).toMatchInlineSnapshot(`
      "answered
              ^
      \`answered\` needs an item id in parentheses: \`answered(pain-now)\`.
      fix: Add the parentheses.

      answered x
               ^
      \`answered\` needs an item id in parentheses: \`answered(pain-now)\`.
      fix: Add the parentheses.

      answered()
               ^
      Expected an item id here.
      fix: Write \`answered(pain-now)\`.

      answered('x')
               ^^^
      Item ids are written without quotes.
      fix: Write \`answered(pain-now)\`.

      answered(x, y)
                ^
      \`answered\` takes one item id: \`answered(pain-now)\`.
      fix: Close the parentheses after the last argument.

      answered(x
                ^
      \`answered\` takes one item id: \`answered(pain-now)\`.
      fix: Close the parentheses after the last argument."
    `);
  });

  test('refuses malformed includes()', () => {
    expect(errors(["includes(x)", "includes(x 'a')", "includes(x, 3)", "includes(x, y)", "includes('x', 'y')", "includes(x, 'a', 'b')"])).toMatchInlineSnapshot(`
      "includes(x)
                ^
      Expected a comma after the item id in \`includes(overdo, 'chores')\`.
      fix: Write \`includes(overdo, 'chores')\`.

      includes(x 'a')
                 ^^^
      Expected a comma after the item id in \`includes(overdo, 'chores')\`.
      fix: Write \`includes(overdo, 'chores')\`.

      includes(x, 3)
                  ^
      The value checked by \`includes\` must be an option value in quotes.
      fix: Write \`includes(overdo, 'chores')\`.

      includes(x, y)
                  ^
      The value checked by \`includes\` must be an option value in quotes.
      fix: Write \`includes(overdo, 'chores')\`.

      includes('x', 'y')
               ^^^
      Item ids are written without quotes.
      fix: Write \`includes(overdo, 'chores')\`.

      includes(x, 'a', 'b')
                     ^
      \`includes\` takes an item id and one value: \`includes(overdo, 'chores')\`.
      fix: Close the parentheses after the last argument."
    `);
  });
});
