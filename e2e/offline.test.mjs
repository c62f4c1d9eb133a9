// Offline: after one visit the service worker has every file, so with the network off and the
// server stopped the whole check still works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { start, open, answer, heading } from "./helpers.mjs";

test("after one visit, the whole check works with the network off and the server stopped", async () => {
  const env = await start();
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await open(page, env.server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith("tegenprestatie-check-")));
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    assert.ok(cached.some((p) => p.endsWith(".wasm")), `wasm precached: ${cached}`);
    assert.ok(cached.some((p) => p.endsWith(".css")));

    await context.setOffline(true);
    await env.server.close();
    await page.goto(env.server.url);
    await page.waitForSelector("#tpc-heading");
    await answer(page, "schagen", { age: 29, benefit: "participatiewet", target_group: "uitstromer" });
    assert.equal(await heading(page), "U hoeft geen tegenprestatie te doen");
    await context.close();
  } finally {
    await env.browser.close();
  }
});
