import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseSourceFiles, REPO_ROOT as repo } from './__fixtures__/course-source-files';

// One number format throughout (issue 16): a percentage is written with its sign against the number,
// "12%", never "12 %" — in lessons, captions, hints, error messages and figures alike. The course
// had both (path descriptions "about 30 %" beside presets "12%").

/** A digit, or the closing brace of an interpolated number, then a space before the percent sign. */
const SPACED_PERCENT = /(?:\d|\}) %/;

describe('percent sign', () => {
  const files = courseSourceFiles();

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
