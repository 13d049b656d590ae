/**
 * Small structural checks of generated HTML, standing in for a validator:
 * tags balance, attributes are quoted, and what links and loads.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Problems with tag nesting: unclosed, stray or crossed tags. Empty when balanced. */
export function tagProblems(document: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = document.replace(/^<!DOCTYPE html>\n/, '').replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>|<|>/g)) {
    const [whole, closing, rawName, , selfClosing] = match;
    if (whole === '<' || whole === '>') {
      problems.push(`bare ${whole} at ${match.index}: ${body.slice(Math.max(0, match.index - 30), match.index + 30)}`);
      continue;
    }
    const name = rawName!.toLowerCase();
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${match.index}`);
    } else if (!VOID.has(name) && selfClosing !== '/') stack.push(name);
  }
  for (const open of stack) problems.push(`<${open}> never closed`);
  return problems;
}

/** Every `href` value, entities decoded. */
export function hrefs(document: string): string[] {
  return [...document.matchAll(/\shref="([^"]*)"/g)].map((match) => decode(match[1]!));
}

function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
