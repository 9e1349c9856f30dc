import { nextHeaders } from './lib/security/headers.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Security headers for every route, from the same module as the static host's (lib/security/headers.js).
  async headers() {
    return nextHeaders();
  },
};

export default nextConfig;
