// Trunk post-build hook: the files build.rs writes beside the app, each list from the newest
// build of the app's wasm: the language packs (`packs/`: `lang-<code>-<version>.bin`, every
// language but Dutch, fetched when chosen) and each ordinance's file (`ordinances/`:
// `ord-<id>-<hash>.bin`, fetched when a person chooses one of its municipalities; written only
// with the feature ordinance-files). The app names exactly these files (the packs' version and
// the ordinances' hash are build.rs's), so the newest list is this build's. A list that is
// missing, or a file it names, stops the build.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("out-files: TRUNK_STAGING_DIR is not set (run through trunk build)");
  process.exit(1);
}
const root = new URL("../", import.meta.url).pathname;
const target = process.env.CARGO_TARGET_DIR || join(root, "target");

function newestList(sub) {
  const lists = ["release", "debug"]
    .map((profile) => join(target, "wasm32-unknown-unknown", profile, "build"))
    .filter(existsSync)
    .flatMap((build) =>
      readdirSync(build)
        .filter((name) => name.startsWith("tegenprestatie-check-"))
        .map((name) => join(build, name, "out", sub, "list.txt")),
    )
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (lists.length === 0) {
    console.error(`out-files: no ${sub}/list.txt under ${target} (is the app built${sub === "ordinances" ? " with ordinance-files" : ""}?)`);
    process.exit(1);
  }
  return lists[0];
}

for (const sub of ["packs", "ordinances"]) {
  const list = newestList(sub);
  const from = join(list, "..");
  const names = readFileSync(list, "utf8").split("\n").filter(Boolean);
  for (const name of names) copyFileSync(join(from, name), join(dir, name));
  console.log(`out-files: ${names.length} ${sub} from ${from}`);
}
