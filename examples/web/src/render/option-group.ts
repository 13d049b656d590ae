/**
 * A group of radio buttons or checkboxes in a `<fieldset>` whose `<legend>`
 * is the question: the accessible pattern for ratings, scales and choices.
 * Arrow keys move between radio buttons, Space checks, Tab leaves the group.
 *
 * @module
 */

import { el, itemDomId, type Child } from './dom.js';

/** One option. */
export interface GroupOption {
  value: string;
  /** Visible label. */
  label: string;
  /** Extra words for screen readers only, e.g. `No pain` after `0`. */
  spoken?: string;
}

/** Options of {@link createOptionGroup}. */
export interface OptionGroupConfig {
  /** Item id: names the inputs and their ids. */
  id: string;
  legend: string;
  options: readonly GroupOption[];
  multiple: boolean;
  /** `row` for numbered ratings, `column` for labelled options. */
  layout: 'row' | 'column';
  /** Content shown under the options (visible; e.g. the meaning of the ends of a rating). */
  after?: Child;
}

/** A rendered group. */
export interface OptionGroup {
  readonly fieldset: HTMLFieldSetElement;
  readonly inputs: readonly HTMLInputElement[];
  /** Values of the checked inputs. */
  checked(): string[];
  /** Checks exactly `values`. */
  setChecked(values: readonly string[]): void;
}

/**
 * Builds the group. A single-choice group gets `role="radiogroup"` so an
 * error can mark it `aria-invalid`; its legend stays its name.
 *
 * @example
 * ```ts
 * const group = createOptionGroup({ id: 'practised', legend: 'Did you practise?', options: [{ value: 'yes', label: 'Yes' }], multiple: false, layout: 'column' });
 * group.fieldset.addEventListener('change', () => console.log(group.checked()));
 * ```
 */
export function createOptionGroup(config: OptionGroupConfig): OptionGroup {
  const name = itemDomId(config.id);
  const inputs = config.options.map((option, index) =>
    el('input', { type: config.multiple ? 'checkbox' : 'radio', name, id: itemDomId(config.id, String(index)), value: option.value }),
  );
  const labels = config.options.map((option, index) =>
    el(
      'label',
      { class: 'option', for: inputs[index]!.id },
      inputs[index]!,
      el('span', { class: 'option-label' }, option.label),
      option.spoken === undefined ? null : el('span', { class: 'visually-hidden' }, `, ${option.spoken}`),
    ),
  );
  const fieldset = el(
    'fieldset',
    {
      class: `options options-${config.layout}`,
      id: itemDomId(config.id),
      role: config.multiple ? undefined : 'radiogroup',
      'aria-labelledby': itemDomId(config.id, 'legend'),
      'aria-describedby': config.multiple ? itemDomId(config.id, 'hint') : undefined,
    },
    el('legend', { id: itemDomId(config.id, 'legend') }, config.legend),
    config.multiple ? el('p', { class: 'hint', id: itemDomId(config.id, 'hint') }, 'Choose all that apply.') : null,
    el('div', { class: 'option-list' }, ...labels),
    config.after,
  );
  return {
    fieldset,
    inputs,
    checked: () => inputs.filter((input) => input.checked).map((input) => input.value),
    setChecked(values) {
      for (const input of inputs) input.checked = values.includes(input.value);
    },
  };
}
