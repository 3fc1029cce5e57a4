import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseSourceFiles, REPO_ROOT } from '~/lib/__fixtures__/course-source-files';

/**
 * Every in-app link goes through AppLink: one next/link imported elsewhere would prefetch its page as
 * soon as it scrolled into view, during the page's start (issue 18).
 */
const webRoot = path.join(REPO_ROOT, 'apps/web');
const files = [
  ...courseSourceFiles().filter((file) => file.startsWith(path.join(webRoot, 'src'))),
  path.join(webRoot, 'mdx-components.tsx'),
].map((file) => ({ name: path.relative(REPO_ROOT, file), text: readFileSync(file, 'utf8') }));

describe('links to the app’s own pages', () => {
  it('reads the app’s sources, AppLink among them', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter(({ text }) => text.includes('<AppLink')).length).toBeGreaterThan(20);
  });

  it('import next/link only in AppLink', () => {
    const importers = files
      .filter(({ text }) => /from ['"]next\/link['"]/.test(text))
      .map(({ name }) => name);
    expect(importers).toEqual(['apps/web/src/components/ui/app-link.tsx']);
  });
});
