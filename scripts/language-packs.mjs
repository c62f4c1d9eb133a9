// Trunk post-build hook: one language pack per language but Dutch (which is built in), beside
// the app as `lang-<code>-<version>.ftl`. The layout is `i18n::pack::write`'s (no comments) and the version is
// build.rs's (the app's version and an FNV-1a hash of every language file): the app refuses a
// pack whose version is not its own, so the two must agree (e2e/languages.test.mjs loads them).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("language-packs: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const root = new URL("../", import.meta.url).pathname;
const locales = join(root, "locales");
const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const appVersion = cargo.match(/^version = "([^"]+)"/m)[1];

// Dutch first, English second, then by code (build.rs's order).
const langs = readdirSync(locales)
  .filter((l) => statSync(join(locales, l)).isDirectory())
  .sort((a, b) => (a === "nl" ? -1 : b === "nl" ? 1 : a === "en" ? -1 : b === "en" ? 1 : a < b ? -1 : a > b ? 1 : 0));
const filesOf = (lang) => readdirSync(join(locales, lang)).filter((f) => f.endsWith(".ftl")).sort();

let h = 0x811c9dc5;
const eat = (bytes) => {
  for (const b of bytes) h = Math.imul((h ^ b) >>> 0, 0x01000193) >>> 0;
};
for (const lang of langs) {
  for (const file of filesOf(lang)) {
    eat(Buffer.from(`${lang}/${file}`));
    eat([0]);
    eat(readFileSync(join(locales, lang, file)));
    eat([0]);
  }
}
const version = `${appVersion}-${h.toString(16).padStart(8, "0")}`;

for (const lang of langs.filter((l) => l !== "nl")) {
  let pack = `## tegenprestatie-check language pack\n## version: ${version}\n## lang: ${lang}\n\n`;
  // Comments are for translators (the Dutch above each ordinance text): not shipped.
  for (const file of filesOf(lang)) {
    const text = readFileSync(join(locales, lang, file), "utf8").split("\n").filter((l) => !l.startsWith("#")).join("\n");
    pack += text.trimEnd() + "\n\n";
  }
  pack += "## end of language pack\n";
  writeFileSync(join(dir, `lang-${lang}-${version}.ftl`), pack);
}
console.log(`language-packs: ${langs.length - 1} packs, version ${version}`);
