// Trunk post-build step: writes the stable entry module (tegenprestatie-check.js) with the
// hashed names of this build's app files, and lets the standalone page preload them.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("embed-entry: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}

const names = readdirSync(dir);
function one(pattern, what) {
  const found = names.filter((n) => pattern.test(n));
  if (found.length !== 1) {
    console.error(`embed-entry: expected one ${what} in ${dir}, found ${found.length}: ${found.join(", ")}`);
    process.exit(1);
  }
  return found[0];
}
const js = one(/^app-[0-9a-f]+\.js$/, "app script");
const wasm = one(/^app-[0-9a-f]+_bg\.wasm$/, "app wasm");
const css = one(/^styles-[0-9a-f]+\.css$/, "style sheet");

const entryPath = join(dir, "tegenprestatie-check.js");
const entry = readFileSync(entryPath, "utf8")
  .replace("__APP_JS__", js)
  .replace("__APP_WASM__", wasm)
  .replace("__STYLES__", css);
if (/__[A-Z_]+__/.test(entry)) {
  console.error("embed-entry: a placeholder is left in tegenprestatie-check.js");
  process.exit(1);
}
writeFileSync(entryPath, entry);

// The standalone page fetches the app's files while the entry module loads.
const pagePath = join(dir, "index.html");
const preload =
  `<link rel="modulepreload" href="./${js}">` +
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`;
const page = readFileSync(pagePath, "utf8");
// After the page's own <script> for this module (Trunk may have minified the page).
const script = /<script\b[^>]*\bsrc="?tegenprestatie-check\.js"?[^>]*><\/script>/;
if (!script.test(page)) {
  console.error("embed-entry: index.html has no <script src=tegenprestatie-check.js>");
  process.exit(1);
}
// Trunk leaves the app's own <link data-trunk rel="rust"> when it injects no script.
writeFileSync(pagePath, page.replace(script, (tag) => tag + preload).replace(/<link\b[^>]*\bdata-trunk\b[^>]*>\s*/g, ""));
console.log(`embed-entry: tegenprestatie-check.js -> ${js}, ${wasm}, ${css}`);
