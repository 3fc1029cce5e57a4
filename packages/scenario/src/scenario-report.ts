import { z } from 'zod';
import { isStorableText, unstorableTextMessage } from './storable-text';

/**
 * What a learner may report a public scenario for: the report dialog offers these, the API accepts
 * only these, and the database keeps them as an enum of the same names.
 */
export const REPORT_REASONS = ['SPAM', 'OFFENSIVE', 'MISLEADING', 'PERSONAL_INFORMATION', 'OTHER'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** How the dialog and the moderation page name each reason. */
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  SPAM: 'Spam or advertising',
  OFFENSIVE: 'Offensive or abusive',
  MISLEADING: 'Misleading about how liquidation works',
  PERSONAL_INFORMATION: 'Shares personal information',
  OTHER: 'Something else',
};

/** The database's CHECK constraint holds the note to the same bound. */
export const MAX_REPORT_NOTE_LENGTH = 500;

export const reportNoteSchema = z
  .string({ error: 'The note must be text.' })
  .max(MAX_REPORT_NOTE_LENGTH, `The note is at most ${MAX_REPORT_NOTE_LENGTH} characters.`)
  .trim()
  .refine(isStorableText, { error: () => unstorableTextMessage('note') });

/** The fields of a report as the learner sends it (the API adds which scenario). */
export const scenarioReportFields = {
  reason: z.enum(REPORT_REASONS, { error: 'Pick a reason from the list.' }),
  note: reportNoteSchema.default(''),
};

export const OTHER_NEEDS_NOTE_MESSAGE = 'Say in a few words what is wrong (reason "Something else").';

/** "Something else" needs a few words to act on. */
export function hasNoteWhereNeeded(report: { reason: ReportReason; note: string }): boolean {
  return report.reason !== 'OTHER' || report.note !== '';
}

export const scenarioReportSchema = z
  .strictObject(scenarioReportFields)
  .refine(hasNoteWhereNeeded, { path: ['note'], error: OTHER_NEEDS_NOTE_MESSAGE });
