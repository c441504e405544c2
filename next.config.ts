import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CSP, CAMERA_PAGES, cameraPageHeaders, staticSecurityHeaders } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  poweredByHeader: false,
  typedRoutes: false,
  // The build checks the app's own code; tests and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // A build keeps no cache for the next one: CI and the test run build from a fresh clone, where
  // writing Turbopack's cache cost 14 s of a 69 s build for nothing read back.
  experimental: { turbopackFileSystemCacheForBuild: false },
  // Every response; pages get their CSP with a nonce from proxy.ts. (NODE_ENV is set by Next.js
  // itself: `next build` is production, `next dev` development; lib/env is not loaded at build.)
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
      // Listed after the rule for every path, so that its Permissions-Policy wins on these pages.
      ...CAMERA_PAGES.map((source) => ({ source, headers: cameraPageHeaders })),
    ];
  },
};

export default withNextIntl(nextConfig);
