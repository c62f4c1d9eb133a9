// Trunk post-build hook: writes the precache list and a content version into sw.js.
// The version is a hash of every shipped file, so any change installs a fresh cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("sw-precache: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}

function files(root) {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The JS API module (api.js, api_bg.wasm) is for other pages and tools: the recipient's app
// never loads it, so it is not precached either; nor are the caseworker desk (desk.js, its wasm
// and desk.css), the policy workbench (workbench.js, …) and the letters (letters.js, its wasm and
// letters.css, loaded when a person asks for a letter) and the language packs (lang-*.bin, fetched
// when a person chooses the language), which sw.js keeps once used.
const shipped = files(dir)
  .map((path) => relative(dir, path).split("\\").join("/"))
  .filter((path) => path !== "sw.js" && !path.startsWith("api") && !path.startsWith("desk") && !path.startsWith("workbench") && !path.startsWith("letters") && !path.startsWith("lang-"))
  .sort();
const hash = createHash("sha256");
for (const path of shipped) {
  hash.update(path);
  hash.update(readFileSync(join(dir, path)));
}
const version = hash.digest("hex").slice(0, 16);
const assets = ["./", ...shipped.filter((p) => p !== "index.html").map((p) => `./${p}`)];
const swPath = join(dir, "sw.js");
const source = readFileSync(swPath, "utf8")
  .replace("__VERSION__", version)
  .replace("__ASSETS__", JSON.stringify(assets));
writeFileSync(swPath, source);
console.log(`sw-precache: ${assets.length} files, cache version ${version}`);
