/**
 * The component vocabulary, derived from `components.schema.json`: which
 * components exist, their attributes with types and descriptions, which are
 * required, and the precompiled validator for everything else (patterns,
 * enumerations, minimums). The schema is the single source of truth; nothing
 * here lists attributes by hand.
 *
 * @module
 */

import { componentsSchema, schemaErrors, validateComponents } from '@copekit/schema';
import type { LiteralValue } from './literal.js';

/** The JSON type of an attribute, as far as literals go. */
export type AttributeType = 'string' | 'number' | 'integer' | 'boolean';

/** One attribute of a component. */
export interface AttributeSpec {
  type: AttributeType;
  /** Allowed values, when the schema lists them. */
  enum?: readonly string[];
  /** The schema's description, used as a hint. */
  description?: string;
}

/** A problem the schema validator found in a component's attributes. */
export interface AttributeProblem {
  attribute: string;
  /** Completes "`name` on `<Component>` …". */
  message: string;
  fix: string;
}

/** One component. */
export interface ComponentSpec {
  name: string;
  attributes: ReadonlyMap<string, AttributeSpec>;
  required: readonly string[];
  /** Checks well-typed values against the rest of the schema. */
  validate(values: Readonly<Record<string, LiteralValue>>): AttributeProblem[];
}

interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
}

const schema = componentsSchema as unknown as { properties: Record<string, SchemaNode>; $defs: Record<string, SchemaNode> };

/** Component names, in the schema's order. */
export const componentNames: readonly string[] = Object.keys(schema.properties);

const specs = new Map(componentNames.map((name) => [name, buildSpec(name)]));

/**
 * The spec of a component of the vocabulary.
 *
 * @example
 * specOf('Rating').required; // => ['id', 'label', 'min', 'max']
 */
export function specOf(name: string): ComponentSpec {
  const spec = specs.get(name);
  if (spec === undefined) throw new Error(`Unknown component <${name}>: check componentNames first.`);
  return spec;
}

function buildSpec(name: string): ComponentSpec {
  const definition = resolve(schema.properties[name] ?? {});
  const attributes = new Map<string, AttributeSpec>();
  for (const [attribute, node] of Object.entries(definition.properties ?? {})) {
    const resolved = resolve(node);
    const spec: AttributeSpec = { type: typeOf(resolved) };
    if (resolved.enum !== undefined) spec.enum = resolved.enum.map(String);
    const description = node.description ?? resolved.description;
    if (description !== undefined) spec.description = description;
    attributes.set(attribute, spec);
  }
  return {
    name,
    attributes,
    required: definition.required ?? [],
    validate: (values) => validateAttributes(name, values, attributes),
  };
}

/** Follows local `$ref`s, keeping the referring node's own keywords. */
function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref === undefined) return node;
  const target = schema.$defs[node.$ref.replace('#/$defs/', '')] ?? {};
  const { $ref: _ref, ...own } = node;
  return { ...resolve(target), ...own };
}

function typeOf(node: SchemaNode): AttributeType {
  if (node.type === 'number' || node.type === 'integer' || node.type === 'boolean') return node.type;
  return 'string';
}

function validateAttributes(name: string, values: Readonly<Record<string, LiteralValue>>, attributes: ReadonlyMap<string, AttributeSpec>): AttributeProblem[] {
  const problems: AttributeProblem[] = [];
  for (const { path, message } of schemaErrors(validateComponents, { [name]: values })) {
    const attribute = path.split('/')[2];
    if (attribute === undefined) continue;
    problems.push({
      attribute,
      message: `${message} (it is ${JSON.stringify(values[attribute])}).`,
      fix: attributes.get(attribute)?.description ?? 'See the component reference for what this attribute takes.',
    });
  }
  return problems;
}
