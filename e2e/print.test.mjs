// The print stylesheet makes the result a clean summary of at most two A4 pages to take to the
// caseworker, with the quoted rules shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, newPage, open, answer, SHOTS } from "./helpers.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const paths = [
  ["overbetuwe", { age: 35, benefit: "participatiewet" }, "obligated"],
  ["wijdemeren", { age: 52, benefit: "participatiewet", gives_care: "yes", caregiving_hours_per_week: 6, caregiving_months: 10, caregiving_necessary: "unknown" }, "discretionary"],
  ["rotterdam", { age: 30, benefit: "special_assistance_only", volunteers: "yes", volunteer_hours_per_week: 12, volunteer_months: 3, has_disability: "yes", permanently_unable: "yes", urgent_reasons: "yes" }, "rotterdam-five-judgements"],
  ["wijdemeren", { age: 52, benefit: "participatiewet", gives_care: "yes", caregiving_hours_per_week: 6, caregiving_months: 10, volunteers: "yes", volunteer_hours_per_week: 9, volunteer_months: 3, months_on_benefit: 20, has_part_time_work: "yes", part_time_work_hours_per_week: 8, reintegration_trajectory: "yes", urgent_reasons: "yes", permanently_unable: "yes" }, "wijdemeren-many-grounds"],
];

for (const [gemeente, person, name] of paths) {
  test(`the printed result fits on two A4 pages (${name})`, async () => {
    const page = await newPage(env.browser);
    await open(page, env.server.url);
    await answer(page, gemeente, person);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.isVisible(".tpc-actions"), false, "buttons are not printed");
    assert.equal(await page.isVisible(".tpc-why blockquote"), true, "quoted rules are printed");
    const pdf = await page.pdf({ format: "A4" });
    writeFileSync(join(SHOTS, `print-${name}.pdf`), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  });
}
