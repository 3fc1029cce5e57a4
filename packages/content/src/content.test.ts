import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import seedShingles from './__fixtures__/seed-article-shingles.json';
import { caseStudyById } from './case-studies/case-studies';
import { glossary } from './glossary/terms';
import { LESSONS_DIR, type LessonFile, readLessonFiles } from './lessons/read-lesson-files';
import { firstCopiedRun, shingleHashes } from './lessons/text-shingles';
import { allQuestions, lessonQuizzes } from './quizzes/course';
import { sandboxPresets } from './sandbox/presets';

const lessons = readLessonFiles();
const bySlug = new Map(lessons.map((l) => [l.meta.slug, l]));
const glossaryIds = new Set(glossary.map((t) => t.id));
const presetIds = new Set(sandboxPresets.map((p) => p.id));
const COMPONENTS_MD = readFileSync(join(LESSONS_DIR, 'COMPONENTS.md'), 'utf8');

/** Prose only: fenced code and inline code removed, so formulas do not count as copied text or MDX. */
function prose(body: string): string {
  return body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
}

function attributes(body: string, tag: string, attribute: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\b${attribute}="([^"]*)"`, 'g');
  return [...body.matchAll(re)].map((m) => m[1]!);
}

function wordCount(lesson: LessonFile): number {
  return (lesson.body.replace(/<[^>]+>/g, ' ').match(/\S+/g) ?? []).length;
}

describe('lessons', () => {
  it('are thirteen files in order with unique slugs matching their file names', () => {
    expect(lessons).toHaveLength(13);
    lessons.forEach((lesson, index) => {
      expect(lesson.meta.order).toBe(index + 1);
      expect(lesson.fileName).toBe(`${String(index + 1).padStart(2, '0')}-${lesson.meta.slug}.mdx`);
    });
    expect(bySlug.size).toBe(13);
  });

  it('name only earlier lessons as prerequisites', () => {
    for (const lesson of lessons) {
      for (const slug of lesson.meta.prerequisites) {
        const prerequisite = bySlug.get(slug);
        expect(prerequisite, `${lesson.meta.slug} → ${slug}`).toBeDefined();
        expect(prerequisite!.meta.order).toBeLessThan(lesson.meta.order);
      }
    }
  });

  it('follow a newcomer’s order: from zero, forced liquidation and stops early, the venue formulas as an optional last deep dive', () => {
    const order = lessons.map((l) => l.meta.slug);
    expect(order[0]).toBe('start-at-zero');
    expect(lessons[0]!.meta.prerequisites).toEqual([]);
    expect(order.indexOf('margin-exhaustion-and-forced-liquidation')).toBeLessThan(3);
    expect(order.indexOf('stop-losses')).toBeLessThan(4);
    const deepDive = 'how-exchanges-compute-the-liquidation-price';
    expect(order.at(-1)).toBe(deepDive);
    for (const lesson of lessons) expect(lesson.meta.prerequisites, lesson.meta.slug).not.toContain(deepDive);
    // Every lesson is reachable from the first through its prerequisites, and the graph has no cycle
    // (each prerequisite comes earlier, checked above, so a walk back always ends).
    const reachesStart = (slug: string, seen = new Set<string>()): boolean => {
      if (slug === 'start-at-zero') return true;
      if (seen.has(slug)) return false;
      seen.add(slug);
      return bySlug.get(slug)!.meta.prerequisites.some((p) => reachesStart(p, seen));
    };
    for (const slug of order) expect(reachesStart(slug), slug).toBe(true);
  });

  it('are 5–10 minutes of reading (about 700–1,300 words)', () => {
    for (const lesson of lessons) {
      const words = wordCount(lesson);
      expect(words, lesson.fileName).toBeGreaterThanOrEqual(700);
      expect(words, lesson.fileName).toBeLessThanOrEqual(1300);
    }
  });

  it('use plain-text headings whose ids are unambiguous and unique', () => {
    for (const lesson of lessons) {
      for (const section of lesson.meta.sections) expect(section.title).toMatch(/^[A-Za-z0-9 ,:'’?-]+$/);
      expect(new Set(lesson.headingIds).size, lesson.fileName).toBe(lesson.headingIds.length);
    }
  });

  it('use only documented components, with documented props', () => {
    for (const lesson of lessons) {
      for (const match of lesson.body.matchAll(/<([A-Z][A-Za-z]*)((?:\s+[a-zA-Z]+="[^"]*")*)\s*\/?>/g)) {
        const [, name, attrs] = match;
        const section = COMPONENTS_MD.split(/^### /m).find((s) => s.startsWith(`\`<${name}`));
        expect(section, `${lesson.fileName}: <${name}> is not documented in COMPONENTS.md`).toBeDefined();
        for (const attr of attrs!.matchAll(/([a-zA-Z]+)="/g)) {
          expect(section, `${lesson.fileName}: <${name} ${attr[1]}> is undocumented`).toContain(
            `\`${attr[1]}\``,
          );
        }
      }
    }
  });

  it('contain no raw MDX hazards outside code: stray "<", "{" or unknown tags', () => {
    for (const lesson of lessons) {
      const text = prose(lesson.body);
      expect(text.match(/[{}]/g), lesson.fileName).toBeNull();
      expect(text.match(/<(?![A-Z/])/g), lesson.fileName).toBeNull();
    }
  });

  it('have at least one live widget each', () => {
    const widgets =
      /<(LeverageCalculator|LiquidationPriceExplorer|MarginLevelGauge|ResidualBalanceExplorer|ExchangeComparison|MarkVsLastChart|PositionReplay|StopOutCostCalculator|VolatilityBandChart|PositionSizer)\b/;
    for (const lesson of lessons) expect(lesson.body, lesson.fileName).toMatch(widgets);
  });

  it('have at least one diagram each (a documented component under "## Diagrams")', () => {
    const diagrams = [
      ...(COMPONENTS_MD.split(/^## Diagrams$/m)[1] ?? '').matchAll(/^### `<([A-Za-z]+)>`/gm),
    ].map((m) => m[1]!);
    expect(diagrams.length).toBeGreaterThanOrEqual(8);
    const anyDiagram = new RegExp(`<(${diagrams.join('|')})\\b`);
    for (const lesson of lessons)
      expect(lesson.body, `${lesson.fileName} has no diagram`).toMatch(anyDiagram);
  });

  it('link only to lessons and case studies that exist', () => {
    for (const lesson of lessons) {
      for (const [, slug] of lesson.body.matchAll(/\]\(\/learn\/([^)#]+)/g)) {
        const caseStudy = /^case-studies(?:\/(.+))?$/.exec(slug!);
        const exists = caseStudy
          ? caseStudy[1] === undefined || caseStudyById(caseStudy[1]) !== undefined
          : bySlug.has(slug!);
        expect(exists, `${lesson.fileName} links to /learn/${slug}`).toBe(true);
      }
    }
  });

  it('use only glossary terms that exist, and the glossary lists the lessons that use them', () => {
    for (const lesson of lessons) {
      for (const id of attributes(lesson.body, 'Term', 'id')) {
        expect(glossaryIds.has(id), `${lesson.fileName}: <Term id="${id}">`).toBe(true);
        expect(glossary.find((t) => t.id === id)!.lessons, `${id} should list ${lesson.meta.slug}`).toContain(
          lesson.meta.slug,
        );
      }
    }
  });

  it('link only to sandbox presets that exist, and use preset-driven widgets correctly', () => {
    for (const lesson of lessons) {
      for (const tag of ['SandboxLink', 'PositionReplay', 'MarkVsLastChart']) {
        for (const id of attributes(lesson.body, tag, 'preset')) {
          expect(presetIds.has(id), `${lesson.fileName}: <${tag} preset="${id}">`).toBe(true);
        }
      }
    }
  });

  it('copy no run of eight words from the seed article', () => {
    const forbidden = new Set(seedShingles.shingles);
    expect(forbidden.size).toBeGreaterThan(500);
    for (const lesson of lessons) {
      const copied = firstCopiedRun(
        `${lesson.meta.summary}\n${lesson.meta.objectives.join('\n')}\n${prose(lesson.body)}`,
        forbidden,
      );
      expect(copied, `${lesson.fileName} copies the article`).toBeUndefined();
    }
    for (const term of glossary)
      expect(firstCopiedRun(`${term.short} ${term.long}`, forbidden), term.id).toBeUndefined();
    for (const q of allQuestions) expect(firstCopiedRun(JSON.stringify(q), forbidden), q.id).toBeUndefined();
  });

  it('keeps the shingle fixture in sync with the article when the article is available', () => {
    // The article itself is not part of the repository; set SEED_ARTICLE_PATH to check the fixture.
    const path = process.env.SEED_ARTICLE_PATH;
    if (!path || !existsSync(path)) return;
    const text = readFileSync(path, 'utf8');
    expect([...shingleHashes(text.slice(text.indexOf('Title:')))].sort()).toEqual(seedShingles.shingles);
  });
});

describe('glossary', () => {
  it('has at least 45 terms whose related ids and lessons exist', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(45);
    for (const term of glossary) {
      for (const id of term.related) expect(glossaryIds.has(id), `${term.id} → ${id}`).toBe(true);
      for (const slug of term.lessons) expect(bySlug.has(slug), `${term.id} → ${slug}`).toBe(true);
    }
  });
});

describe('quizzes', () => {
  it('give every lesson a quiz of 5–8 questions, in course order', () => {
    expect(lessonQuizzes.map((q) => q.lesson)).toEqual(lessons.map((l) => l.meta.slug));
    for (const quiz of lessonQuizzes) {
      expect(quiz.questions.length).toBeGreaterThanOrEqual(5);
      expect(quiz.questions.length).toBeLessThanOrEqual(8);
      expect(
        quiz.questions.some((q) => q.kind === 'numeric'),
        `${quiz.lesson} has no numeric question`,
      ).toBe(true);
    }
  });

  it('point every question at a section that exists in its lesson', () => {
    for (const q of allQuestions) {
      const sections = bySlug.get(q.lesson)!.meta.sections.map((s) => s.id);
      expect(sections, `${q.id} → #${q.section}`).toContain(q.section);
    }
  });

  it('explain every option of choice questions', () => {
    for (const q of allQuestions) {
      if (q.kind === 'single' || q.kind === 'multiple') {
        for (const option of q.options)
          expect(option.explanation.trim().length, `${q.id}/${option.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('keep the first hint from revealing a correct option', () => {
    for (const q of allQuestions) {
      if (q.kind !== 'single' && q.kind !== 'multiple') continue;
      const correct = q.kind === 'single' ? [q.correct] : q.correct;
      for (const id of correct) {
        const text = q.options.find((o) => o.id === id)!.text.toLowerCase();
        expect(q.hints[0]!.toLowerCase().includes(text), `${q.id}: first hint contains "${text}"`).toBe(
          false,
        );
      }
    }
  });

  it('use scenario presets that exist and belong to the course', () => {
    for (const q of allQuestions) {
      if (q.kind === 'scenario') expect(presetIds.has(q.preset), `${q.id} → ${q.preset}`).toBe(true);
    }
  });
});

describe('sandbox presets', () => {
  it('number at least ten and each belongs to an existing lesson', () => {
    expect(sandboxPresets.length).toBeGreaterThanOrEqual(10);
    for (const preset of sandboxPresets) expect(bySlug.has(preset.lesson), preset.id).toBe(true);
  });
});
