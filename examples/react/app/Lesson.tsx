/**
 * A lesson with `useSession`: saves the snapshot after every accepted event,
 * ticks the session while a practice runs (the engine owns no timers), and
 * shows the step, or the end of the lesson.
 *
 * @module
 */

import type { SendResult, SessionEvent } from '@copekit/engine';
import { riskItems } from '@copekit/engine/frames';
import { useSession, type Bundle } from '@copekit/react';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { Step } from './Step.js';
import { saveSnapshot, type KeyValueStorage } from './storage.js';

/** Props of {@link Lesson}. */
export interface LessonProps {
  bundle: Bundle;
  lesson: string;
  participant: string;
  storage: KeyValueStorage;
  /** A saved snapshot to resume from. */
  snapshot?: unknown;
}

/** Runs the lesson. */
export function Lesson({ bundle, lesson, participant, storage, snapshot }: LessonProps): ReactNode {
  const { frame, send, session } = useSession(bundle, { lesson, participant, mode: 'self-directed', ...(snapshot === undefined ? {} : { snapshot }) });
  const sendAndSave = useCallback(
    (event: SessionEvent): SendResult => {
      const result = send(event);
      if (result.accepted) saveSnapshot(storage, session.getSnapshot());
      return result;
    },
    [send, session, storage],
  );
  const practising = frame.blocks.some((block) => block.type === 'practice' && block.status === 'running');
  useEffect(() => {
    if (!practising) return undefined;
    const timer = setInterval(() => session.tick(), 250);
    return () => clearInterval(timer);
  }, [practising, session]);
  const risky = useMemo(() => riskItems(bundle, lesson), [bundle, lesson]);

  if (frame.status === 'completed' || frame.step === null) {
    return (
      <div>
        <h1 tabIndex={-1} ref={(heading) => heading?.focus()}>
          Lesson complete
        </h1>
        <p>You finished “{frame.lesson.title}”. Your answers are saved.</p>
      </div>
    );
  }
  if (frame.status === 'exited') {
    return (
      <div>
        <h1>You left this lesson</h1>
        <button type="button" onClick={() => sendAndSave({ type: 'resume' })}>
          Resume the lesson
        </button>
      </div>
    );
  }
  const key = `${frame.flow}:${frame.step.lesson}:${frame.step.id}`;
  return <Step key={key} frame={{ ...frame, step: frame.step }} session={session} send={sendAndSave} risky={risky} />;
}
