/**
 * One step: the title as an `h1` that takes focus when the step appears, its
 * blocks, and Back / Continue / Save and exit. Risk answers are held until Continue; errors
 * appear under each question, in an announced summary, and focus moves to
 * the first question to fix.
 *
 * @module
 */

import type { AnswerValue, Frame, FrameItem, FrameStep, SendResult, Session, SessionEvent } from '@copekit/engine';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { StaticBlock } from './Blocks.js';
import { ItemField } from './ItemField.js';

/** Props of {@link Step}. */
export interface StepProps {
  frame: Frame & { step: FrameStep };
  session: Session;
  send(event: SessionEvent): SendResult;
  /** Items whose answers may start the safety flow. */
  risky: ReadonlySet<string>;
}

/** The step's items, instruments included. */
function itemsOf(frame: Frame): FrameItem[] {
  return frame.blocks.flatMap((block) => (block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : []));
}

/** Renders a step; give it `key={step}` so held answers and errors reset with each step. */
export function Step({ frame, session, send, risky }: StepProps): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null);
  const [held, setHeld] = useState<Record<string, AnswerValue>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState('');
  const { step } = frame;
  useEffect(() => heading.current?.focus(), []);

  const answer = (item: FrameItem, value: AnswerValue | null): void => {
    setErrors(({ [item.id]: _cleared, ...rest }) => rest);
    if (value === null) {
      if (item.optional && item.status === 'answered') send({ type: 'skip', item: item.id });
      return;
    }
    if (risky.has(item.id)) return setHeld({ ...held, [item.id]: value });
    const result = send({ type: 'answer', item: item.id, value });
    if (!result.accepted) setErrors((current) => ({ ...current, [item.id]: 'Please check this answer.' }));
  };

  const move = (event: SessionEvent): void => {
    for (const [item, value] of Object.entries(held)) {
      send({ type: 'answer', item, value });
      if (session.getFrame().flow !== frame.flow) return;
    }
    setHeld({});
    const result = send(event);
    if (result.accepted || event.type !== 'next') return;
    const missing = session.getFrame().missing;
    const items = itemsOf(frame).filter((item) => missing.includes(item.id));
    setErrors(Object.fromEntries(items.map((item) => [item.id, 'Please answer this question.'])));
    setSummary(items.length === 1 ? `Please answer: ${items[0]!.label}` : `Please answer the ${items.length} questions marked above.`);
    const first = items[0];
    if (first !== undefined) (document.getElementById(first.id) ?? document.getElementById(`${first.id}-0`))?.focus();
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const last = step.index === step.count - 1;
    move({ type: frame.flow === 'safety' && last ? 'acknowledge' : 'next' });
  };

  const field = (item: FrameItem) => <ItemField key={item.id} item={item} value={held[item.id] ?? item.value} onAnswer={(value) => answer(item, value)} error={errors[item.id]} />;
  return (
    <div className={frame.flow === 'safety' ? 'step safety' : 'step'}>
      <p>{frame.flow === 'safety' ? 'Safety check' : frame.lesson.title}</p>
      <h1 ref={heading} tabIndex={-1} aria-describedby="step-progress">
        {step.title ?? `Step ${step.index + 1}`}
      </h1>
      <p id="step-progress">
        Step {step.index + 1} of {step.count}
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="step-progress">
        {frame.blocks.map((block, index) =>
          block.type === 'item' ? (
            field(block)
          ) : block.type === 'instrument' ? (
            <section key={block.id} aria-label={block.title}>
              <h2>{block.title}</h2>
              {block.instructions === undefined ? null : <p>{block.instructions}</p>}
              {block.items.map(field)}
            </section>
          ) : (
            <StaticBlock key={`${block.type}-${index}`} block={block} send={send} />
          ),
        )}
        <p role="status" className="form-error">
          {summary}
        </p>
        {frame.actions.includes('back') ? (
          <button type="button" onClick={() => move({ type: 'back' })}>
            Back
          </button>
        ) : null}
        <button type="submit">{frame.flow === 'safety' && step.index === step.count - 1 ? 'I have the numbers. Go back' : step.index === step.count - 1 ? 'Finish' : 'Continue'}</button>
        {frame.actions.includes('exit') ? (
          <button type="button" onClick={() => move({ type: 'exit' })}>
            Save and exit
          </button>
        ) : null}
      </form>
    </div>
  );
}
