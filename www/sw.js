// Service worker of the standalone app: precaches every shipped file under a versioned cache, so
// the whole check works offline after one visit (the caseworker desk once it has been opened).
// scripts/sw-precache.mjs fills in the version and
// the file list after each build. It never contacts another origin.
const VERSION = "__VERSION__";
const PREFIX = "tegenprestatie-check-";
const CACHE = PREFIX + VERSION;
const ASSETS = __ASSETS__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  if (request.mode === "navigate") {
    const page = await cache.match("./");
    if (page) return page;
  }
  const response = await fetch(request);
  // The caseworker desk, the workbench, the letters and the language packs are not precached
  // (most visits never load them): kept once they are used, so a letter made once can be made
  // again offline, and a language chosen once works offline too.
  if (response.ok && /\/((desk|workbench|letters)[._]|lang-)/.test(new URL(request.url).pathname)) {
    cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});
