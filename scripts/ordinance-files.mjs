// Trunk post-build hook: each ordinance's file (`ord-<id>-<hash>.bin`) beside the app, which
// fetches the file of the municipality a person chooses (feature ordinance-files). build.rs
// writes them, with their list, into the build script's OUT_DIR of the app's build; the app's
// bundle names exactly these files (the hash is of the bytes), so the newest list is this
// build's. A list without its files, or no list at all, stops the build.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("ordinance-files: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const root = new URL("../", import.meta.url).pathname;
const target = process.env.CARGO_TARGET_DIR || join(root, "target");
const lists = ["release", "debug"]
  .map((profile) => join(target, "wasm32-unknown-unknown", profile, "build"))
  .filter(existsSync)
  .flatMap((build) =>
    readdirSync(build)
      .filter((name) => name.startsWith("tegenprestatie-check-"))
      .map((name) => join(build, name, "out", "ordinances", "list.txt")),
  )
  .filter(existsSync)
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
if (lists.length === 0) {
  console.error(`ordinance-files: no ordinances/list.txt under ${target} (is the app built with ordinance-files?)`);
  process.exit(1);
}
const from = join(lists[0], "..");
const names = readFileSync(lists[0], "utf8").split("\n").filter(Boolean);
for (const name of names) copyFileSync(join(from, name), join(dir, name));
console.log(`ordinance-files: ${names.length} files from ${from}`);
