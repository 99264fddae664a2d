import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Enables forbidden() so pages a role may not open answer 403, not 200.
  experimental: { authInterrupts: true },
  // pdfkit and fontkit read their data files from node_modules at run time.
  serverExternalPackages: ["pdfkit", "fontkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // No address of Vigil's, nor its host, reaches another site. Within Vigil the
          // browser still names the page's origin: a form posted to a server action before
          // scripts ran must carry it (with "no-referrer" it sends "Origin: null", which
          // Next refuses as a cross-site request).
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
