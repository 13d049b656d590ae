/**
 * One question, labelled: option groups in a `<fieldset>` with a `<legend>`,
 * text and numbers in a `<label>`led field, errors tied with
 * `aria-describedby`.
 *
 * @module
 */

import type { AnswerValue, FrameItem } from '@copekit/engine';
import { useState, type ReactNode } from 'react';

/** Props of {@link ItemField}. */
export interface ItemFieldProps {
  item: FrameItem;
  /** The value to show (a held risk answer, or the frame's). */
  value: AnswerValue | null;
  /** Called with the new answer, or `null` when the participant cleared it. */
  onAnswer(value: AnswerValue | null): void;
  /** The error to show under the question. */
  error?: string | undefined;
}

/** Renders any item. */
export function ItemField(props: ItemFieldProps): ReactNode {
  const { item } = props;
  if (item.kind === 'rating' && item.constraints.max - item.constraints.min <= 10) {
    const { min, max, minLabel, maxLabel } = item.constraints;
    const options = Array.from({ length: max - min + 1 }, (_, index) => {
      const value = min + index;
      return { value: String(value), label: String(value), spoken: value === min ? minLabel : value === max ? maxLabel : undefined };
    });
    return <OptionGroup {...props} options={options} parse={Number} multiple={false} />;
  }
  if (item.kind === 'scale') return <OptionGroup {...props} options={item.constraints.points.map((point) => ({ value: String(point.value), label: point.label }))} parse={Number} multiple={false} />;
  if (item.kind === 'choice') return <OptionGroup {...props} options={item.constraints.options} parse={String} multiple={item.constraints.multiple} />;
  if (item.kind === 'thought-record') return <ThoughtRecord {...props} fields={item.constraints.fields} />;
  return <Entry {...props} />;
}

function ErrorText({ id, error }: { id: string; error?: string | undefined }): ReactNode {
  return error === undefined ? null : (
    <p id={id} className="field-error">
      {error}
    </p>
  );
}

interface OptionGroupProps extends ItemFieldProps {
  options: readonly { value: string; label: string; spoken?: string | undefined }[];
  parse(text: string): AnswerValue;
  multiple: boolean;
}

function OptionGroup({ item, value, onAnswer, error, options, parse, multiple }: OptionGroupProps): ReactNode {
  const checked = value === null ? [] : Array.isArray(value) ? value : [String(value)];
  const errorId = `${item.id}-error`;
  const toggle = (option: string, on: boolean): void => {
    if (!multiple) return onAnswer(parse(option));
    const next = on ? [...checked, option] : checked.filter((entry) => entry !== option);
    onAnswer(next.length === 0 ? null : options.map((entry) => entry.value).filter((entry) => next.includes(entry)));
  };
  return (
    <fieldset className="item" role={multiple ? undefined : 'radiogroup'} aria-invalid={multiple ? undefined : error !== undefined} aria-describedby={error === undefined ? undefined : errorId}>
      <legend>{item.label}</legend>
      <ErrorText id={errorId} error={error} />
      {options.map((option, index) => (
        <label key={option.value} className="option">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={item.id}
            id={`${item.id}-${index}`}
            value={option.value}
            checked={checked.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
          {option.spoken === undefined ? null : <span className="visually-hidden">, {option.spoken}</span>}
        </label>
      ))}
    </fieldset>
  );
}

function Entry({ item, value, onAnswer, error }: ItemFieldProps): ReactNode {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [problem, setProblem] = useState<string>();
  const numeric = item.kind !== 'text';
  const errorId = `${item.id}-error`;
  const shown = problem ?? error;
  const commit = (): void => {
    const trimmed = text.trim();
    if (trimmed === '') return onAnswer(null);
    const number = Number(trimmed);
    if (numeric && !Number.isFinite(number)) return setProblem('Enter a number, in digits.');
    setProblem(undefined);
    onAnswer(numeric ? number : trimmed);
  };
  return (
    <div className="item">
      <label htmlFor={item.id}>
        {item.label}
        {item.optional ? ' (optional)' : ''}
      </label>
      <ErrorText id={errorId} error={shown} />
      <input
        id={item.id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        value={text}
        aria-invalid={shown !== undefined}
        aria-describedby={shown === undefined ? undefined : errorId}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
      />
      {item.kind === 'number' && item.constraints.unit !== undefined ? <span> {item.constraints.unit}</span> : null}
    </div>
  );
}

type Fields = Extract<FrameItem, { kind: 'thought-record' }>['constraints']['fields'];

function ThoughtRecord({ item, value, onAnswer, error, fields }: ItemFieldProps & { fields: Fields }): ReactNode {
  const saved = (value ?? {}) as Record<string, string | number>;
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((field) => [field.id, saved[field.id] === undefined ? '' : String(saved[field.id])])));
  const commit = (): void => {
    if (fields.some((field) => (texts[field.id] ?? '').trim() === '')) return;
    onAnswer(Object.fromEntries(fields.map((field) => [field.id, field.kind === 'rating' ? Number(texts[field.id]) : texts[field.id]!.trim()])));
  };
  return (
    <fieldset className="item" aria-describedby={error === undefined ? undefined : `${item.id}-error`}>
      <legend>{item.label === '' ? 'Thought record' : item.label}</legend>
      <ErrorText id={`${item.id}-error`} error={error} />
      {fields.map((field) => (
        <div key={field.id}>
          <label htmlFor={`${item.id}-${field.id}`}>{field.label}</label>
          <input
            id={`${item.id}-${field.id}`}
            type="text"
            inputMode={field.kind === 'rating' ? 'numeric' : undefined}
            value={texts[field.id] ?? ''}
            onChange={(event) => setTexts({ ...texts, [field.id]: event.target.value })}
            onBlur={commit}
          />
        </div>
      ))}
    </fieldset>
  );
}
