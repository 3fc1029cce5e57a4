/**
 * Prints each lesson's Flesch–Kincaid grade as a markdown table, for BENCHMARKS.md ("Lesson reading
 * level"). The ceiling itself is checked by src/lessons/reading-level.test.ts.
 */

import { readLessonFiles } from '../src/lessons/read-lesson-files';
import { readableProse, readingLevel } from '../src/lessons/reading-level';

const rows = readLessonFiles().map((lesson) => ({
  lesson: lesson.fileName.replace(/\.mdx$/, ''),
  ...readingLevel(readableProse(lesson.body)),
}));
console.log('| lesson | words | sentences | words per sentence | syllables per word | grade |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.lesson} | ${r.words} | ${r.sentences} | ${(r.words / r.sentences).toFixed(1)} | ${(r.syllables / r.words).toFixed(2)} | ${r.grade.toFixed(1)} |`,
  );
}
const mean = rows.reduce((sum, r) => sum + r.grade, 0) / rows.length;
console.log(`| course mean | | | | | ${mean.toFixed(1)} |`);
