import { z } from 'zod';
import { MAX_REPORT_NOTE_LENGTH, REPORT_REASONS } from './report-reasons';
import { isStorableText, unstorableTextMessage } from './storable-text';

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
