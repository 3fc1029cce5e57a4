/**
 * What a learner may report a public scenario for: the report dialog offers these, the API accepts
 * only these, and the database keeps them as an enum of the same names. No zod here: the shared
 * page's report button imports this file.
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

/** "Something else" needs a few words to act on. */
export function hasNoteWhereNeeded(report: { reason: ReportReason; note: string }): boolean {
  return report.reason !== 'OTHER' || report.note.trim() !== '';
}
