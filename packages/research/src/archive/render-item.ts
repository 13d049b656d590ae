/**
 * Renders an answerable item with everything a reviewer needs: kind, id,
 * required or optional, constraints, options or points, and its risk rule.
 *
 * @module
 */

import { printCondition, type Item } from '@copekit/schema';
import { html, type SafeHtml } from './html.js';
import type { RenderContext } from './render-context.js';

const KIND_NAMES: Record<Item['kind'], string> = {
  rating: 'Rating',
  scale: 'Scale',
  choice: 'Choice',
  text: 'Text entry',
  number: 'Number entry',
  'thought-record': 'Thought record',
};

/** An item as a bordered box. */
export function renderItem(item: Item, context: RenderContext): SafeHtml {
  const link = item.instrument;
  return html`<div class="item" id="item-${item.id}">
<p class="block-head"><span class="tag">${KIND_NAMES[item.kind]}</span> <code>${item.id}</code> · ${item.optional ? 'optional' : 'required'}${
    link === undefined ? false : html` · item <code>${link.item}</code> of instrument <code>${link.id}</code>`
  }</p>
<p class="label">${item.label}</p>
${renderConstraints(item)}${item.risk === undefined ? false : renderRisk(printCondition(item.risk), context)}</div>`;
}

/** The risk marker: the rule and where it leads. */
export function renderRisk(rule: string, context: RenderContext): SafeHtml {
  const safety = context.bundle.curriculum.safety.lesson;
  return html`<p class="risk">⚠ Risk rule <code>${rule}</code>: an answer that meets it starts the safety flow (<a href="${context.root}lessons/${safety}.html">${safety}</a>), which then returns to where the lesson was.</p>\n`;
}

function renderConstraints(item: Item): SafeHtml {
  switch (item.kind) {
    case 'rating':
      return html`<p>Whole number from ${item.min}${item.minLabel === undefined ? false : ` (${item.minLabel})`} to ${item.max}${item.maxLabel === undefined ? false : ` (${item.maxLabel})`}.</p>\n`;
    case 'number': {
      const range = [item.min === undefined ? false : `at least ${item.min}`, item.max === undefined ? false : `at most ${item.max}`].filter((part) => part !== false).join(', ');
      return html`<p>${item.integer ? 'Whole number' : 'Number'}${range === '' ? false : `, ${range}`}${item.unit === undefined ? false : html`, in ${item.unit}`}.</p>\n`;
    }
    case 'text':
      return html`<p>Free text${item.maxLength === undefined ? false : `, up to ${item.maxLength} characters`}.</p>\n`;
    case 'choice':
      return html`<p>${item.multiple ? 'Choose any number of:' : 'Choose one of:'}</p>
<ul class="options">${item.options.map((option) => html`<li><code>${option.value}</code> ${option.label}</li>`)}</ul>\n`;
    case 'scale':
      return html`<p>One of these points:</p>
<ul class="options">${item.points.map((point) => html`<li><code>${point.value}</code> ${point.label}</li>`)}</ul>\n`;
    case 'thought-record':
      return html`<table><thead><tr><th>Field</th><th>Asks</th><th>Answer</th></tr></thead><tbody>${item.fields.map(
        (field) => html`<tr><td><code>${field.id}</code></td><td>${field.label}</td><td>${field.kind === 'rating' ? `rating ${field.min ?? 0}–${field.max ?? 100}` : 'text'}</td></tr>`,
      )}</tbody></table>\n`;
  }
}
