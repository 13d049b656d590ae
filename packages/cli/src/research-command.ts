/**
 * Runs a research command.
 *
 * @module
 */

import { archiveCommand } from './archive-command.js';
import { diffCommand } from './diff-command.js';
import { exportCommand } from './export-command.js';
import type { CliIo } from './io.js';
import { lockCommand } from './lock-command.js';
import { reportCommand } from './report-command.js';
import type { ResearchRequest } from './research-args.js';

/** Runs `lock`, `diff`, `archive`, `export` or `report` and resolves to its exit code. */
export function runResearch(request: ResearchRequest, io: CliIo): Promise<number> {
  switch (request.command) {
    case 'lock':
      return lockCommand(request, io);
    case 'diff':
      return diffCommand(request, io);
    case 'archive':
      return archiveCommand(request, io);
    case 'export':
      return exportCommand(request, io);
    case 'report':
      return reportCommand(request, io);
  }
}
