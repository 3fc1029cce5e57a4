import { ALL_RULES } from '@liqlab/core';
import { hasNoteWhereNeeded } from '@liqlab/scenario/report-reasons';
import { SCENARIO_OUTCOMES } from '@liqlab/scenario/scenario-outcome';
import { scenarioPathSchema } from '@liqlab/scenario/scenario-path-schema';
import { scenarioPositionSchema } from '@liqlab/scenario/scenario-position-schema';
import { OTHER_NEEDS_NOTE_MESSAGE, scenarioReportFields } from '@liqlab/scenario/scenario-report';
import {
  scenarioInputSchema,
  scenarioNotesSchema,
  scenarioTitleSchema,
} from '@liqlab/scenario/scenario-schema';
import { MAX_ENCODED_STATE_LENGTH } from '@liqlab/scenario/scenario-state-codec';
import { z } from 'zod';

export const visibilitySchema = z.enum(['PRIVATE', 'UNLISTED', 'PUBLIC']);

/** A uuid or a share slug (base64url, or `preset-<id>` for curated ones). */
const idOrSlug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a scenario id or link');
/** Chosen by the client per save action, so a retried request creates one scenario. */
const clientKey = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "-" and "_" only');
const pageLimit = z.number().int().min(1).max(50).default(20);

export const createScenarioInput = scenarioInputSchema.extend({
  visibility: visibilitySchema.default('PRIVATE'),
  clientKey: clientKey.optional(),
});

export const getScenarioInput = z.strictObject({
  idOrSlug,
  /** false for reads that are not a person viewing it: link previews, a page rendered for a cache. */
  countView: z.boolean().optional(),
});

export const recordViewInput = z.strictObject({ idOrSlug });

export const reportScenarioInput = z
  .strictObject({ idOrSlug, ...scenarioReportFields })
  .refine(hasNoteWhereNeeded, { path: ['note'], error: OTHER_NEEDS_NOTE_MESSAGE });

export const myReportInput = z.strictObject({ idOrSlug });

/** A page boundary of the moderation queue as the page's link carries it: "<ISO time>~<scenario id>". */
const MODERATION_CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f-]{36})$/;

/** One page of one section of the moderation queue: the first without `after`. */
export const moderationQueueInput = z.strictObject({
  section: z.enum(['PENDING_REVIEW', 'VISIBLE', 'HIDDEN'], {
    error: 'Pick a section of the queue: waiting for review, reported or hidden.',
  }),
  after: z
    .string()
    .transform((text, ctx) => {
      const match = MODERATION_CURSOR.exec(text);
      const createdAt = match ? new Date(match[1]!) : null;
      if (
        !match ||
        !createdAt ||
        Number.isNaN(createdAt.getTime()) ||
        !z.uuid().safeParse(match[2]).success
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'That page of the queue does not exist. Start from the first page.',
        });
        return z.NEVER;
      }
      return { createdAt, id: match[2]! };
    })
    .optional(),
});

/** An administrator's decision names the scenario by id (the moderation page lists ids). */
export const moderationDecisionInput = z.strictObject({ scenarioId: z.uuid('not a scenario id') });

export const updateScenarioInput = z.strictObject({
  id: z.uuid(),
  /** The version the edit was based on. */
  version: z.number().int().min(1).max(2_147_483_647),
  title: scenarioTitleSchema.optional(),
  notes: scenarioNotesSchema.optional(),
  visibility: visibilitySchema.optional(),
  position: scenarioPositionSchema.optional(),
  path: scenarioPathSchema.optional(),
});

export const deleteScenarioInput = z.strictObject({ id: z.uuid() });

export const duplicateScenarioInput = z.strictObject({ id: z.uuid(), clientKey: clientKey.optional() });

export const forkScenarioInput = z.strictObject({ idOrSlug, clientKey: clientKey.optional() });

export const pageInput = z
  .strictObject({ cursor: z.uuid().optional(), limit: pageLimit })
  .default({ limit: 20 });

export const decodeSharedInput = z.strictObject({
  // Checked again (with a user-facing message) by decodeScenarioState; this bound keeps zod cheap.
  state: z.string().max(MAX_ENCODED_STATE_LENGTH * 2),
});

/** Longest title search: titles are at most 120 characters, and a bound keeps the query cheap. */
export const MAX_GALLERY_SEARCH_LENGTH = 80;

export const galleryInput = z
  .strictObject({
    cursor: z.uuid().optional(),
    limit: pageLimit,
    exchange: z.enum(ALL_RULES, { error: 'Pick an exchange from the list.' }).optional(),
    outcome: z.enum(SCENARIO_OUTCOMES, { error: 'Pick an outcome from the list.' }).optional(),
    search: z
      .string({ error: 'Type a few words of a title.' })
      .trim()
      .max(MAX_GALLERY_SEARCH_LENGTH, `Search with at most ${MAX_GALLERY_SEARCH_LENGTH} characters.`)
      .optional(),
  })
  .default({ limit: 20 });
