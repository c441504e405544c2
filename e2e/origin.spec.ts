import { expect, latestSignInLink, test } from "./fixtures";
import { e2eSettings } from "./settings";

// Sign-in links are built from AUTH_URL, never from the request's headers: a forged host cannot
// put a link to another site into a genuine Otagai e-mail (issue 8, hole 2).
test("a sign-in request with a forged X-Forwarded-Host gets a mail whose link points at AUTH_URL", async ({ request, db }) => {
  const { authUrl } = e2eSettings();
  const email = `forged.host.${Date.now()}@example.com`;
  const forged = { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };
  const { csrfToken } = await (await request.get("/api/auth/csrf", { headers: forged })).json();

  const response = await request.post("/api/auth/signin/email", {
    form: { csrfToken, email, callbackUrl: "/home" },
    headers: forged,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(new URL(response.headers().location!).origin).toBe(authUrl);

  const link = new URL(await latestSignInLink(db, email));
  expect(link.origin).toBe(authUrl);
  expect(link.pathname).toBe("/api/auth/callback/email");
  expect(new URL(link.searchParams.get("callbackUrl")!).origin).toBe(authUrl);
  expect(link.href).not.toContain("evil.example");
});
