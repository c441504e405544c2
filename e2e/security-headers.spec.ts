import type { APIResponse, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signInAs } from "./support/session";

// Every response carries the security headers; pages get a CSP whose script nonce is fresh per
// request, and the site still runs its JavaScript under it.

function expectCommonHeaders(response: APIResponse) {
  const h = response.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["permissions-policy"]).toContain("microphone=()");
  expect(h["permissions-policy"]).toContain("geolocation=()");
  expect(h["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
}

function scriptSrc(response: APIResponse): string {
  const csp = response.headers()["content-security-policy"] ?? "";
  return csp.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
}

test("a page carries the headers and a CSP whose nonce is on every script and new each time", async ({ request }) => {
  const first = await request.get("/signin");
  expect(first.status()).toBe(200);
  expectCommonHeaders(first);
  const scripts = scriptSrc(first);
  expect(scripts).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(scripts).not.toContain("unsafe-inline");
  const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!;

  const html = await first.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, tag).toContain(`nonce="${nonce}"`);

  const second = await request.get("/signin");
  expect(scriptSrc(second)).not.toBe(scripts);
});

test("a redirect from the proxy and an API answer carry the headers too", async ({ request }) => {
  const redirect = await request.get("/home", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectCommonHeaders(redirect);

  for (const path of ["/api/health", "/api/auth/session"]) {
    const api = await request.get(path);
    expect(api.status(), path).toBe(200);
    expectCommonHeaders(api);
    expect(api.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
  }
});

/** Collects every CSP violation the page reports, from its first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test("the site still runs its JavaScript under the policy: the language switch, and a member's pages", async ({ page, db }) => {
  const violations = await watchCsp(page);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Englishに切り替える" }).click();
  await expect(page.getByRole("button", { name: "Send me a sign-in link" })).toBeVisible();
  expect(await violations()).toEqual([]);

  await signInAs(page, db, "suzuki.kenta@example.com");
  for (const path of ["/home", "/connections", "/requests", "/children", "/profile"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
});

test("the site cannot be framed by another page", async ({ page, baseURL }) => {
  // A page of another origin (about:blank counts) tries to frame the sign-in page.
  await page.setContent(`<iframe id="f" src="${baseURL}/signin" onload="window.framed = true"></iframe>`);
  await page.waitForFunction(() => (window as unknown as { framed?: boolean }).framed === true);
  const frame = page.frameLocator("#f");
  await expect(frame.getByRole("button", { name: /ログインリンクを送る/ })).toHaveCount(0);
});
