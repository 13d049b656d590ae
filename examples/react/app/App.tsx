/**
 * The app: resumes the participant's saved lesson; when the saved progress
 * cannot be restored, it says so and deletes it only when asked.
 *
 * @module
 */

import { SnapshotError } from '@copekit/engine';
import type { Bundle } from '@copekit/react';
import { Component, useState, type ReactNode } from 'react';
import { Lesson } from './Lesson.js';
import { loadSnapshot, snapshotKey, type KeyValueStorage } from './storage.js';

/** Props of {@link App}. */
export interface AppProps {
  bundle: Bundle;
  lesson: string;
  participant: string;
  storage: KeyValueStorage;
}

/** The app. */
export function App({ bundle, lesson, participant, storage }: AppProps): ReactNode {
  const [attempt, setAttempt] = useState(0);
  const startOver = (): void => {
    storage.removeItem(snapshotKey(participant, lesson));
    setAttempt(attempt + 1);
  };
  return (
    <RestoreBoundary key={attempt} onStartOver={startOver}>
      <Lesson bundle={bundle} lesson={lesson} participant={participant} storage={storage} snapshot={loadSnapshot(storage, participant, lesson)} />
    </RestoreBoundary>
  );
}

interface BoundaryProps {
  onStartOver(): void;
  children: ReactNode;
}

/** Shows a way out when a saved snapshot cannot be restored; other errors go on up. */
class RestoreBoundary extends Component<BoundaryProps, { error: SnapshotError | null }> {
  override state = { error: null as SnapshotError | null };

  static getDerivedStateFromError(error: unknown): { error: SnapshotError } {
    if (error instanceof SnapshotError) return { error };
    throw error;
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert">
        <h1>We could not open your saved progress</h1>
        <p>{this.state.error.code === 'lesson-mismatch' ? 'This lesson has changed since you saved your progress.' : 'The saved progress is damaged.'}</p>
        <button type="button" onClick={this.props.onStartOver}>
          Start again and delete saved progress
        </button>
      </div>
    );
  }
}
