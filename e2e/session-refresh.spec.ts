import type { APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import { e2eSettings } from "./settings";
import { SESSION_COOKIE, sealSession, userByEmail } from "./support/session";

// The proxy re-seals the session (a later expiry) at most once a day per browser instead of on
// every request, and only looks for the cookie's presence in between; the page verifies the cookie
// itself. These tests hold the proxy to that: members stay signed in, a cookie the server did not
// seal gets nothing, with or without the marker.

const MARKER = "otagai.session-fresh";
const MEMBER = "sato.yoko@example.com";

const setCookies = (r: APIResponse) =>
  r
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);

test("a member's first page extends the session and marks it fresh; the next pages leave the cookie alone", async ({ playwright, db }) => {
  const user = await userByEmail(db, MEMBER);
  const request = await playwright.request.newContext({ baseURL: e2eSettings().baseURL });
  const first = await request.get("/home", { headers: { cookie: `${SESSION_COOKIE}=${await sealSession(user)}` }, maxRedirects: 0 });
  expect(first.status()).toBe(200);
  const set = setCookies(first);
  const session = set.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const marker = set.find((c) => c.startsWith(`${MARKER}=`));
  expect(session).toMatch(/HttpOnly/i);
  expect(marker).toMatch(/Max-Age=86400/);
  expect(marker).toMatch(/HttpOnly/i);

  const cookie = [session, marker].map((c) => c!.split(";")[0]).join("; ");
  const next = await request.get("/profile", { headers: { cookie }, maxRedirects: 0 });
  expect(next.status()).toBe(200);
  expect(await next.text()).toContain("佐藤 陽子");
  expect(setCookies(next).filter((c) => c.startsWith(SESSION_COOKIE) || c.startsWith(MARKER))).toEqual([]);
  await request.dispose();
});

test("a session cookie the server did not seal gets the sign-in page, with the marker or without", async ({ playwright, db }) => {
  const user = await userByEmail(db, MEMBER);
  const forged = await sealSession(user, "not-the-server-secret-not-the-server-secret");
  for (const cookie of [
    `${SESSION_COOKIE}=${forged}`,
    `${SESSION_COOKIE}=${forged}; ${MARKER}=1`,
    `${SESSION_COOKIE}=garbage; ${MARKER}=1`,
  ]) {
    const request = await playwright.request.newContext({ baseURL: e2eSettings().baseURL });
    const response = await request.get("/profile", { headers: { cookie } });
    expect(response.url(), cookie).toMatch(/\/signin(\?|$)/);
    const html = await response.text();
    expect(html, cookie).not.toContain("佐藤 陽子");
    await request.dispose();
  }
});
