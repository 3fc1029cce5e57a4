/**
 * Wraps the first unlinked use of each glossary term in each lesson in `<Term id="…">`, the rule
 * `src/lessons/glossary-first-use.test.ts` checks, and lists the terms whose `lessons` field must
 * now name the lesson. Only the words are wrapped: no sentence changes, so the diff stays on the
 * lines that carry the term. Review the result: a use that reads oddly as a link may mean an alias
 * is too broad.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstTermUses } from '../src/glossary/first-term-uses';
import { glossary } from '../src/glossary/terms';
import { LESSONS_DIR, readLessonFiles } from '../src/lessons/read-lesson-files';

/** Context words some aliases carry ("a long", "10× short") that belong outside the link. */
const LEADING_CONTEXT = /^(?:(?:a|an|the|your|our|BTC|ETH)\s+|×\s*)/i;

const missingLessons: string[] = [];
for (const lesson of readLessonFiles()) {
  let body = lesson.body;
  const unlinked = [...firstTermUses(body, glossary).values()]
    .filter((use) => !use.linked)
    .sort((a, b) => b.start - a.start);
  for (const use of unlinked) {
    const start = use.start + (LEADING_CONTEXT.exec(use.text)?.[0].length ?? 0);
    body = `${body.slice(0, start)}<Term id="${use.id}">${body.slice(start, use.end)}</Term>${body.slice(use.end)}`;
  }
  if (unlinked.length > 0) {
    const path = join(LESSONS_DIR, lesson.fileName);
    const source = readFileSync(path, 'utf8');
    writeFileSync(path, source.slice(0, source.length - lesson.body.length) + body);
    console.log(`${lesson.fileName}: linked ${unlinked.map((u) => u.id).join(', ')}`);
  }
  for (const id of firstTermUses(body, glossary).keys()) {
    if (!glossary.find((t) => t.id === id)!.lessons.includes(lesson.meta.slug)) {
      missingLessons.push(`${id} → ${lesson.meta.slug}`);
    }
  }
}
if (missingLessons.length > 0) {
  console.log(`\nAdd these lessons to the terms' \`lessons\` in src/glossary:\n${missingLessons.join('\n')}`);
}
