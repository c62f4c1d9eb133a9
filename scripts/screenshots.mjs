// The README's two screenshots, made the same way every time: the release build (dist/) served
// on 127.0.0.1, headless Chromium through playwright-core (as the e2e tests launch it), a fixed
// clock (15 June 2026, 10:00) set before the first page loads, and fixed viewports.
//
//   docs/images/recipient-result.png  a phone (360 x 780): the recipient's result for Rotterdam,
//                                     age 35, everything else as a person with nothing to add
//   docs/images/desk.png              a desk screen (1440 x 900): ?mode=caseworker, an intake
//                                     filled in for Helmond with Rotterdam beside it
//
// Run after a release build (scripts/test.sh or `trunk build --release`):
//   node scripts/screenshots.mjs
// CHROMIUM may name another Chromium binary (default /usr/bin/chromium).
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { start, answer, DIST, ROOT } from "../e2e/helpers.mjs";

const OUT = join(ROOT, "docs", "images");
const CLOCK = new Date("2026-06-15T10:00:00");
// The person of the e2e walks with nothing to add (e2e/walks.mjs, "no activities").
const PERSON = { age: 35, benefit: "participatiewet", months_on_benefit: 12, part_time_work_hours_per_week: 0 };

if (!existsSync(join(DIST, "index.html"))) {
  console.error("screenshots: dist/index.html is missing; make a release build first (trunk build --release)");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

/** A fresh context with the fixed clock, and a page that collects its errors. */
async function freshPage(browser, viewport, deviceScaleFactor) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  await context.clock.setFixedTime(CLOCK);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  return { context, page, errors };
}

async function save(page, name, errors) {
  if (errors.length) throw new Error(`${name}: errors on the page: ${errors.join("; ")}`);
  await page.evaluate(() => { document.activeElement?.blur?.(); window.scrollTo(0, 0); });
  const path = join(OUT, name);
  await page.screenshot({ path, fullPage: false, animations: "disabled", caret: "hide" });
  console.log(`screenshots: ${name} (${Math.round(statSync(path).size / 1024)} KB)`);
}

const env = await start();
try {
  // The recipient's result on a phone.
  {
    const { context, page, errors } = await freshPage(env.browser, { width: 360, height: 780 }, 2);
    await page.goto(env.server.url);
    await page.waitForSelector("#tpc-heading");
    const ended = await answer(page, "rotterdam", PERSON);
    if (ended !== "uitkomst") throw new Error(`the walk ended on ${ended}, not on the result`);
    await save(page, "recipient-result.png", errors);
    await context.close();
  }
  // The caseworker desk: one municipality filled in, a second beside it.
  {
    const { context, page, errors } = await freshPage(env.browser, { width: 1440, height: 900 }, 1);
    await page.goto(`${env.server.url}?mode=caseworker`);
    await page.waitForSelector(".tpc-desk #tpc-desk-municipality");
    for (const id of ["helmond", "rotterdam"]) {
      await page.selectOption("#tpc-desk-municipality", id);
      await page.click("#tpc-desk-add");
    }
    await page.fill("#tpc-desk-birth-date", "15-03-1990");
    await page.fill("#tpc-desk-start", "01-07-2026");
    await page.selectOption("#tpc-desk-benefit", "participatiewet");
    await page.selectOption("#tpc-desk-volunteers", "yes");
    await page.fill("#tpc-desk-volunteer-hours-per-week", "20");
    await page.fill("#tpc-desk-volunteer-months", "12");
    await page.fill("#tpc-desk-note", "Wil graag bij de voedselbank.");
    await page.waitForFunction(() => document.querySelectorAll(".tpc-desk-col").length === 2);
    await save(page, "desk.png", errors);
    await context.close();
  }
} finally {
  await env.close();
}
