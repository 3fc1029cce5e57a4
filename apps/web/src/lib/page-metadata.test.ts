import { describe, expect, it } from 'vitest';
import { pageMetadata, SITE_DESCRIPTION, siteMetadata } from './page-metadata';

describe('pageMetadata', () => {
  it('gives a page its title, canonical URL and a complete Open Graph / Twitter set', () => {
    const metadata = pageMetadata({
      title: 'Leverage and margin',
      description: 'Why 50× halves the distance to liquidation.',
      path: '/learn/leverage-and-margin',
      type: 'article',
    });
    expect(metadata.title).toBe('Leverage and margin');
    expect(metadata.alternates?.canonical).toBe('/learn/leverage-and-margin');
    expect(metadata.openGraph).toMatchObject({
      title: 'Leverage and margin · Liquidation Lab',
      url: '/learn/leverage-and-margin',
      siteName: 'Liquidation Lab',
      type: 'article',
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' });
    // No image given: an opengraph-image file in the route (if any) supplies it.
    expect(metadata.openGraph).not.toHaveProperty('images');
  });

  it('falls back to the site description and passes an explicit image through', () => {
    const metadata = pageMetadata({ title: 'X', path: '/x', image: { url: '/x.png', alt: 'X' } });
    expect(metadata.description).toBe(SITE_DESCRIPTION);
    expect(metadata.openGraph).toMatchObject({ images: [{ url: '/x.png', alt: 'X' }] });
    expect(metadata.twitter).toMatchObject({ images: ['/x.png'] });
  });
});

describe('siteMetadata', () => {
  it('resolves relative URLs against the public origin', () => {
    expect(String(siteMetadata('https://lab.example.com').metadataBase)).toBe('https://lab.example.com/');
  });
});
