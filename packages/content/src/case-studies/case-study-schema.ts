import { z } from 'zod';
import { slugSchema } from '../lessons/lesson-schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as "2020-03-12"');
/** UTC instants only, so a reconstruction never depends on the reader's time zone. */
const utcInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/, 'a UTC time such as "2020-03-12T10:00Z"');
const positivePrice = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'a decimal string such as "3900"')
  .refine((s) => Number(s) > 0, 'must be greater than zero');

/** Where a fact was published. Secondary reports are named as such in the fact's wording. */
export const caseStudySourceSchema = z.strictObject({
  id: slugSchema,
  publisher: z.string().min(2),
  title: z.string().min(5),
  url: z.url({ protocol: /^https?$/ }),
  /** Publication date when the page states one. */
  published: isoDate.optional(),
});

/**
 * One published fact, in our own words, with its source. A price fact carries the price it reports, so
 * the reconstruction can be checked against it; other facts (liquidation totals) are quoted as text.
 */
export const caseStudyFactSchema = z.strictObject({
  id: slugSchema,
  text: z.string().min(10),
  price: positivePrice.optional(),
  source: slugSchema,
});

/**
 * A point of the reconstructed path: a published price at a published (or, when the source gives only
 * a window or a day, an approximate) time. The path between points is a straight line.
 */
export const reconstructionPointSchema = z.strictObject({
  at: utcInstant,
  /** The price fact this point draws; its price must equal the fact's. */
  fact: slugSchema,
  approximateTime: z.boolean(),
});

export const caseStudySchema = z
  .strictObject({
    id: slugSchema,
    title: z.string().min(5),
    /** The day the event is known by. */
    date: isoDate,
    asset: z.literal('BTC'),
    /** What happened, in plain words, one paragraph per entry. */
    story: z.array(z.string().min(20)).min(1),
    sources: z.array(caseStudySourceSchema).min(1),
    facts: z.array(caseStudyFactSchema).min(2),
    reconstruction: z.array(reconstructionPointSchema).min(3),
    /** The lessons this event illustrates. */
    lessons: z.array(slugSchema).min(1),
  })
  .superRefine((study, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message: `${study.id}: ${message}` });
    const sources = new Set(study.sources.map((s) => s.id));
    const facts = new Map(study.facts.map((f) => [f.id, f]));
    for (const fact of study.facts) {
      if (!sources.has(fact.source)) issue(`fact ${fact.id} cites an unknown source ${fact.source}`);
    }
    for (const point of study.reconstruction) {
      const fact = facts.get(point.fact);
      if (fact?.price === undefined) issue(`reconstruction point ${point.at} must draw a price fact`);
    }
    for (let i = 1; i < study.reconstruction.length; i++) {
      if (!(study.reconstruction[i]!.at > study.reconstruction[i - 1]!.at)) {
        issue(`reconstruction times must increase (${study.reconstruction[i]!.at})`);
      }
    }
  });

export type CaseStudy = z.infer<typeof caseStudySchema>;
export type CaseStudyFact = z.infer<typeof caseStudyFactSchema>;
export type CaseStudySource = z.infer<typeof caseStudySourceSchema>;
