import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Docker image runs the standalone server: no dev dependencies, no full node_modules.
  output: 'standalone',
  poweredByHeader: false,
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
