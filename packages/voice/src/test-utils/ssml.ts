/**
 * Test helper: checks SSML with fast-xml-parser (well-formed XML) and a small
 * whitelist of the SSML 1.1 elements and attributes Copekit may emit.
 *
 * @module
 */

import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The allowed elements, each with its allowed attributes and their allowed values (a pattern). */
const allowed: Record<string, Record<string, RegExp>> = {
  speak: { version: /^1\.1$/, xmlns: /^http:\/\/www\.w3\.org\/2001\/10\/synthesis$/, 'xml:lang': /^[a-z]{2,3}(-[A-Z]{2})?$/ },
  p: {},
  s: {},
  break: { time: /^\d+(\.\d+)?m?s$/, strength: /^(none|x-weak|weak|medium|strong|x-strong)$/ },
  prosody: { rate: /./, pitch: /./, volume: /./ },
  'say-as': { 'interpret-as': /^(telephone|cardinal|ordinal|digits|characters|date|time)$/ },
  emphasis: { level: /^(strong|moderate|reduced|none)$/ },
};

type OrderedNode = { [name: string]: OrderedNode[] | string | number | Record<string, string> };

/**
 * What is wrong with `ssml`: not well-formed XML, a root other than one
 * `<speak>`, an element or attribute outside the whitelist, or a bad
 * attribute value. Empty when the SSML is fine.
 */
export function ssmlProblems(ssml: string): string[] {
  const valid = XMLValidator.validate(ssml);
  if (valid !== true) return [`not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`];
  const nodes = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, parseTagValue: false }).parse(ssml) as OrderedNode[];
  const problems: string[] = [];
  const elements = nodes.filter((node) => !('#text' in node));
  if (elements.length !== 1 || !('speak' in elements[0]!)) problems.push('the document must be exactly one <speak> element');
  const visit = (node: OrderedNode): void => {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name === '#text') return;
    const attributes = (node[':@'] ?? {}) as Record<string, string>;
    const rules = allowed[name];
    if (rules === undefined) problems.push(`element <${name}> is not allowed`);
    for (const [attribute, value] of Object.entries(attributes)) {
      const rule = rules?.[attribute];
      if (rules !== undefined && rule === undefined) problems.push(`attribute ${attribute} is not allowed on <${name}>`);
      else if (rule !== undefined && !rule.test(value)) problems.push(`<${name} ${attribute}="${value}"> has a bad value`);
    }
    for (const child of node[name] as OrderedNode[]) visit(child);
  };
  for (const node of nodes) visit(node);
  return problems;
}

/** Throws with every problem when `ssml` is not valid, so a test failure shows the SSML. */
export function assertValidSsml(ssml: string): void {
  const problems = ssmlProblems(ssml);
  if (problems.length > 0) throw new Error(`Invalid SSML:\n${problems.join('\n')}\n\n${ssml}`);
}
