/**
 * One archive page per lesson: its facts, its flow diagram and every step
 * with all branches visible.
 *
 * @module
 */

import type { Lesson } from '@copekit/schema';
import { renderFlowDiagram } from './flow-diagram.js';
import { html } from './html.js';
import { renderPage } from './page.js';
import { renderBlocks } from './render-blocks.js';
import type { RenderContext } from './render-context.js';

/** The HTML of `lessons/<id>.html`. */
export function renderLessonPage(lesson: Lesson, context: RenderContext): string {
  const safety = context.bundle.curriculum.safety.lesson;
  const body = html`<h1>${lesson.title}</h1>
<dl class="meta">
<dt>Lesson id</dt><dd><code>${lesson.id}</code></dd>
<dt>Module</dt><dd><code>${lesson.module}</code></dd>
<dt>Kind</dt><dd>${lesson.kind}${lesson.id === safety ? ' (the safety flow every risk answer leads to)' : false}</dd>
${lesson.session === undefined ? false : html`<dt>Session</dt><dd>${lesson.session}</dd>\n`}<dt>Minutes</dt><dd>${lesson.minutes}</dd>
<dt>Source</dt><dd><code>${lesson.source}</code></dd>
${lesson.summary === undefined ? false : html`<dt>Summary</dt><dd>${lesson.summary}</dd>\n`}</dl>
${lesson.objectives.length === 0 ? false : html`<h2>Objectives</h2>\n<ul>${lesson.objectives.map((objective) => html`<li>${objective}</li>`)}</ul>\n`}${
    lesson.references.length === 0 ? false : html`<h2>References</h2>\n<ul>${lesson.references.map((reference) => html`<li>${reference}</li>`)}</ul>\n`
  }<h2>Flow</h2>
<div class="flow">
${renderFlowDiagram(lesson, safety)}
</div>
<h2>Steps</h2>
${lesson.steps.map(
  (step, index) => html`<section class="step" id="step-${step.id}">
<h3>Step ${index + 1}: ${step.title ?? '(untitled)'} <code>${step.id}</code></h3>
${renderBlocks(step.blocks, context)}</section>
`,
)}`;
  return renderPage({ bundle: context.bundle, title: lesson.title, root: context.root, lessonHash: lesson.hash, body });
}
