/**
 * Draws a laid-out lesson flow as inline SVG.
 *
 * @module
 */

import type { Lesson } from '@copekit/schema';
import { html, type SafeHtml } from './html.js';
import { layoutFlow, type FlowBox, type FlowEdge } from './flow-layout.js';

const BOX_STYLE: Record<FlowBox['kind'], { fill: string; stroke: string; dash?: string; radius: number }> = {
  start: { fill: '#eef1f6', stroke: '#1d2330', radius: 16 },
  end: { fill: '#eef1f6', stroke: '#1d2330', radius: 16 },
  step: { fill: '#f7f8fb', stroke: '#1d2330', radius: 6 },
  branch: { fill: '#f4effc', stroke: '#6a4fa3', dash: '6 4', radius: 6 },
  safety: { fill: '#fdecea', stroke: '#b3261e', radius: 6 },
};

/** The flow of a lesson as an accessible inline SVG. */
export function renderFlowDiagram(lesson: Lesson, safetyLesson: string): SafeHtml {
  const layout = layoutFlow(lesson, safetyLesson);
  const branches = layout.boxes.filter((box) => box.kind === 'branch').length;
  const risks = layout.boxes.filter((box) => box.kind === 'safety').length;
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-labelledby="flow-title flow-desc" font-family="system-ui, sans-serif" font-size="12">
<title id="flow-title">Flow of lesson ${lesson.title}</title>
<desc id="flow-desc">${count(lesson.steps.length, 'step')} from top to bottom; ${count(branches, 'step')} with conditional content (notes on the right); ${count(risks, 'step')} with risk items whose answers lead to the safety flow (boxes on the left).</desc>
<defs>
<marker id="flow-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#1d2330"/></marker>
<marker id="flow-arrow-risk" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#b3261e"/></marker>
</defs>
${layout.edges.map(renderEdge)}${layout.boxes.map(renderBox)}</svg>`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function renderEdge(edge: FlowEdge): SafeHtml {
  const line = html`x1="${edge.x1}" y1="${edge.y1}" x2="${edge.x2}" y2="${edge.y2}"`;
  if (edge.kind === 'next') return html`<line ${line} stroke="#1d2330" stroke-width="1.5" marker-end="url(#flow-arrow)"/>\n`;
  if (edge.kind === 'branch') return html`<line ${line} stroke="#6a4fa3" stroke-width="1.5" stroke-dasharray="6 4"/>\n`;
  return html`<line ${line} stroke="#b3261e" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#flow-arrow-risk)"/>
<text x="${(edge.x1 + edge.x2) / 2}" y="${edge.y1 - 5}" fill="#b3261e" font-size="10" text-anchor="middle">risk answer</text>\n`;
}

function renderBox(box: FlowBox): SafeHtml {
  const style = BOX_STYLE[box.kind];
  const centred = box.kind === 'start' || box.kind === 'end';
  const x = centred ? box.x + box.width / 2 : box.x + 10;
  return html`<g class="flow-${box.kind}"><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${style.radius}" fill="${style.fill}" stroke="${style.stroke}"${
    style.dash === undefined ? false : html` stroke-dasharray="${style.dash}"`
  }/>${box.lines.map(
    (line, index) =>
      html`<text x="${x}" y="${box.y + (centred ? 20 : 22 + index * 16)}"${centred ? html` text-anchor="middle"` : false}${index === 0 && box.kind !== 'start' && box.kind !== 'end' ? html` font-weight="600"` : false}>${line}</text>`,
  )}</g>\n`;
}
