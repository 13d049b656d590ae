/**
 * A small set of answers per item that reaches every branch: for each value a
 * condition (a `<Show when>` or a risk rule) compares the item with, a valid
 * value just below, at and just above it; the compared options of a choice
 * and one other; a single valid value for items no condition reads.
 */

import type { AnswerValue, Block, Condition, Item } from '@copekit/schema';
import { validateAnswer } from '../../src/answers/validate-answer.js';

/** What the conditions say about one item. */
interface Mentions {
  numbers: Set<number>;
  strings: Set<string>;
  /** Compared with another item, or tested with `answered()`: extremes matter. */
  other: boolean;
}

/** The answers to try for `item`, given every condition of its lesson (and the lessons reading it). */
export function answerDomain(item: Item, conditions: readonly Condition[]): AnswerValue[] {
  const mentions = mentionsOf(item.id, conditions);
  const values = candidates(item, mentions);
  const valid = values.filter((value) => validateAnswer(item, value) === null);
  const unique = [...new Map(valid.map((value) => [JSON.stringify(value), value])).values()];
  if (unique.length === 0) throw new Error(`No valid answer found for \`${item.id}\``);
  return unique;
}

function candidates(item: Item, mentions: Mentions): AnswerValue[] {
  const referenced = mentions.numbers.size > 0 || mentions.strings.size > 0 || mentions.other;
  switch (item.kind) {
    case 'rating':
      return referenced ? around(range(item.min, item.max), mentions) : [item.min];
    case 'scale': {
      const points = item.points.map((point) => point.value);
      return referenced ? around(points, mentions) : points.slice(0, 1);
    }
    case 'number': {
      const low = item.min ?? 0;
      const high = item.max ?? low + 100;
      const step = item.integer ? 1 : 0.5;
      const points = [low, high, ...[...mentions.numbers].flatMap((value) => [value - step, value, value + step])];
      return referenced ? around([...new Set(points)].sort((a, b) => a - b), mentions) : [low];
    }
    case 'choice': {
      const options = item.options.map((option) => option.value);
      const named = options.filter((value) => mentions.strings.has(value));
      const others = options.filter((value) => !mentions.strings.has(value));
      const picks = referenced ? [...named, ...others.slice(0, 1)] : options.slice(0, 1);
      if (!item.multiple) return picks;
      return [...picks.map((value) => [value]), ...(named.length > 1 ? [named] : [])];
    }
    case 'text':
      return ['A few words.'];
    case 'thought-record':
      return [Object.fromEntries(item.fields.map((field) => [field.id, field.kind === 'rating' ? (field.min ?? 0) : 'A few words.']))];
  }
}

/** The valid values just below, at and just above every mentioned number, and the extremes when needed. */
function around(values: number[], mentions: Mentions): number[] {
  const picked = new Set<number>();
  for (const threshold of mentions.numbers) {
    const below = values.filter((value) => value < threshold).at(-1);
    const above = values.find((value) => value > threshold);
    for (const value of [below, threshold, above]) if (value !== undefined && values.includes(value)) picked.add(value);
  }
  if (mentions.other || picked.size === 0) {
    picked.add(values[0]!);
    picked.add(values.at(-1)!);
  }
  return [...picked];
}

function range(min: number, max: number): number[] {
  return Array.from({ length: Math.max(0, max - min + 1) }, (_, index) => min + index);
}

function mentionsOf(id: string, conditions: readonly Condition[]): Mentions {
  const mentions: Mentions = { numbers: new Set(), strings: new Set(), other: false };
  const visit = (condition: Condition): void => {
    switch (condition.type) {
      case 'and':
      case 'or':
        condition.operands.forEach(visit);
        return;
      case 'not':
        visit(condition.operand);
        return;
      case 'answered':
        if (condition.ref.item === id) mentions.other = true;
        return;
      case 'includes':
        if (condition.ref.item === id) mentions.strings.add(condition.value);
        return;
      case 'compare': {
        const sides = [condition.left, condition.right];
        const mine = sides.some((side) => side.type === 'ref' && side.ref.item === id);
        if (!mine) return;
        const other = sides.find((side) => !(side.type === 'ref' && side.ref.item === id));
        if (other?.type === 'number') mentions.numbers.add(other.value);
        else if (other?.type === 'string') mentions.strings.add(other.value);
        else mentions.other = true;
      }
    }
  };
  conditions.forEach(visit);
  return mentions;
}

/** Every condition of a lesson: `<Show when>`s and risk rules. */
export function lessonConditions(blocks: readonly Block[]): Condition[] {
  return blocks.flatMap((block): Condition[] => {
    if (block.type === 'show') return [block.when, ...lessonConditions(block.blocks)];
    if (block.type === 'item') return block.risk === undefined ? [] : [block.risk];
    if (block.type === 'instrument') return block.items.flatMap((item) => (item.risk === undefined ? [] : [item.risk]));
    return [];
  });
}

