import { describe, expect, it } from 'vitest';
import { lessonCatalog } from '../lessons/lesson-catalog';
import { CASE_STUDIES } from './case-studies';
import { caseStudySchema } from './case-study-schema';

describe('case studies', () => {
  it('covers at least four distinct real events, each under its own id', () => {
    expect(CASE_STUDIES.length).toBeGreaterThanOrEqual(4);
    expect(new Set(CASE_STUDIES.map((s) => s.id)).size).toBe(CASE_STUDIES.length);
  });

  it.each(CASE_STUDIES.map((s) => [s.id, s] as const))('%s: every lesson it links exists', (_id, study) => {
    const slugs = new Set(lessonCatalog.map((lesson) => lesson.slug));
    for (const slug of study.lessons) expect(slugs, slug).toContain(slug);
  });

  it.each(CASE_STUDIES.map((s) => [s.id, s] as const))(
    '%s: its low is a cited fact that the reconstruction draws',
    (_id, study) => {
      const drawn = study.reconstruction.map((p) => Number(study.facts.find((f) => f.id === p.fact)!.price));
      const lowest = Math.min(...drawn);
      // Every reconstruction opens above its low: the trade the page replays is a long caught by the fall.
      expect(drawn[0]).toBeGreaterThan(lowest);
      expect(study.facts.some((f) => f.price !== undefined && Number(f.price) === lowest)).toBe(true);
    },
  );

  it.each(CASE_STUDIES.map((s) => [s.id, s] as const))(
    '%s: every source is cited by a fact',
    (_id, study) => {
      for (const source of study.sources) {
        expect(
          study.facts.some((f) => f.source === source.id),
          source.id,
        ).toBe(true);
      }
    },
  );

  it('refuses a reconstruction point that draws a fact without a price', () => {
    const study = CASE_STUDIES[0]!;
    const textFact = study.facts.find((f) => f.price === undefined)!;
    const broken = {
      ...study,
      reconstruction: [
        ...study.reconstruction.slice(0, -1),
        { ...study.reconstruction.at(-1)!, fact: textFact.id },
      ],
    };
    expect(caseStudySchema.safeParse(broken).error?.issues[0]?.message).toMatch(/must draw a price fact/);
  });

  it('refuses a fact citing a source the study does not list, and times that go backwards', () => {
    const study = CASE_STUDIES[0]!;
    const unknownSource = {
      ...study,
      facts: [{ ...study.facts[0]!, source: 'nowhere' }, ...study.facts.slice(1)],
    };
    expect(caseStudySchema.safeParse(unknownSource).error?.issues[0]?.message).toMatch(
      /unknown source nowhere/,
    );
    const backwards = { ...study, reconstruction: [...study.reconstruction].reverse() };
    expect(caseStudySchema.safeParse(backwards).error?.issues[0]?.message).toMatch(/times must increase/);
  });
});
