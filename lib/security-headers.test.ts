import { describe, expect, it } from "vitest";
import { API_CSP, CAMERA_PAGES, cameraPageHeaders, newNonce, pageCsp, staticSecurityHeaders } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("pageCsp", () => {
  it("allows scripts by this request's nonce only, never 'unsafe-inline', and forbids framing", () => {
    const csp = pageCsp("abc123", { dev: false });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(csp, "style-src")).toBe("style-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
  });

  it("loosens only what the development server needs, still without inline scripts", () => {
    const csp = pageCsp("abc123", { dev: true });
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
    expect(directive(csp, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
  });
});

describe("newNonce", () => {
  it("is 16 random bytes, fresh each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe("staticSecurityHeaders", () => {
  const asObject = (production: boolean) => Object.fromEntries(staticSecurityHeaders({ production }).map((h) => [h.key, h.value]));

  it("sends nosniff, the referrer policy and no powerful feature, the camera included", () => {
    const h = asObject(true);
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    const features = h["Permissions-Policy"]!.split(", ");
    expect(features).toContain("camera=()");
    expect(features.every((f) => f.endsWith("=()"))).toBe(true);
  });

  it("allows the camera, for this site only, on the scanner's page and nothing else there", () => {
    expect(CAMERA_PAGES).toEqual(["/meetups/:id/check-in"]);
    const features = cameraPageHeaders.find((h) => h.key === "Permissions-Policy")!.value.split(", ");
    expect(features).toContain("camera=(self)");
    expect(features.filter((f) => f !== "camera=(self)").every((f) => f.endsWith("=()"))).toBe(true);
    expect(features).toHaveLength(asObject(true)["Permissions-Policy"]!.split(", ").length);
  });

  it("sends HSTS from a production build only", () => {
    expect(asObject(true)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(asObject(false)["Strict-Transport-Security"]).toBeUndefined();
  });

  it("gives API answers a policy that loads nothing and cannot be framed", () => {
    expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
