/**
 * `@copekit/research`: tools for trials that use Copekit curricula.
 *
 * - Lockfiles pin a trial to one curriculum version by its content hashes
 *   ({@link createLock}, {@link verifyLock}, {@link serializeLock}).
 * - Semantic diffs say what changed between two versions, with safety
 *   changes flagged ({@link diffBundles}, {@link formatDiffMarkdown}).
 * - Static archives render every version for the trial record
 *   ({@link renderArchive}; `writeArchive` in `@copekit/research/node`).
 * - Exports turn engine records into a tidy long table of answers, CSV or
 *   JSONL, streaming ({@link exportRecords}).
 * - Adherence reports give the dose received per participant and overall
 *   ({@link adherenceReport}, {@link formatAdherenceText}).
 * - Migration carries saved sessions from one version to the next by stable
 *   ids ({@link migrateSnapshot}).
 *
 * Everything here is pure and runs in any JavaScript environment.
 *
 * @module
 */

export { createLock, type CreateLockOptions } from './lock/create-lock.js';
export { verifyLock, assertLock, type VerifyLockOptions } from './lock/verify-lock.js';
export { LockMismatchError } from './lock/lock-mismatch-error.js';
export { serializeLock, LOCKFILE_NAME } from './lock/serialize-lock.js';
export { parseLock } from './lock/parse-lock.js';
export type { Lockfile, LockfileVersion, LockedCurriculum, LessonHashDifference, LockFieldDifference, LockVerification } from './lock/types.js';

export { diffBundles } from './diff/diff-bundles.js';
export { formatDiffMarkdown } from './diff/markdown/format-diff-markdown.js';
export { formatDiffText } from './diff/text/format-diff-text.js';
export type { BundleDiff, BundleIdentity, Change, ChangeOp, ChangeSubject, DiffSummary, ScopeDiff, WordChange } from './diff/types.js';

export { renderArchive } from './archive/render-archive.js';
export { ARCHIVE_CSP } from './archive/page.js';

export { readRecords, type NumberedRecord, type ReadRecordsOptions, type RecordLineError, type RecordStream } from './records/read-records.js';
export type { TextSource } from './records/record-source.js';
export { exportRecords, type ExportRecordsOptions, type ExportSummary } from './export/export-records.js';
export { EXPORT_COLUMNS, type ExportRow } from './export/export-row.js';
export type { ExportFormat } from './export/row-format.js';
export { csvCell } from './export/csv.js';

export { adherenceReport, type AdherenceOptions, type AdherenceInput } from './report/adherence-report.js';
export { formatAdherenceText } from './report/format-adherence-text.js';
export type {
  AdherenceReport,
  LessonTime,
  LoggedPractice,
  OverallAdherence,
  ParticipantAdherence,
  PlannedDose,
  SafetyAlertEvent,
  SafetySummary,
} from './report/adherence-types.js';
export { migrateSnapshot } from './migrate/migrate-snapshot.js';
export { MigrationError, type MigrationErrorCode } from './migrate/migration-error.js';
export type { ItemMigration, LessonMigration, MigrateOptions, MigrationMap, MigrationResult, StepMigration } from './migrate/types.js';
