/**
 * Curriculum-level changes: identity, version, modules, program order and
 * unlock rules, the safety flow and crisis resources.
 *
 * @module
 */

import type { Bundle, CrisisConfig, CrisisResource, ModuleDefinition } from '@copekit/schema';
import { compareText, compareValue, rootContext, within, type ChangeContext } from './change-context.js';
import { diffList } from './diff-list.js';
import type { Change } from './types.js';

/** The curriculum-level changes between two bundles. */
export function diffCurriculum(before: Bundle, after: Bundle): Change[] {
  const out: Change[] = [];
  const root = rootContext(out);
  const [old, next] = [before.curriculum, after.curriculum];
  compareValue(root, 'curriculum', 'schemaVersion', before.schemaVersion, after.schemaVersion);
  compareValue(root, 'curriculum', 'id', old.id, next.id);
  compareValue(root, 'curriculum', 'version', old.version, next.version);
  compareText(root, 'curriculum', 'title', old.title, next.title);
  compareValue(root, 'curriculum', 'locale', old.locale, next.locale);
  diffModules(within(root, 'modules'), old.modules, next.modules);

  const program = within(root, 'program');
  compareValue(program, 'program', 'sessions', old.program.sessions, next.program.sessions);
  compareValue(program, 'program', 'checkIn', old.program.checkIn, next.program.checkIn);
  compareValue(program, 'program', 'unlock.selfDirected.minDays', old.program.unlock.selfDirected.minDays, next.program.unlock.selfDirected.minDays);
  compareValue(program, 'program', 'unlock.guided.minDays', old.program.unlock.guided.minDays, next.program.unlock.guided.minDays);
  compareValue(program, 'program', 'unlock.guided.coachApproval', old.program.unlock.guided.coachApproval, next.program.unlock.guided.coachApproval);

  const safety = within(root, 'safety', 'safety flow');
  compareValue(safety, 'safety', 'lesson', old.safety.lesson, next.safety.lesson);
  compareText(safety, 'safety', 'statement', old.safety.statement, next.safety.statement);
  diffCrisis(within(root, 'crisis', 'crisis resources'), old.crisis, next.crisis);
  return out;
}

function diffModules(context: ChangeContext, before: ModuleDefinition[], after: ModuleDefinition[]): void {
  diffList(context, before, after, {
    subject: 'module',
    key: (module) => module.id,
    segment: (module) => `module:${module.id}`,
    compare: (here, was, now) => {
      compareText(here, 'module', 'title', was.title, now.title);
      compareText(here, 'module', 'description', was.description, now.description);
    },
  });
}

function diffCrisis(context: ChangeContext, before: CrisisConfig, after: CrisisConfig): void {
  compareValue(context, 'crisis-region', 'defaultRegion', before.defaultRegion, after.defaultRegion);
  diffList(context, before.regions, after.regions, {
    subject: 'crisis-region',
    key: (region) => region.id,
    segment: (region) => `region:${region.id}`,
    compare: (here, was, now) => {
      compareText(here, 'crisis-region', 'name', was.name, now.name);
      diffList(here, was.resources, now.resources, { subject: 'crisis-resource', key: (resource) => resource.id, segment: (resource) => `resource:${resource.id}`, compare: diffResource });
    },
  });
}

function diffResource(context: ChangeContext, was: CrisisResource, now: CrisisResource): void {
  compareText(context, 'crisis-resource', 'label', was.label, now.label);
  compareText(context, 'crisis-resource', 'description', was.description, now.description);
  compareValue(context, 'crisis-resource', 'channel', was.channel, now.channel);
  compareValue(context, 'crisis-resource', 'contact', was.contact, now.contact);
  compareValue(context, 'crisis-resource', 'href', was.href, now.href);
}
