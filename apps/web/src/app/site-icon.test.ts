import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The site icon is a raster image. Chromium fetches and decodes a page's icon in the page's own
 * renderer: an SVG icon is a whole SVG document built on the main thread while the page loads
 * (4–28 ms a load here, unthrottled; issue 18, BENCHMARKS.md), a 64 px PNG a few microseconds.
 */
const appDir = import.meta.dirname;

describe('the site icon', () => {
  it('is one 64 × 64 PNG, with no SVG icon beside it', () => {
    expect(readdirSync(appDir).filter((file) => /^(icon|apple-icon|favicon)\./.test(file))).toEqual([
      'icon.png',
    ]);
    const png = readFileSync(path.join(appDir, 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 64]); // IHDR width, height
  });
});
