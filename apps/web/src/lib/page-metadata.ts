import type { Metadata } from 'next';

export const SITE_NAME = 'Liquidation Lab';
export const SITE_DESCRIPTION =
  'Learn what forced liquidation is, why leveraged positions get liquidated, and how to avoid it — with an exact, exchange-grade simulator.';

export interface PageMetadataInput {
  /** The page's own title; the layout's template adds " · Liquidation Lab". */
  title: string;
  description?: string;
  /** Path of the page ("/learn/leverage-and-margin"): canonical URL and og:url, resolved against metadataBase. */
  path: string;
  /** Preview image path or URL; omit when the route has an opengraph-image file (Next adds it itself). */
  image?: { url: string; width?: number; height?: number; alt: string };
  /** "article" for lessons, "website" otherwise. */
  type?: 'website' | 'article';
}

/**
 * Title, description, canonical URL and Open Graph / Twitter tags for one page, in one call.
 * Next replaces (does not merge) a parent's `openGraph` object, so the site-wide fields are repeated
 * here rather than lost. Relative paths resolve against the layout's metadataBase (LIQLAB_PUBLIC_URL).
 *
 *   export async function generateMetadata({ params }): Promise<Metadata> {
 *     const lesson = await findLesson((await params).slug);
 *     return pageMetadata({ title: lesson.title, description: lesson.summary, path: `/learn/${lesson.slug}`, type: 'article' });
 *   }
 */
export function pageMetadata({
  title,
  description = SITE_DESCRIPTION,
  path,
  image,
  type = 'website',
}: PageMetadataInput): Metadata {
  const images = image ? [image] : undefined;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      title: `${title} · ${SITE_NAME}`,
      description,
      url: path,
      siteName: SITE_NAME,
      type,
      locale: 'en',
      ...(images ? { images } : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: `${title} · ${SITE_NAME}`,
      description,
      ...(images ? { images: images.map((i) => i.url) } : {}),
    },
  };
}

/** The defaults every page inherits from the root layout. */
export function siteMetadata(publicUrl: string): Metadata {
  return {
    metadataBase: new URL(publicUrl),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    // No og:url: every page would inherit "/". Pages that want theirs call pageMetadata().
    openGraph: {
      siteName: SITE_NAME,
      type: 'website',
      locale: 'en',
      title: SITE_NAME,
      description: SITE_DESCRIPTION,
    },
    twitter: { card: 'summary_large_image', title: SITE_NAME, description: SITE_DESCRIPTION },
  };
}
