import { loadEnv } from "./app/_lib/env.mjs";

// Fail fast: a bad setting stops `next build` and the server with a message naming the variable.
loadEnv();

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks every file with tsc, the specs too (the build's own check skips *.spec and *.test
  // files); repeating most of it in every build would only make `npm start`'s first build slower.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  // A native addon (the FSRS optimizer's prebuilt binary): required at run time, never bundled.
  serverExternalPackages: ["@open-spaced-repetition/binding"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
