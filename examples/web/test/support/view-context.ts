/**
 * A view context that records what views send and announce, answering each
 * event with a chosen result.
 */
import type { SendResult, SessionEvent } from '@copekit/engine';
import type { ViewContext } from '../../src/render/view-types.js';

/** The context, and what it saw. */
export interface RecordingContext extends ViewContext {
  sent: SessionEvent[];
  announced: string[];
}

/** A context whose `send` returns `respond(event)` (accepted by default). */
export function recordingContext(options: { risk?: string[]; respond?: (event: SessionEvent) => SendResult; audience?: 'participant' | 'coach' } = {}): RecordingContext {
  const sent: SessionEvent[] = [];
  const announced: string[] = [];
  return {
    sent,
    announced,
    send(event) {
      sent.push(event);
      return options.respond?.(event) ?? { accepted: true };
    },
    isRisk: (item) => options.risk?.includes(item) ?? false,
    announce: (message) => void announced.push(message),
    audience: options.audience ?? 'participant',
    reducedMotion: () => false,
  };
}
