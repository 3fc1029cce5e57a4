/**
 * Lists every number printed in the lessons, marking ("=") the results that lesson-figures.test.ts must
 * recompute (see prose-numbers.ts for what counts as a result). Figures a
 * component renders from the engine are not in the prose at all.
 * Usage: pnpm --filter @liqlab/content numbers [--derived]
 */
import { proseNumbers } from '../src/lessons/prose-numbers';
import { readLessonFiles } from '../src/lessons/read-lesson-files';

const derivedOnly = process.argv.includes('--derived');
let total = 0;
let derived = 0;
for (const lesson of readLessonFiles()) {
  const numbers = proseNumbers(lesson.body);
  const shown = derivedOnly ? numbers.filter((n) => n.derived) : numbers;
  total += numbers.length;
  derived += numbers.filter((n) => n.derived).length;
  console.log(
    `\n${lesson.fileName}: ${numbers.length} numbers, ${numbers.filter((n) => n.derived).length} results`,
  );
  for (const n of shown)
    console.log(`  ${n.derived ? '=' : ' '} ${n.text.padStart(14)}  l.${n.line}  ${n.context.slice(0, 100)}`);
}
console.log(`\n${total} numbers, ${derived} results`);
