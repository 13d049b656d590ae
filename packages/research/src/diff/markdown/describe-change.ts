/**
 * One change as one markdown line: where it is and what happened.
 *
 * @module
 */

import { canonicalJson } from '@copekit/schema';
import { formatTime } from '../../time.js';
import type { Change, ChangeSubject } from '../types.js';
import { code, escapeMarkdown, markdownWords, oneLine, quoted } from './markdown-text.js';

/** Renders a path as `step \`plan\` › Show when \`pain-now >= 7\` › item \`overdo\``. */
export function describePath(path: readonly string[]): string {
  return path.map(describeSegment).join(' › ');
}

function describeSegment(segment: string): string {
  const colon = segment.indexOf(':');
  if (colon < 0) return segment;
  const [kind, id] = [segment.slice(0, colon), segment.slice(colon + 1)];
  if (kind === 'show') return `Show when ${code(id)}`;
  if (kind === 'cue') return `cue ${id}`;
  if (/^\d+$/.test(id) && (kind === 'prose' || kind === 'coach-note' || kind === 'crisis')) return `${kind.replaceAll('-', ' ')} ${id}`;
  return `${kind} ${code(id)}`;
}

/** Renders what happened, e.g. `label changed: ~~Yard~~ **Garden or yard** work`. */
export function describeChange(change: Change): string {
  switch (change.op) {
    case 'added':
      return `added ${describeValue(change.subject, change.field, change.after)}`;
    case 'removed':
      return `removed ${describeValue(change.subject, change.field, change.before)}`;
    case 'moved':
      return `${change.subject.replaceAll('-', ' ')} moved from ${describePlace(change.before)} to ${describePlace(change.after)}`;
    case 'changed':
      return describeChanged(change);
  }
}

function describePlace(place: unknown): string {
  if (typeof place === 'number') return `position ${place}`;
  return Array.isArray(place) ? describePath(place as string[]) : String(place);
}

function describeChanged(change: Change): string {
  const field = fieldName(change);
  if (change.words !== undefined) {
    const words = markdownWords(change.words);
    return words.includes('\n') ? `${field} changed:\n\n${indent(words)}` : `${field} changed: ${words}`;
  }
  if (change.field === 'markup') return `${field} changed (formatting or links; the words are the same)`;
  return `${field} changed: ${describeScalar(change.before)} → ${describeScalar(change.after)}`;
}

function fieldName(change: Change): string {
  if (change.subject === 'condition') return 'Show condition';
  if (change.field === 'risk') return 'risk rule';
  return `${change.subject.replaceAll('-', ' ')} ${change.field ?? 'value'}`;
}

function describeScalar(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'string') return code(value);
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value.length === 0 ? '(none)' : value.map((entry) => code(entry)).join(', ');
  return code(canonicalJson(value));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `  ${line}`))
    .join('\n');
}

type Fields = Record<string, unknown>;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Renders an added or removed thing. */
function describeValue(subject: ChangeSubject, field: string | undefined, value: unknown): string {
  if (typeof value === 'string') return `${field === 'references' ? 'reference' : field === 'objectives' ? 'objective' : subject} ${quoted(value)}`;
  const v = (value ?? {}) as Fields;
  const text = (key: string) => (typeof v[key] === 'string' ? quoted(v[key] as string) : '');
  switch (subject) {
    case 'lesson':
      return `lesson ${text('title')} (${String(v['kind'])}, module ${code(String(v['module']))}, ${plural((v['steps'] as unknown[]).length, 'step')})`;
    case 'step':
      return v['title'] === null ? 'step (untitled)' : `step ${text('title')}`;
    case 'item':
      return `${String(v['kind'])} item ${text('label')}${v['risk'] === undefined ? '' : ' with a risk rule'}${v['optional'] === true ? ' (optional)' : ''}`;
    case 'option':
      return `option ${text('label')} (value ${code(String(v['value']))})`;
    case 'point':
      return `point ${String(v['value'])} ${text('label')}`;
    case 'field':
      return `field ${code(String(v['id']))} ${text('label')}`;
    case 'prose':
      return `prose: ${escapeMarkdown(oneLine(String(v['text'])))}`;
    case 'coach-note':
      return `coach note (coach only): ${escapeMarkdown(oneLine(String(v['text'])))}`;
    case 'show':
      return `Show block when ${code(String(v['source']))}`;
    case 'crisis':
      return 'crisis resources block (`<Crisis />`)';
    case 'practice':
      return `practice ${text('title')} (${String(v['minutes'])} min, ${plural((v['cues'] as unknown[]).length, 'cue')})`;
    case 'cue':
      return `cue at ${formatTime(Number(v['at']))} ${text('text')}`;
    case 'homework':
      return `homework ${code(String(v['skill']))} (${String(v['times'])} per ${String(v['per'])} for ${String(v['days'])} days)`;
    case 'instrument-block':
      return `instrument ${code(String(v['ref']))} (block ${code(String(v['id']))})`;
    case 'instrument':
      return `instrument ${code(String(v['id']))} ${text('title')} version ${code(String(v['version']))}`;
    case 'instrument-item':
      return `item ${code(String(v['id']))} ${v['text'] === undefined ? '(no item text)' : text('text')}${v['risk'] === undefined ? '' : ` with risk threshold ${code(String(v['risk']))}`}`;
    case 'band':
      return `band ${code(String(v['id']))} ${text('label')} (${String(v['min'])}–${String(v['max'])})`;
    case 'module':
      return `module ${code(String(v['id']))} ${text('title')}`;
    case 'crisis-region':
      return `region ${code(String(v['id']))} ${text('name')}`;
    case 'crisis-resource':
      return `resource ${code(String(v['id']))} ${text('label')} (${String(v['channel'])} ${code(String(v['contact']))})`;
    default:
      return `${subject} ${code(canonicalJson(value))}`;
  }
}
