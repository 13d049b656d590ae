import { describe as group, expect, test } from 'vitest';
import { frontMatter, messages } from '../test-helpers.js';

function body(text: string): string[] {
  return messages(frontMatter + text, { fix: true });
}

group('link-protocol', () => {
  test('allows https, mailto and tel links, in any case', () => {
    expect(body('[a](https://example.org) [b](mailto:help@example.org) [c](tel:+15555550100) [d](HTTPS://EXAMPLE.ORG)\n')).toEqual([]);
  });

  test('refuses http links and says to use https', () => {
    expect(body('See [the guide](http://example.org).\n')).toMatchInlineSnapshot(`
      [
        "7:5-7:36 link-protocol The link \`http://example.org\` uses \`http:\`; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Use \`https://\` instead of \`http://\`. Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
      ]
    `);
  });

  test('refuses relative links, anchors and empty links', () => {
    expect(body('[a](./other.mdx) [b](#step-2) [c]() [d](//example.org)\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:17 link-protocol The link \`./other.mdx\` is not a full address; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
        "7:18-7:30 link-protocol The link \`#step-2\` is not a full address; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
        "7:31-7:36 link-protocol This link has no address.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
        "7:37-7:55 link-protocol The link \`//example.org\` is not a full address; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
      ]
    `);
  });

  test('refuses script and data URLs, also when written with character references', () => {
    expect(body('[a](javascript:alert(1)) [b](data:text/html,x) [c](javascript&#58;alert(1)) [d](JavaScript:x)\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:25 link-protocol The link \`javascript:alert(1)\` uses \`javascript:\`; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
        "7:26-7:47 link-protocol The link \`data:text/html,x\` uses \`data:\`; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
        "7:48-7:76 link-protocol The link \`javascript:alert(1)\` uses \`javascript:\`; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
        "7:77-7:94 link-protocol The link \`JavaScript:x\` uses \`javascript:\`; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
      ]
    `);
  });

  test('refuses https without `//`', () => {
    expect(body('[a](https:example.org)\n')).toMatchInlineSnapshot(`
      [
        "7:1-7:23 link-protocol The link \`https:example.org\` is not a full address; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
      ]
    `);
  });

  test('checks definitions used by reference links', () => {
    expect(body('See [the guide][guide].\n\n[guide]: http://example.org\n[ok]: https://example.org\n')).toMatchInlineSnapshot(`
      [
        "9:1-9:28 link-protocol The link \`http://example.org\` uses \`http:\`; only \`https:\`, \`mailto:\` and \`tel:\` links are allowed.",
        "  fix: Use \`https://\` instead of \`http://\`. Write a full address starting with \`https://\`, or \`mailto:\` for an email address, or \`tel:\` for a phone number.",
      ]
    `);
  });
});
