import type { NextConfig } from 'next';

// Next's defaults on purpose: the floor measures what the framework costs with no app code and no
// tuning, so that `pnpm lighthouse` can judge the app's pages by what they add over it.
const nextConfig: NextConfig = { poweredByHeader: false };

export default nextConfig;
