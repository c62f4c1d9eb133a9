// The fifteen walks of issue #10: five municipalities, three people, on a 360 px phone in Dutch.
// Used to measure what a person must read on the result page (words and phone screens).
import { newPage, open, answer } from "./helpers.mjs";

export const PHONE = { width: 360, height: 640 };
export const MUNICIPALITIES = ["rotterdam", "overbetuwe", "oldenzaal", "schagen", "zevenaar"];
const BASE = { age: 35, benefit: "participatiewet", months_on_benefit: 12, part_time_work_hours_per_week: 0 };
export const PEOPLE = {
  "no activities": { ...BASE },
  "10 h/week care for 6 months": { ...BASE, gives_care: "yes", caregiving_hours_per_week: 10, caregiving_months: 6 },
  "3 h/week volunteering": { ...BASE, volunteers: "yes", volunteer_hours_per_week: 3, volunteer_months: 12 },
};

/** Words of visible text in an element (closed disclosures do not count: nobody reads them). */
export async function visibleWords(page, selector) {
  return page.$eval(selector, (el) => el.innerText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
}

/** Walks one person to the result on a phone; returns the page and what they read. */
export async function walk(browser, url, gemeente, person) {
  const page = await newPage(browser, { viewport: PHONE });
  await open(page, url);
  await answer(page, gemeente, PEOPLE[person]);
  const words = await visibleWords(page, ".tpc-result");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // The verdict and what to do next end where the reasons begin (or at the page's end).
  const verdictEnd = await page.evaluate(() => {
    const why = document.querySelector(".tpc-why");
    return why ? why.getBoundingClientRect().top + window.scrollY : document.documentElement.scrollHeight;
  });
  return { page, words, screens: height / PHONE.height, verdictScreens: verdictEnd / PHONE.height };
}
