/**
 * Renders practices (with a cue timeline), homework and instruments (items,
 * scoring, bands, licence).
 *
 * @module
 */

import type { HomeworkBlock, InstrumentBlock, InstrumentDefinition, PracticeBlock } from '@copekit/schema';
import { formatTime } from '../time.js';
import { html, type SafeHtml } from './html.js';
import type { RenderContext } from './render-context.js';
import { renderFlowContent } from './render-flow-content.js';
import { renderItem } from './render-item.js';

/** A practice: title, length, a timeline of its cues and the cue script. */
export function renderPractice(practice: PracticeBlock): SafeHtml {
  return html`<section class="practice" id="practice-${practice.id}">
<p class="block-head"><span class="tag">Practice</span> <code>${practice.id}</code> · ${practice.minutes} min · ${practice.cues.length} cues</p>
<h4>${practice.title}</h4>
${renderTimeline(practice)}
<ol class="cues">${practice.cues.map((cue) => html`<li><span class="at">${formatTime(cue.at)}</span>${cue.text}</li>`)}</ol>
</section>`;
}

/** A bar from 0 to the practice length with a numbered tick per cue. */
function renderTimeline(practice: PracticeBlock): SafeHtml {
  const [width, left, right] = [640, 16, 624];
  const length = Math.max(1, practice.minutes * 60, ...practice.cues.map((cue) => cue.at));
  const x = (seconds: number) => Math.round(left + ((right - left) * seconds) / length);
  const ticks = practice.cues.map(
    (cue, index) => html`<g><title>${formatTime(cue.at)} ${cue.text}</title><line x1="${x(cue.at)}" y1="14" x2="${x(cue.at)}" y2="30" stroke="#1d2330" stroke-width="2"/><text x="${x(cue.at)}" y="11" font-size="10" text-anchor="middle">${index + 1}</text></g>`,
  );
  return html`<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 48" width="${width}" height="48" role="img" aria-label="Cue timeline of ${practice.title}">
<line x1="${left}" y1="22" x2="${right}" y2="22" stroke="#c8cdd8" stroke-width="6" stroke-linecap="round"/>
${ticks}
<text x="${left}" y="44" font-size="10">0:00</text><text x="${right}" y="44" font-size="10" text-anchor="end">${formatTime(length)}</text>
</svg>`;
}

/** Homework: the skill, the dose and its description. */
export function renderHomework(homework: HomeworkBlock): SafeHtml {
  const times = homework.times === 1 ? 'once' : `${homework.times} times`;
  return html`<section class="homework" id="homework-${homework.id}">
<p class="block-head"><span class="tag">Homework</span> <code>${homework.id}</code> · skill <code>${homework.skill}</code> · ${times} per ${homework.per} for ${homework.days} days</p>
${renderFlowContent(homework.content)}
</section>`;
}

/** A placed instrument: definition facts, instructions, items and scoring. */
export function renderInstrumentBlock(block: InstrumentBlock, context: RenderContext): SafeHtml {
  const definition = context.instruments.get(block.ref);
  return html`<section class="instrument" id="instrument-${block.id}">
<p class="block-head"><span class="tag">Instrument</span> <code>${block.id}</code> · <a href="${context.root}index.html#instrument-${block.ref}">${definition?.title ?? block.ref}</a>${
    definition === undefined ? html` · <span class="risk">definition missing from the bundle</span>` : html` ${instrumentFacts(definition)}`
  } · the score is referred to as <code>${block.id}</code></p>
${block.instructions === undefined ? false : html`<p><em>${block.instructions}</em></p>\n`}${block.items.map((item) => html`${renderItem(item, context)}\n`)}${
    definition === undefined ? false : renderScoring(definition)
  }
</section>`;
}

/** Version, validation and licence of an instrument. */
export function instrumentFacts(definition: InstrumentDefinition): SafeHtml {
  return html`version <code>${definition.version}</code> · ${definition.validated ? 'validated' : 'not validated'} · licence ${definition.licence.status}`;
}

/** How an instrument is scored, with its bands. */
export function renderScoring(definition: InstrumentDefinition): SafeHtml {
  const { scoring } = definition;
  const bands = scoring.bands ?? [];
  return html`<p>Score: ${scoring.method} of item values, from ${scoring.min} to ${scoring.max}${
    scoring.positiveAt === undefined ? false : `; a screen is positive at ${scoring.positiveAt} or more`
  }.</p>
${
  bands.length === 0
    ? false
    : html`<table><thead><tr><th>Band</th><th>Label</th><th>Scores</th></tr></thead><tbody>${bands.map(
        (band) => html`<tr><td><code>${band.id}</code></td><td>${band.label}</td><td>${band.min}–${band.max}</td></tr>`,
      )}</tbody></table>\n`
}`;
}
