import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// One number format throughout (issue 16): a percentage is written with its sign against the number,
// "12%", never "12 %" — in lessons, captions, hints, error messages and figures alike. The course
// had both (path descriptions "about 30 %" beside presets "12%").

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const ROOTS = ['apps/web/src', 'packages/content/src', 'packages/scenario/src', 'packages/core/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(tsx?|mdx)$/.test(name) && !/\.(test|bench)\.tsx?$/.test(name) ? [full] : [];
  });
}

/** A digit, or the closing brace of an interpolated number, then a space before the percent sign. */
const SPACED_PERCENT = /(?:\d|\}) %/;

describe('percent sign', () => {
  const files = ROOTS.flatMap((root) => sourceFiles(path.join(repo, root)));

  it('finds the sources it scans', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('writes every percentage as "12%", with no space before the sign', () => {
    const spaced = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          SPACED_PERCENT.test(line) ? [`${path.relative(repo, file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(spaced).toEqual([]);
  });
});
