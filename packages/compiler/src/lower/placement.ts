/**
 * `component-placement` and `unknown-component`: a component in a place where
 * it cannot be, explained by what it needs around it.
 *
 * @module
 */

import type { Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.js';
import { componentNames } from './component-specs.js';
import { didYouMean } from './did-you-mean.js';
import { tag, type JsxElement } from './jsx.js';

/** Components that only make sense inside another one. */
const parents: Record<string, string> = { Option: 'Choice', Cue: 'Practice' };

/**
 * Reports `node` as unknown, or as misplaced inside `container`: `Step` or
 * `Show` when it sits in their Markdown (a paragraph, list or quote), or the
 * component that only takes text or other children (`Homework`, `Choice`, …).
 *
 * @example
 * reportMisplaced(file, optionNode, 'Step'); // `<Option>` must be inside a `<Choice>`
 */
export function reportMisplaced(file: VFile, node: JsxElement, container: string): void {
  const name = node.name ?? '';
  if (!componentNames.includes(name)) {
    reportUnknown(file, node);
    return;
  }
  const parent = parents[name];
  const [reason, fix] =
    parent !== undefined
      ? [`\`${tag(node)}\` must be inside a \`<${parent}>\`.`, `Move it into a \`<${parent}>\`, or remove it.`]
      : name === 'Step' && container === 'Step'
        ? ['`<Step>` cannot be inside another `<Step>`.', 'Close the first step with `</Step>` before opening the next one.']
        : name === 'Step' && container === 'Show'
          ? ['`<Step>` cannot be inside `<Show>`.', 'Put the `<Show>` inside the step instead: `<Step id="…"><Show when="…">…</Show></Step>`.']
          : container === 'Step' || container === 'Show'
            ? [`\`${tag(node)}\` must stand on its own, not inside a paragraph, list or quote.`, 'Put it on a line of its own, with a blank line before and after.']
            : [`\`${tag(node)}\` cannot be inside \`<${container}>\`: only text goes there.`, `Move \`${tag(node)}\` out of \`<${container}>\`, directly into the step.`];
  report(file, { ruleId: 'component-placement', reason, place: node.position, fix });
}

/** Reports a component that is not part of the vocabulary. */
export function reportUnknown(file: VFile, node: JsxElement): void {
  const name = node.name ?? '';
  report(file, {
    ruleId: 'unknown-component',
    reason: `\`${tag(node)}\` is not a Copekit component.`,
    place: node.position,
    fix: didYouMean(name, componentNames, `Use one of ${componentNames.map((known) => `\`<${known}>\``).join(', ')}.`),
  });
}

/**
 * Reports content other than `<child>` elements inside a component that holds
 * only those (`<Option>` in `<Choice>`, `<Cue>` in `<Practice>`).
 *
 * @example
 * reportStrayChild(file, paragraph, 'Choice', 'Option'); // only `<Option>` goes inside `<Choice>`
 */
export function reportStrayChild(file: VFile, node: Nodes, parent: string, child: string): void {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !componentNames.includes(node.name ?? '')) {
    reportUnknown(file, node);
    return;
  }
  report(file, {
    ruleId: 'component-placement',
    reason: `Only \`<${child}>\` elements go inside \`<${parent}>\`.`,
    place: node.position,
    fix: `Move this out of the \`<${parent}>\`, before or after it.`,
  });
}
