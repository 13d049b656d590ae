/**
 * The archive's `index.html`: curriculum identity, the program, every
 * lesson with its hash, instruments with their licences, the safety flow and
 * crisis resources.
 *
 * @module
 */

import type { InstrumentDefinition } from '@copekit/schema';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './page.js';
import { instrumentFacts, renderScoring } from './render-activity.js';
import { renderResources } from './render-blocks.js';
import type { RenderContext } from './render-context.js';
import { renderRisk } from './render-item.js';

/** The HTML of `index.html`. */
export function renderIndexPage(context: RenderContext): string {
  const { bundle } = context;
  const { curriculum } = bundle;
  const lessons = new Map(bundle.lessons.map((lesson) => [lesson.id, lesson]));
  const lessonLink = (id: string) => (lessons.has(id) ? html`<a href="lessons/${id}.html"><code>${id}</code></a>` : html`<code>${id}</code> (missing)`);
  const body = html`<h1>${curriculum.title}</h1>
<dl class="meta">
<dt>Curriculum id</dt><dd><code>${curriculum.id}</code></dd>
<dt>Version</dt><dd><code>${curriculum.version}</code></dd>
<dt>Locale</dt><dd><code>${curriculum.locale}</code></dd>
<dt>Bundle format</dt><dd>${bundle.schemaVersion}</dd>
<dt>Bundle hash</dt><dd><code>${bundle.hash}</code></dd>
</dl>
<h2>Program</h2>
<table><thead><tr><th>Session</th><th>Lesson</th><th>Title</th><th>Module</th><th>Minutes</th></tr></thead><tbody>
${curriculum.program.sessions.map(
  (id, index) =>
    html`<tr><td>${index + 1}</td><td>${lessonLink(id)}</td><td>${lessons.get(id)?.title ?? ''}</td><td>${lessons.get(id)?.module ?? ''}</td><td>${lessons.get(id)?.minutes ?? ''}</td></tr>\n`,
)}</tbody></table>
<ul>
${curriculum.program.checkIn === undefined ? false : html`<li>Daily check-in: ${lessonLink(curriculum.program.checkIn)}</li>\n`}<li>Self-directed delivery: a session opens when the previous one is complete and at least ${curriculum.program.unlock.selfDirected.minDays} days have passed since it opened.</li>
<li>Guided delivery: ${curriculum.program.unlock.guided.coachApproval ? 'a coach unlocks each session' : 'sessions unlock without coach approval'}, no earlier than ${curriculum.program.unlock.guided.minDays} days after the previous one opened.</li>
</ul>
<h2>Modules</h2>
<ul>${curriculum.modules.map((module) => html`<li><code>${module.id}</code> ${module.title}${module.description === undefined ? false : html`: ${module.description}`}</li>`)}</ul>
<h2>Lessons</h2>
<table><thead><tr><th>Lesson</th><th>Title</th><th>Module</th><th>Kind</th><th>Minutes</th><th>Lesson hash</th></tr></thead><tbody>
${bundle.lessons.map(
  (lesson) =>
    html`<tr><td>${lessonLink(lesson.id)}</td><td>${lesson.title}</td><td>${lesson.module}</td><td>${lesson.kind}</td><td>${lesson.minutes}</td><td><code>${lesson.hash}</code></td></tr>\n`,
)}</tbody></table>
<h2>Instruments</h2>
<table><thead><tr><th>Instrument</th><th>Title</th><th>Version</th><th>Validated</th><th>Licence</th><th>Terms</th><th>Citation</th></tr></thead><tbody>
${bundle.instruments.map(
  (instrument) =>
    html`<tr><td><a href="#instrument-${instrument.id}"><code>${instrument.id}</code></a></td><td>${instrument.title}</td><td>${instrument.version}</td><td>${instrument.validated ? 'yes' : 'no'}</td><td>${instrument.licence.status}</td><td>${instrument.licence.terms}</td><td>${instrument.citation}</td></tr>\n`,
)}</tbody></table>
${bundle.instruments.map((instrument) => renderInstrumentDefinition(instrument, context))}<h2 id="safety">Safety flow</h2>
<p>Every risk answer leads to ${lessonLink(curriculum.safety.lesson)}, which shows the crisis resources, then returns to where the lesson was.</p>
<p><strong>${curriculum.safety.statement}</strong></p>
<h2 id="crisis">Crisis resources</h2>
${curriculum.crisis.regions.map(
  (region) => html`<h3>${region.name} <code>${region.id}</code>${region.id === curriculum.crisis.defaultRegion ? ' (default region)' : false}</h3>
${renderResources(region)}`,
)}`;
  return renderPage({ bundle, title: 'Archive', root: context.root, body });
}

function renderInstrumentDefinition(instrument: InstrumentDefinition, context: RenderContext): SafeHtml {
  return html`<section class="instrument" id="instrument-${instrument.id}">
<h3>${instrument.title} <code>${instrument.id}</code></h3>
<p class="block-head">${instrumentFacts(instrument)}</p>
${instrument.instructions === undefined ? false : html`<p><em>${instrument.instructions}</em></p>\n`}${
    instrument.points === undefined ? false : html`<p>Points: ${instrument.points.map((point, index) => html`${index > 0 ? ', ' : false}<code>${point.value}</code> ${point.label}`)}</p>\n`
  }<ol>${instrument.items.map(
    (item) =>
      html`<li><code>${item.id}</code> ${item.text ?? html`<em>(item text not embedded: restricted licence)</em>`} · ${item.kind}${
        item.min === undefined ? false : ` ${item.min}–${item.max ?? ''}`
      }${item.risk === undefined ? false : renderRisk(`${item.id} ${item.risk}`, context)}</li>`,
  )}</ol>
${renderScoring(instrument)}</section>
`;
}
