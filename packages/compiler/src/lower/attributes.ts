/**
 * Reads and checks the attributes of a component against its entry in
 * `components.schema.json`: unknown attributes (with a suggestion), missing
 * required ones, values of the wrong type (with the literal to write), values
 * outside an enumeration, then the schema's remaining constraints.
 *
 * @module
 */

import type { MdxJsxAttribute } from 'mdast-util-mdx';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import type { AttributeSpec, ComponentSpec } from './component-specs.js';
import { didYouMean } from './did-you-mean.js';
import { tag, type JsxElement } from './jsx.js';
import { literalValue, type LiteralValue } from './literal.js';

/** The checked attributes of one component. */
export class Attributes {
  readonly #values: Record<string, LiteralValue> = {};
  readonly #nodes = new Map<string, MdxJsxAttribute>();
  /** Whether every attribute was present and valid. */
  valid = true;

  /** A string attribute's value. */
  string(name: string): string | undefined {
    const value = this.#values[name];
    return typeof value === 'string' ? value : undefined;
  }

  /** A number attribute's value. */
  number(name: string): number | undefined {
    const value = this.#values[name];
    return typeof value === 'number' ? value : undefined;
  }

  /** A boolean attribute's value; `false` when absent. */
  flag(name: string): boolean {
    return this.#values[name] === true;
  }

  /** The attribute node, to place problems inside its value. */
  node(name: string): MdxJsxAttribute | undefined {
    return this.#nodes.get(name);
  }

  /** Where the attribute is written. */
  place(name: string): Position | undefined {
    return this.#nodes.get(name)?.position;
  }

  /** @internal Records a checked value. */
  set(attribute: MdxJsxAttribute, value: LiteralValue | undefined): void {
    this.#nodes.set(attribute.name, attribute);
    if (value !== undefined) this.#values[attribute.name] = value;
  }

  /** @internal Whether the attribute was written. */
  has(name: string): boolean {
    return this.#nodes.has(name);
  }

  /** @internal The values, for schema validation. */
  record(): Readonly<Record<string, LiteralValue>> {
    return this.#values;
  }
}

/**
 * Reads the attributes of `node`, a known component, reporting every problem.
 *
 * @example
 * const attributes = readAttributes(node, specOf('Rating'), file);
 * attributes.number('min'); // => 0
 */
export function readAttributes(node: JsxElement, spec: ComponentSpec, file: VFile): Attributes {
  const attributes = new Attributes();
  const fail = (attribute: MdxJsxAttribute | undefined, reason: string, fix: string): void => {
    attributes.valid = false;
    report(file, { ruleId: 'attribute-value', reason, place: attribute?.position ?? node.position, fix });
  };
  for (const attribute of node.attributes) {
    // Spreads are reported by the parser (`no-expression`).
    if (attribute.type !== 'mdxJsxAttribute') {
      attributes.valid = false;
      continue;
    }
    const name = attribute.name;
    const attributeSpec = spec.attributes.get(name);
    if (attributeSpec === undefined) {
      attributes.valid = false;
      report(file, {
        ruleId: 'unknown-attribute',
        reason: `\`${tag(node)}\` has no attribute \`${name}\`.`,
        place: attribute.position,
        fix:
          spec.attributes.size === 0
            ? `Remove it: \`${tag(node)}\` takes no attributes.`
            : didYouMean(name, spec.attributes.keys(), `Its attributes are ${list(spec.attributes.keys())}.`),
      });
      continue;
    }
    if (attributes.has(name)) {
      fail(attribute, `\`${name}\` is given twice on \`${tag(node)}\`.`, `Keep one \`${name}\`.`);
      continue;
    }
    const value = literalValue(attribute);
    // Code in braces is reported by the parser (`no-expression`).
    if (value === undefined) attributes.valid = false;
    const problem = value === undefined ? undefined : checkValue(name, value, attributeSpec);
    if (problem !== undefined) fail(attribute, `\`${name}\` on \`${tag(node)}\` ${problem[0]}`, problem[1]);
    attributes.set(attribute, problem === undefined ? value : undefined);
  }
  const missing = spec.required.filter((name) => !attributes.has(name));
  if (missing.length > 0) {
    const names = missing.map((name) => `\`${name}\``).join(', ');
    fail(undefined, `\`${tag(node)}\` needs ${names}.`, `Add ${missing.map((name) => example(name, spec)).join(', ')}.`);
  }
  if (attributes.valid) {
    for (const problem of spec.validate(attributes.record())) {
      fail(attributes.node(problem.attribute), `\`${problem.attribute}\` on \`${tag(node)}\` ${problem.message}`, problem.fix);
    }
  }
  return attributes;
}

/** `[reason, fix]` when `value` does not have the type the schema gives. */
function checkValue(name: string, value: LiteralValue, spec: AttributeSpec): [string, string] | undefined {
  switch (spec.type) {
    case 'number':
    case 'integer': {
      const integer = spec.type === 'integer';
      const noun = integer ? 'a whole number' : 'a number';
      if (typeof value === 'string') {
        const numeric = value.trim() !== '' && Number.isFinite(Number(value));
        return [`must be ${noun}, not text.`, numeric ? `Write \`${name}={${value.trim()}}\`.` : `Write ${noun} in braces, such as \`${name}={1}\`.`];
      }
      if (typeof value !== 'number') return [`must be ${noun}, not \`${value}\`.`, `Write ${noun} in braces, such as \`${name}={1}\`.`];
      if (integer && !Number.isInteger(value)) return [`must be a whole number, not ${value}.`, `Write \`${name}={${Math.round(value)}}\`.`];
      return undefined;
    }
    case 'boolean':
      if (typeof value === 'boolean') return undefined;
      return [`is true or false, not ${JSON.stringify(value)}.`, `Write \`${name}\` alone for true, or leave it out for false.`];
    case 'string':
      if (typeof value !== 'string') return [`must be text, not \`{${String(value)}}\`.`, `Write \`${name}="${String(value)}"\`.`];
      if (spec.enum !== undefined && !spec.enum.includes(value)) {
        return [`must be one of ${list(spec.enum)}, not "${value}".`, didYouMean(value, spec.enum, `Write one of ${list(spec.enum)}.`)];
      }
      return undefined;
  }
}

/** How to write a missing attribute. */
function example(name: string, spec: ComponentSpec): string {
  const type = spec.attributes.get(name)?.type;
  return type === 'number' || type === 'integer' ? `\`${name}={…}\`` : `\`${name}="…"\``;
}

/** `\`a\`, \`b\``. */
function list(names: Iterable<string>): string {
  return [...names].map((name) => `\`${name}\``).join(', ');
}
