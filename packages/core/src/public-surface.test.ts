import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * index.ts names only what another workspace imports, plus the engine features issues 3 and 17 specify
 * that no screen calls yet. An export nobody imports is either an internal helper that leaked or a feature
 * that lost its last caller; both should be a decision, so this test makes it one.
 */
const DOCUMENTED_WITHOUT_CALLER = new Set([
  'maxPosition',
  'liquidationFee',
  'residualAtLiquidation',
  'stopOutsideBand',
  // Issue 17: each venue's cited liquidation-fee rule, for the sandbox to show beside the replay.
  'LiquidationFeeRule',
]);

const ROOT = join(import.meta.dirname, '..', '..', '..');
const WORKSPACES = ['apps', 'packages', 'e2e', 'system-tests', 'tooling'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.next', '.turbo', 'dist', 'generated']);
const SOURCE = /\.(ts|tsx|mts|mjs|mdx)$/;

function sourceFiles(directory: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRECTORIES.has(entry.name) ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

function namesIn(list: string): string[] {
  return list
    .split(',')
    .map((name) =>
      name
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)[0]!
        .trim(),
    )
    .filter((name) => name !== '');
}

function exportedNames(): string[] {
  const index = readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8');
  return [...index.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}\s+from/g)].flatMap((m) => namesIn(m[1]!));
}

function importedNames(): Set<string> {
  const core = join(ROOT, 'packages', 'core');
  const files = WORKSPACES.flatMap((w) => sourceFiles(join(ROOT, w))).filter(
    (file) => !file.startsWith(core + sep),
  );
  const names = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"]@liqlab\/core['"]/g)) {
      for (const name of namesIn(m[1]!)) names.add(name);
    }
  }
  return names;
}

describe('the public surface of @liqlab/core', () => {
  it('exports only what another workspace imports or issues 3 and 17 document', () => {
    const imported = importedNames();
    const unused = exportedNames().filter(
      (name) => !imported.has(name) && !DOCUMENTED_WITHOUT_CALLER.has(name),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the documented-but-uncalled list honest: each is exported and still has no caller', () => {
    const exported = new Set(exportedNames());
    const imported = importedNames();
    for (const name of DOCUMENTED_WITHOUT_CALLER) {
      expect(exported.has(name), `${name} is no longer exported`).toBe(true);
      expect(imported.has(name), `${name} has a caller now; drop it from the list`).toBe(false);
    }
  });
});
