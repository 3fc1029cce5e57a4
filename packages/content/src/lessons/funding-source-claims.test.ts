import { describe, expect, it } from 'vitest';
import { glossary } from '../glossary/terms';
import { readLessonFiles } from './read-lesson-files';

/**
 * Where a venue takes funding from (the free balance or the position's margin) is stated only where
 * the venue publishes it. Sources searched on 2026-12-05: Bybit's help centre states it (below); no
 * page of Binance, OKX or Gate stating it was found, so the course names none of them for funding.
 */
const FUNDING_SOURCES: Record<string, { url: string; read: string; says: string }> = {
  Bybit: {
    url: 'https://www.bybit.com/en-US/help-center/bybitHC_Article/?id=000001391',
    read: '2026-12-05',
    says: 'Funding is deducted from the available balance at each funding time; only when that balance is insufficient does it come out of the isolated position margin, moving the liquidation price closer.',
  },
};

const VENUES = /\b(Binance|Bybit|OKX|Gate|Hyperliquid)\b/g;
const FUNDING = /\bfunding\b/i;
/** A sentence that says where money is taken from. */
const TAKEN_FROM = /\b(takes?|taken|deduct\w*|dips? into|comes? out of|paid from)\b/;

interface Claim {
  where: string;
  sentence: string;
  /** Link targets inside the sentence. */
  links: string[];
}

/**
 * Sentences that name a venue and say where it takes money from, inside a passage about funding (a
 * lesson paragraph or a glossary entry). Link targets are set aside: their dots would end a sentence.
 */
function fundingSourceClaims(where: string, passage: string): Claim[] {
  const links: string[] = [];
  const text = passage
    .replace(/\]\(([^)\s]+)\)/g, (_, url: string) => `]⟨${links.push(url) - 1}⟩`)
    .replace(/<[^>]+>/g, '');
  if (!FUNDING.test(text)) return [];
  return text
    .split(/(?<=[.!?;])\s+/)
    .filter((sentence) => venuesIn(sentence).length > 0 && TAKEN_FROM.test(sentence))
    .map((sentence) => ({
      where,
      sentence: sentence.replace(/⟨\d+⟩/g, ''),
      links: [...sentence.matchAll(/⟨(\d+)⟩/g)].map((m) => links[Number(m[1])]!),
    }));
}

const venuesIn = (text: string) => [...new Set([...text.matchAll(VENUES)].map((m) => m[1]!))];

describe('what the course says about where funding is taken from', () => {
  const lessonClaims = readLessonFiles().flatMap((lesson) =>
    lesson.body.split(/\n\s*\n/).flatMap((paragraph) => fundingSourceClaims(lesson.meta.slug, paragraph)),
  );
  const glossaryClaims = glossary.flatMap((term) =>
    fundingSourceClaims(term.id, `${term.short} ${term.long}`),
  );

  it('finds the claims the course makes (lessons 9 and 11, the funding and isolated-margin entries)', () => {
    expect([...new Set(lessonClaims.map((c) => c.where))].sort()).toEqual([
      'contract-margin-futures-and-perpetuals',
      'fees-funding-and-the-insurance-fund',
    ]);
    expect([...new Set(glossaryClaims.map((c) => c.where))].sort()).toEqual([
      'funding-rate',
      'isolated-margin',
    ]);
  });

  it('names only venues whose own page says it, and a lesson links that page in the sentence', () => {
    for (const claim of [...lessonClaims, ...glossaryClaims]) {
      for (const venue of venuesIn(claim.sentence)) {
        expect(
          FUNDING_SOURCES[venue],
          `${claim.where}: "${claim.sentence}" names ${venue} without a source`,
        ).toBeDefined();
      }
    }
    // Glossary entries are plain text; the lessons carry the links.
    for (const claim of lessonClaims) {
      for (const venue of venuesIn(claim.sentence)) {
        expect(claim.links, `${claim.where}: "${claim.sentence}"`).toContain(FUNDING_SOURCES[venue]!.url);
      }
    }
  });

  it('describes Bybit as its page does: the available balance first, the position margin only when that runs short', () => {
    for (const claim of [...lessonClaims, ...glossaryClaims]) {
      expect(claim.sentence, claim.where).toMatch(/(available|free) balance/);
    }
  });
});
