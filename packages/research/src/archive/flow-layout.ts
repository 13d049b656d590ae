/**
 * Lays out a lesson's flow diagram: steps top to bottom, a note for steps
 * with conditional content on the right, and an edge to the safety flow on
 * the left for steps with risk items.
 *
 * @module
 */

import { printCondition, type Block, type Lesson } from '@copekit/schema';
import { wrapText } from './wrap-text.js';

/** A box of the diagram. */
export interface FlowBox {
  kind: 'start' | 'end' | 'step' | 'branch' | 'safety';
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

/** An edge of the diagram. */
export interface FlowEdge {
  kind: 'next' | 'branch' | 'risk';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A laid-out diagram. */
export interface FlowLayout {
  width: number;
  height: number;
  boxes: FlowBox[];
  edges: FlowEdge[];
}

const LINE = 16;
const PAD = 10;
const GAP = 28;
const SAFETY = { x: 16, width: 170, chars: 22 };
const STEP = { x: 226, width: 300, chars: 40 };
const NOTE = { x: 566, width: 200, chars: 27 };

/** The facts of a step the diagram shows. */
export interface StepFacts {
  /** Show conditions, in document order at any depth. */
  conditions: string[];
  /** Printed risk rules of its items, at any depth. */
  risks: string[];
  /** Ids of its items, at any depth. */
  asks: string[];
}

/** Collects conditions, risk rules and item ids from blocks. */
export function stepFacts(blocks: readonly Block[]): StepFacts {
  const facts: StepFacts = { conditions: [], risks: [], asks: [] };
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'show') {
        facts.conditions.push(block.source);
        walk(block.blocks);
      }
      const items = block.type === 'item' ? [block] : block.type === 'instrument' ? block.items : [];
      for (const item of items) {
        facts.asks.push(item.id);
        if (item.risk !== undefined) facts.risks.push(printCondition(item.risk));
      }
    }
  };
  walk(blocks);
  return facts;
}

/** Lays out the flow of a lesson whose risk answers lead to `safetyLesson`. */
export function layoutFlow(lesson: Lesson, safetyLesson: string): FlowLayout {
  const boxes: FlowBox[] = [];
  const edges: FlowEdge[] = [];
  const centre = STEP.x + STEP.width / 2;
  const terminal = (kind: 'start' | 'end', y: number, text: string): FlowBox => ({ kind, x: centre - 90, y, width: 180, height: 32, lines: [text] });
  let previous = terminal('start', 16, `Start: ${lesson.id}`);
  boxes.push(previous);
  let y = previous.y + previous.height + GAP;

  lesson.steps.forEach((step, index) => {
    const facts = stepFacts(step.blocks);
    const stepLines = [...wrapText(`${index + 1}. ${step.title ?? '(untitled step)'}`, STEP.chars, 2), `id: ${step.id}`];
    if (facts.asks.length > 0) stepLines.push(...wrapText(`asks: ${facts.asks.join(', ')}`, STEP.chars, 2));
    const noteLines = facts.conditions.length === 0 ? [] : capped(['Conditional content:', ...facts.conditions.flatMap((condition) => wrapText(`when ${condition}`, NOTE.chars, 2))]);
    const safetyLines = facts.risks.length === 0 ? [] : capped(['Safety flow', `→ ${safetyLesson}`, ...facts.risks.flatMap((risk) => wrapText(`if ${risk}`, SAFETY.chars, 2))]);
    const height = Math.max(...[stepLines, noteLines, safetyLines].map(boxHeight));
    const box: FlowBox = { kind: 'step', x: STEP.x, y, width: STEP.width, height, lines: stepLines };
    boxes.push(box);
    edges.push({ kind: 'next', x1: centre, y1: previous.y + previous.height, x2: centre, y2: y });
    if (noteLines.length > 0) {
      boxes.push({ kind: 'branch', x: NOTE.x, y, width: NOTE.width, height: boxHeight(noteLines), lines: noteLines });
      edges.push({ kind: 'branch', x1: STEP.x + STEP.width, y1: y + 18, x2: NOTE.x, y2: y + 18 });
    }
    if (safetyLines.length > 0) {
      boxes.push({ kind: 'safety', x: SAFETY.x, y, width: SAFETY.width, height: boxHeight(safetyLines), lines: safetyLines });
      edges.push({ kind: 'risk', x1: STEP.x, y1: y + 18, x2: SAFETY.x + SAFETY.width, y2: y + 18 });
    }
    previous = box;
    y += height + GAP;
  });

  const end = terminal('end', y, 'End of lesson');
  boxes.push(end);
  edges.push({ kind: 'next', x1: centre, y1: previous.y + previous.height, x2: centre, y2: end.y });
  return { width: NOTE.x + NOTE.width + 16, height: end.y + end.height + 16, boxes, edges };
}

function boxHeight(lines: readonly string[]): number {
  return lines.length === 0 ? 0 : PAD * 2 + lines.length * LINE;
}

/** At most 7 lines, the last saying how many were left out. */
function capped(lines: string[]): string[] {
  return lines.length <= 7 ? lines : [...lines.slice(0, 6), `(+${lines.length - 6} more lines)`];
}
