import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseSourceFiles, REPO_ROOT } from '~/lib/__fixtures__/course-source-files';

/**
 * Pages use two font weights (400, 600) and the sizes of Tailwind's scale. Each other weight or size a
 * page shows is one more font strike its first layout asks the browser for, synchronously (issue 18:
 * 3–6 ms each in Chromium on Linux here, BENCHMARKS.md). Diagram text is sized in SVG viewBox units and
 * scales with the figure, so its LABEL/SMALL constants are not CSS sizes and are not read here. Open
 * Graph images are drawn to PNG on the server, not laid out by a reader's browser. Monospace is a
 * second family with look-ups and strikes of its own, so figures use the sans face's tabular digits.
 */
const webRoot = path.join(REPO_ROOT, 'apps/web');
const files = [
  ...courseSourceFiles().filter((file) => file.startsWith(path.join(webRoot, 'src'))),
  path.join(webRoot, 'src/app/globals.css'),
  path.join(webRoot, 'mdx-components.tsx'),
]
  .filter((file) => !/opengraph-image\.tsx$/.test(file))
  .map((file) => ({ name: path.relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') }));

/** Every match of `pattern` in the sources, as "file: match". */
function found(pattern: RegExp): string[] {
  const everywhere = new RegExp(pattern.source, 'g');
  return files.flatMap(({ name, text }) => [...text.matchAll(everywhere)].map((m) => `${name}: ${m[0]}`));
}

describe('the type scale', () => {
  it('reads the app’s sources', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(found(/\bfont-semibold\b/).length).toBeGreaterThan(0);
  });

  it('uses only the weights 400 and 600', () => {
    expect(found(/\bfont-(?:thin|extralight|light|medium|bold|extrabold|black)\b/)).toEqual([]);
    expect(found(/fontWeight=\{?["']?(?!400\b|600\b)\d+/)).toEqual([]);
    expect(found(/font-weight:\s*(?!400\b|600\b)\w+/)).toEqual([]);
  });

  it('uses only the sizes of the scale, and one relative size for code (14 px in 16 px text)', () => {
    expect(found(/\btext-\[(?!0\.875em\])[^\]]+\]/)).toEqual([]);
    expect(found(/\btext-(?:5xl|6xl|7xl|8xl|9xl)\b/)).toEqual([]);
    expect(found(/font-size:(?!\s*var\(--text-(?:xs|sm|base|lg|xl|[234]xl)\))/)).toEqual([]);
  });

  it('keeps monospace for code and formulas: figures are sans with tabular digits', () => {
    const monospaced = new Set(found(/(?<!-)\bfont-mono\b/).map((hit) => hit.split(':')[0]));
    expect([...monospaced].sort()).toEqual([
      'apps/web/mdx-components.tsx', // fenced code blocks
      'apps/web/src/components/explain/formula-steps.tsx', // a formula, its substitution and result
      'apps/web/src/components/learn/exchange-comparison.tsx', // each rule set's formula
      'apps/web/src/components/learn/lesson-code.tsx', // inline code
      'apps/web/src/components/learn/quiz/worked-solution-steps.tsx', // a worked formula
      'apps/web/src/components/ui/text-field.tsx', // a field showing a link to copy
    ]);
  });
});
