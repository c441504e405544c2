// Security headers of every response (ASVS V14.4). Pure and edge-safe: next.config.ts sets the
// static ones on every path, proxy.ts the page CSP with a fresh nonce per request.

/** A fresh, unguessable CSP nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' policy (Next.js's documented nonce pattern): scripts only with this request's nonce
 * (Next.js puts it on its own inline scripts) and what those load ('strict-dynamic'); no
 * 'unsafe-inline' for scripts. Styles: Tailwind's stylesheet and nonce'd <style> elements;
 * development adds 'unsafe-eval' (React's dev tools) and 'unsafe-inline' styles (hot reload).
 */
export function pageCsp(nonce: string, o: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    o.dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** API answers (JSON, redirects) load nothing and are framed by no one. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

// Every powerful feature off; the camera only on the pages that scan (CAMERA_PAGES), and there for
// this site only.
const OTHER_FEATURES = [
  "microphone=()",
  "geolocation=()",
  "display-capture=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "midi=()",
  "accelerometer=()",
  "gyroscope=()",
  "magnetometer=()",
  "browsing-topics=()",
];
const permissionsPolicy = (camera: boolean) => [`camera=${camera ? "(self)" : "()"}`, ...OTHER_FEATURES].join(", ");

/** The pages that open the camera (next.config.ts path patterns): the organiser's ticket scanner. */
export const CAMERA_PAGES = ["/meetups/:id/check-in"];

/** The camera pages' Permissions-Policy, replacing the one every response carries. */
export const cameraPageHeaders = [{ key: "Permissions-Policy", value: permissionsPolicy(true) }];

/** The headers every response carries, whatever its path. HSTS only from a production build. */
export function staticSecurityHeaders(o: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: permissionsPolicy(false) },
    // For browsers older than CSP's frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    ...(o.production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
