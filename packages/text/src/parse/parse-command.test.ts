import type { Frame } from '@copekit/engine';
import { describe, expect, it } from 'vitest';
import { frameOf, practice, prose, rating } from '@copekit/engine/frames/testing';
import { commandResult } from './parse-command.js';
import type { ReplyCommand } from './reply-commands.js';

const commands: ReplyCommand[] = ['help', 'back', 'next', 'skip', 'exit', 'start', 'pause', 'resume', 'done'];

/** What each command does on a frame: the event type, or `reprompt:<reason>`. */
function table(frame: Frame): Record<string, string> {
  return Object.fromEntries(
    commands.map((command) => {
      const result = commandResult(frame, command);
      return [command, 'event' in result ? result.event.type : 'reprompt' in result ? `reprompt:${result.reason}` : 'draft'];
    }),
  );
}

describe('commandResult', () => {
  it('on an open required question', () => {
    expect(table(frameOf([rating()]))).toEqual({
      help: 'reprompt:help',
      back: 'back',
      next: 'reprompt:not-allowed',
      skip: 'reprompt:not-allowed',
      exit: 'exit',
      start: 'reprompt:not-allowed',
      pause: 'reprompt:not-allowed',
      resume: 'reprompt:not-allowed',
      done: 'reprompt:not-allowed',
    });
  });

  it('on a running practice', () => {
    expect(table(frameOf([prose('Breathe.'), practice({ status: 'running', actions: ['practice.pause', 'practice.complete'] })]))).toEqual({
      help: 'reprompt:help',
      back: 'back',
      next: 'next',
      skip: 'reprompt:not-allowed',
      exit: 'exit',
      start: 'reprompt:not-allowed',
      pause: 'practice.pause',
      resume: 'reprompt:not-allowed',
      done: 'practice.complete',
    });
  });

  it('on the last safety step', () => {
    expect(table(frameOf([prose('Keep the numbers.')], { flow: 'safety', actions: ['back', 'acknowledge', 'exit'] }))).toMatchObject({
      next: 'acknowledge',
      back: 'back',
      skip: 'reprompt:not-allowed',
    });
  });

  it('on a stopped session and a completed one', () => {
    expect(table(frameOf([rating()], { status: 'exited', actions: ['resume'] }))).toEqual({
      help: 'reprompt:help',
      back: 'reprompt:not-allowed',
      next: 'reprompt:not-allowed',
      skip: 'reprompt:not-allowed',
      exit: 'reprompt:not-allowed',
      start: 'resume',
      pause: 'reprompt:not-allowed',
      resume: 'resume',
      done: 'reprompt:not-allowed',
    });
    expect(new Set(Object.values(table(frameOf([], { status: 'completed', step: null, actions: [] }))))).toEqual(new Set(['reprompt:help', 'reprompt:not-allowed']));
  });

  it('steps back through a thought-record draft one field at a time', () => {
    expect(commandResult(frameOf([rating()]), 'back', { situation: 'Shop', intensity: 40 })).toEqual({ draft: { situation: 'Shop' } });
    expect(commandResult(frameOf([rating()]), 'back', {})).toEqual({ event: { type: 'back' } });
  });
});
