import { expect, test } from "./fixtures";

test("development pages do not exist in production", async ({ request }) => {
  for (const path of ["/dev", "/dev/mail"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("the development sign-in provider is not registered in production", async ({ request }) => {
  const providers = await (await request.get("/api/auth/providers")).json();
  expect(Object.keys(providers)).toEqual(["email"]);
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, database: "postgresql" });
});
