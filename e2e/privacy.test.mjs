// Private: no request ever leaves the page's origin, none at all while answering, and no cookies.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, open, answer, chooseLanguage } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test("every request stays on the page's origin, and answering sends nothing to the server", async () => {
  const context = await env.browser.newContext();
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const page = await context.newPage();
  await open(page, env.server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForLoadState("networkidle");
  const origin = new URL(env.server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request to another origin");

  // Choosing a language fetches its pack, one of the check's own files; answering sends nothing.
  await chooseLanguage(page, "en");
  await chooseLanguage(page, "nl");
  assert.ok(requests.some((u) => /\/lang-en-[^/]+\.bin$/.test(u)), "the English pack came from the check's own origin");
  const before = requests.length;
  const served = env.server.log.length;
  await answer(page, "hilversum", { age: 39, benefit: "participatiewet", volunteers: "yes", volunteer_hours_per_week: 6, volunteer_months: 2, has_part_time_work: "yes", part_time_work_hours_per_week: 12 });
  // The page asks for Hilversum's ordinance, one of the check's own files; the worker has it
  // (it keeps every ordinance), so the server does not learn even the municipality.
  assert.deepEqual(
    requests.slice(before).filter((u) => !u.startsWith("data:")).map((u) => new URL(u).pathname.replace(/-[0-9a-f]{8}\.bin$/, "")),
    ["/ord-hilversum"],
    "answering asks for nothing but the municipality's rules",
  );
  assert.deepEqual(env.server.log.slice(served), [], "and none of it reaches the server");
  assert.equal(await page.evaluate(() => document.cookie), "");
  assert.deepEqual(await context.cookies(), []);
  await context.close();
});
