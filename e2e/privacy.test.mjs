// Private: no request ever leaves the page's origin, none at all while answering, and no cookies.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, answer, chooseLanguage } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test("every request stays on the page's origin, and answering makes none", async () => {
  const context = await env.browser.newContext();
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  await open(page, env.server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForLoadState("networkidle");
  const origin = new URL(env.server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request to another origin");

  // Choosing a language fetches its pack, one of the check's own files; answering sends nothing.
  await chooseLanguage(page, "en");
  await chooseLanguage(page, "nl");
  assert.ok(requests.some((u) => /\/lang-en-[^/]+\.ftl$/.test(u)), "the English pack came from the check's own origin");
  const before = requests.length;
  await answer(page, "hilversum", { age: 39, benefit: "participatiewet", volunteers: "yes", volunteer_hours_per_week: 6, volunteer_months: 2, has_part_time_work: "yes", part_time_work_hours_per_week: 12 });
  assert.deepEqual(requests.slice(before).filter((u) => !u.startsWith("data:")), [], "answering the check sends nothing");
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});
