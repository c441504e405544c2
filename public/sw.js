// Otagai's service worker: an offline page, and the notifications of web push (lib/jobs/workflows/send-push.ts).
// Nothing else is cached: members' pages are private and must always come fresh from the server.
const CACHE = "otagai-offline-v1";
const OFFLINE = "/offline";

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const page = await fetch(OFFLINE, { credentials: "same-origin", cache: "no-store" });
      if (!page.ok) throw new Error("offline page unavailable");
      // The page's own stylesheets, so that it looks like the site without a network.
      const html = await page.clone().text();
      const styles = [...html.matchAll(/href="(\/_next\/static\/[^"]+\.css)"/g)].map((m) => m[1]);
      await cache.put(OFFLINE, page);
      await cache.addAll([...new Set(styles)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(async () => (await caches.match(OFFLINE)) ?? Response.error()));
    return;
  }
  if (new URL(request.url).pathname.endsWith(".css")) {
    event.respondWith(fetch(request).catch(async () => (await caches.match(request)) ?? Response.error()));
  }
});

// A push carries { title, body, url, tag, lang } (lib/notify/push-payload.ts).
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = {};
  }
  event.waitUntil(
    self.registration.showNotification(data.title || "おたがい", {
      body: data.body || "",
      tag: data.tag,
      lang: data.lang,
      icon: "/icons/icon-192.png",
      badge: "/icons/badge-96.png",
      data: { url: data.url || "/notifications" },
    }),
  );
});

// A tap opens the notice's page: an open window of it is focused, else a new one opens. Only this site's pages.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const asked = new URL(event.notification.data?.url || "/notifications", self.location.origin);
  const url = asked.origin === self.location.origin ? asked.href : new URL("/notifications", self.location.origin).href;
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const open = windows.find((w) => w.url === url);
      if (open) return open.focus();
      return self.clients.openWindow(url);
    })(),
  );
});
