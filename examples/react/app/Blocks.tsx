/**
 * Blocks without questions: crisis resources, practice with its timer and
 * cues, homework, coach notes.
 *
 * @module
 */

import type { FrameBlock, FrameCrisis, FramePractice, SessionEvent } from '@copekit/engine';
import type { ReactNode } from 'react';
import { isSafeUrl, Prose } from './Prose.js';

/** Seconds as `m:ss`. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Crisis resources, with the not-a-crisis-service statement. */
export function Crisis({ block }: { block: FrameCrisis }): ReactNode {
  return (
    <section className="crisis" aria-label="Get help now">
      <h2>Get help now</h2>
      <ul>
        {block.resources.map((resource) => (
          <li key={resource.id}>
            {resource.href !== undefined && isSafeUrl(resource.href) ? <a href={resource.href}>{resource.label}</a> : <strong>{resource.label}</strong>}
            <p>{resource.description}</p>
          </li>
        ))}
      </ul>
      <p>{block.statement}</p>
    </section>
  );
}

const toggle: Record<FramePractice['status'], { label: string; event: SessionEvent['type'] }> = {
  ready: { label: 'Start practice', event: 'practice.start' },
  running: { label: 'Pause', event: 'practice.pause' },
  paused: { label: 'Resume', event: 'practice.resume' },
  completed: { label: 'Practise again', event: 'practice.start' },
};

/** A practice: timer, current cue (announced as it changes), and its buttons. */
export function Practice({ block, send }: { block: FramePractice; send(event: SessionEvent): unknown }): ReactNode {
  const action = toggle[block.status];
  return (
    <section className="practice" aria-label={block.title}>
      <h2>{block.title}</h2>
      <p>
        <span role="timer" aria-label="Time practised">
          {clockTime(block.elapsed)}
        </span>{' '}
        of {clockTime(block.minutes * 60)}
      </p>
      <p aria-live="polite">{block.status === 'running' ? (block.cues[block.cue]?.text ?? '') : ''}</p>
      <button type="button" onClick={() => send({ type: action.event, practice: block.id } as SessionEvent)}>
        {action.label}
      </button>
      {block.actions.includes('practice.complete') ? (
        <button type="button" onClick={() => send({ type: 'practice.complete', practice: block.id })}>
          Finish practice
        </button>
      ) : null}
    </section>
  );
}

/** Any block that is not a question. */
export function StaticBlock({ block, send }: { block: Exclude<FrameBlock, { type: 'item' | 'instrument' }>; send(event: SessionEvent): unknown }): ReactNode {
  switch (block.type) {
    case 'prose':
      return <Prose content={block.content} />;
    case 'crisis':
      return <Crisis block={block} />;
    case 'practice':
      return <Practice block={block} send={send} />;
    case 'homework':
      return (
        <section aria-label="Your practice plan">
          <h2>Your practice plan</h2>
          <Prose content={block.content} />
        </section>
      );
    case 'coach-note':
      return (
        <div role="note" className="coach-note">
          <Prose content={block.content} />
        </div>
      );
  }
}
