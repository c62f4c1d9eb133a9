// Each ordinance is a file of its own (`ord-<id>-<hash>.bin`), fetched when a person chooses one
// of its municipalities: none before, only that one after; a result opened from a link waits
// for it; a broken or missing file is refused with a Dutch message, nothing is decided from it,
// every answer is kept, and "Probeer opnieuw" goes on. (Offline after one visit: offline.test.mjs,
// which answers for Schagen with the server stopped.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, newPage, open, answer, step, heading, SHOTS, axe } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const PHONE = { width: 360, height: 740 };
const FILE = /\/ord-([a-z0-9-]+)-[0-9a-f]{8}\.bin$/;
const PERSON = { age: 30, benefit: "participatiewet" };

function fetched(page) {
  const files = [];
  page.on("request", (r) => { const m = FILE.exec(new URL(r.url()).pathname); if (m) files.push(m[1]); });
  return files;
}

test("an ordinance's file is fetched only once one of its municipalities is chosen, and then decides", async () => {
  // The worker would precache every file (for offline use), out of the test's sight.
  const page = await newPage(env.browser, { viewport: PHONE, serviceWorkers: "block" });
  const files = fetched(page);
  await open(page, env.server.url);
  await page.fill("#tpc-gemeente-zoek", "rott");
  assert.deepEqual(files, [], "no ordinance before a choice");
  const request = page.waitForRequest(FILE);
  await page.check("input[name=gemeente][value=rotterdam]");
  await request;
  assert.deepEqual(files, ["rotterdam"], "only the chosen municipality's file");
  await answer(page, "rotterdam", PERSON);
  assert.equal(await step(page), "uitkomst");
  assert.match(await page.textContent(".tpc"), /20 uur per week/);
  assert.deepEqual(files, ["rotterdam"], "fetched once");
  // A municipality without an ordinance of its own in this checker needs no file.
  await page.click("text=Wis mijn antwoorden");
  await answer(page, "amsterdam", PERSON, { single: true });
  assert.deepEqual(files, ["rotterdam"]);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

test("a result opened from a link waits for its municipality's file, then shows the result", async () => {
  const first = await newPage(env.browser, { viewport: PHONE, serviceWorkers: "block" });
  await open(first, env.server.url);
  await answer(first, "schagen", { age: 29, benefit: "participatiewet", target_group: "uitstromer" });
  const link = first.url();
  const result = await heading(first);
  await first.context().close();

  const page = await newPage(env.browser, { viewport: PHONE, serviceWorkers: "block" });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(FILE, async (route) => { await held; await route.continue(); });
  await page.goto(link);
  await page.waitForSelector("#tpc-heading");
  assert.equal(await step(page), "regels-laden");
  assert.equal(await heading(page), "De regels van Schagen worden geladen …");
  assert.equal(await page.getAttribute(".tpc-rules-coming", "role"), "status");
  release();
  await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "uitkomst");
  assert.equal(await heading(page), result);
  assert.deepEqual(page.jsErrors, []);
  await page.context().close();
});

for (const [label, body] of [
  ["cut off", (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
  ["changed by one byte", (bytes) => { const b = Buffer.from(bytes); b[b.length - 1] ^= 1; return b; }],
  ["missing", null],
]) {
  test(`an ordinance file ${label} is refused in Dutch, the answers kept, and a retry goes on`, async () => {
    const page = await newPage(env.browser, { viewport: PHONE, serviceWorkers: "block", bypassCSP: true });
    let broken = true;
    await page.route(FILE, async (route) => {
      if (!broken) return route.continue();
      if (!body) return route.fulfill({ status: 404, body: "Not found" });
      const response = await route.fetch();
      await route.fulfill({ response, body: body(await response.body()) });
    });
    await open(page, env.server.url);
    await page.fill("#tpc-gemeente-zoek", "Rotterdam");
    await page.check("input[name=gemeente][value=rotterdam]");
    await page.click("button[type=submit]");
    await page.waitForSelector(".tpc-rules-coming[role=alert]");
    assert.equal(await step(page), "regels-laden");
    assert.equal(await heading(page), "De regels van Rotterdam zijn niet geladen");
    assert.match(await page.textContent(".tpc-rules-coming"), /Uw antwoorden zijn bewaard/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), "tpc-heading", "focus on the message");
    assert.deepEqual(await axe(page, `file ${label}`), []);
    if (label === "cut off") await page.screenshot({ path: join(SHOTS, "ordinance-file-failed-360.png"), fullPage: true });

    // Another municipality: back to the list, Rotterdam still chosen.
    await page.click("text=Kies een andere gemeente");
    await page.waitForFunction(() => document.querySelector(".tpc")?.dataset.step === "gemeente");
    assert.ok(await page.isChecked("input[name=gemeente][value=rotterdam]"), "the choice is kept");

    // "Volgende" again tries again; once the file is whole, the check goes on.
    await page.click("button[type=submit]");
    await page.waitForSelector(".tpc-rules-coming[role=alert]");
    broken = false;
    await page.click("text=Probeer opnieuw");
    await page.waitForFunction(() => !["gemeente", "regels-laden"].includes(document.querySelector(".tpc")?.dataset.step));
    assert.equal(await page.evaluate(() => document.activeElement?.id), "tpc-heading", "focus on the next question");
    await answer(page, "rotterdam", PERSON);
    assert.match(await page.textContent(".tpc"), /20 uur per week/);
    // Only the fetch error a missing file leaves in the console, never a crash.
    assert.deepEqual(page.jsErrors.filter((e) => !/ord-rotterdam|404/.test(e)), []);
    await page.context().close();
  });
}
