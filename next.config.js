// Next.js configuration. No telemetry, no external fonts: Notulen must build and run on
// networks that reach only the npm registry.
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Another output folder for a second server on one checkout (NEXT_DIST_DIR=.next-b next dev).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  typedRoutes: false,
  // pdfkit reads its standard fonts (Helvetica AFM files) from its own folder at run time.
  serverExternalPackages: ["pdfkit"],
  // The headers that never change. Those that do — the pages' Content-Security-Policy with its
  // per-request nonce, HSTS over https — are added by proxy.ts (lib/api/security-headers.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value:
              "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
          },
        ],
      },
      // Every API answer is per user and per moment (the routes say so too; this also covers
      // next-auth's and the static OpenAPI document).
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      // /about is served from the build, where no nonce can be: no script runs on it at all (it
      // needs none — its one link is a plain link).
      {
        source: "/about",
        headers: [
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
