import { expect, expectAccessible, test } from "./fixtures";

// The suite blocks service workers (playwright.config.ts); these tests are about the one the site installs.
test.use({ serviceWorkers: "allow" });

// The installable app: the manifest Chromium reads and finds nothing wrong with, its icons, the
// service worker it activates, and the offline page that worker shows when the network is gone.

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

test("the manifest is served, Chromium finds it valid and the site installable, and its icons are the sizes it says", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const cdp = await page.context().newCDPSession(page);
  const manifest = (await cdp.send("Page.getAppManifest")) as { url: string; errors: unknown[]; data: string };
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data) as {
    display: string;
    start_url: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(data).toMatchObject({ display: "standalone", start_url: "/home" });
  expect(data.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
  for (const icon of data.icons) {
    const png = await request.get(icon.src);
    expect(png.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await png.body()).join("x")).toBe(icon.sizes);
  }
  // Installable once the service worker is ready (Chromium's own check, the one "install app" uses);
  // a test's browser context is incognito, which Chromium names and which is no fault of the site.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const errors = async () =>
    ((await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] }).installabilityErrors
      .map((e) => e.errorId)
      .filter((id) => id !== "in-incognito");
  await expect.poll(errors).toEqual([]);
});

test("the service worker activates and shows the offline page when the network is gone", async ({ page, context }) => {
  await page.goto("/meetups");
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe("activated");
  await context.setOffline(true);
  await page.goto("/meetups");
  await expect(page.getByRole("heading", { level: 1, name: "インターネットにつながっていません" })).toBeVisible();
  await expectAccessible(page);
  await context.setOffline(false);
  await page.getByRole("button", { name: "もう一度読み込む" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "インターネットにつながっていません" })).toBeHidden();
});
