import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULE_SET_CATALOG } from '@liqlab/core';
import { describe, expect, it } from 'vitest';
import { courseSourceFiles, REPO_ROOT as repo } from './__fixtures__/course-source-files';

// One currency label convention (RuleSetInfo.quoteAsset and marginAsset): a figure is labelled by the
// asset it is counted in: USDT (or USDC) for linear contracts, their prices and their margin; BTC for
// an inverse contract's margin and PnL; "USD" only where a price or contract value really is quoted
// in US dollars: inverse (coin-margined) contracts and historical case-study prices.

const files = courseSourceFiles();
const BARE_USD = /\bUSD\b/;
const USD_CONTEXT = /inverse|coin-margined|COIN-M|case.?stud/i;

describe('currency labels', () => {
  it('finds the sources it scans', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  it('quotes every rule set in its settlement asset, or USD for an inverse contract', () => {
    for (const info of RULE_SET_CATALOG) {
      expect(info.quoteAsset).toBe(info.contract === 'inverse' ? 'USD' : info.marginAsset);
    }
  });

  it('uses a bare "USD" only in files about inverse contracts or historical case studies', () => {
    const stray = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return BARE_USD.test(text) && !USD_CONTEXT.test(text);
    });
    expect(stray.map((file) => path.relative(repo, file))).toEqual([]);
  });

  it('never writes the Ⓢ of "USDⓈ-M", which Debian Chromium’s fonts cannot draw', () => {
    const withGlyph = files.filter((file) => readFileSync(file, 'utf8').includes('\u24C8'));
    expect(withGlyph.map((file) => path.relative(repo, file))).toEqual([]);
  });
});
