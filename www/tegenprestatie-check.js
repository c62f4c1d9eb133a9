// tegenprestatie-check.js: the one file a page loads to show the check.
//
//   <script type="module" src="https://…/tegenprestatie-check.js"></script>
//   <tegenprestatie-check gemeente="oldenzaal" lang="nl"></tegenprestatie-check>
//
// or, from a script: `import { mount } from ".../tegenprestatie-check.js"` and
// `const handle = await mount(element, { gemeente: "oldenzaal" })`, then `handle.update({ … })`
// and `handle.unmount()`. See docs/embedding.md.
//
// The build (scripts/embed-entry.mjs) fills in the hashed names of the app's files; they are
// found next to this module (import.meta.url), so they may live on another origin. The check
// renders in the element's own shadow root, loads its style sheet there, and touches nothing of
// the host page: not its title, address, history, `lang`, storage, styles or focus. No inline
// script or style is used, so a strict Content-Security-Policy needs no nonce.
import init, { mount as mountWasm } from "./__APP_JS__";

const asset = (name) => new URL(name, import.meta.url).href;
const STYLES = asset("__STYLES__");
const WASM = asset("__APP_WASM__");
const DESK = asset("desk.js");
const DESK_WASM = asset("desk_bg.wasm");
const DESK_STYLES = asset("desk.css");
const WORKBENCH = asset("workbench.js");
const WORKBENCH_WASM = asset("workbench_bg.wasm");
const WORKBENCH_STYLES = asset("workbench.css");
const LETTERS = asset("letters.js");
const LETTERS_WASM = asset("letters_bg.wasm");
const LETTERS_STYLES = asset("letters.css");
const API = asset("api.js");
const API_WASM = asset("api_bg.wasm");
const OPTIONS = ["gemeente", "lang", "mode", "ordinance", "remember"];
const MODES = ["citizen", "caseworker"];
// The largest ordinance file read; the bundled ones are under 100 KB.
const MAX_ORDINANCE_CHARS = 4 * 1024 * 1024;
// How long an ordinance file may take to arrive.
const ORDINANCE_TIMEOUT_MS = 15000;
const TAG = "tegenprestatie-check";

/** `load` once per page, shared by every caller; tried again after a failure. */
function once(load) {
  let loading;
  return () =>
    (loading ??= load().catch((e) => {
      loading = undefined;
      throw e;
    }));
}

/** A module of its own (its script and wasm), loaded only when it is first needed. */
const onDemand = (script, wasm) =>
  once(async () => {
    const module = await import(script);
    await module.default({ module_or_path: wasm });
    return module;
  });

/** The app's wasm. */
const start = once(() => init({ module_or_path: WASM }));
/** The caseworker desk: only when a desk is shown. */
const startDesk = onDemand(DESK, DESK_WASM);
/** The letters: only when a person asks for a letter. */
const startLetters = onDemand(LETTERS, LETTERS_WASM);
/** The policy workbench: only at ?mode=workbench. */
const startWorkbench = onDemand(WORKBENCH, WORKBENCH_WASM);

/** Adds the letters' style sheet to `parent` (the shadow root, or the page's head) once. */
function lettersStyles(parent) {
  if (parent.querySelector(`link[href="${LETTERS_STYLES}"]`)) return Promise.resolve();
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = LETTERS_STYLES;
  const loaded = new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
    setTimeout(resolve, 3000);
  });
  parent.append(link);
  return loaded;
}

/**
 * Answers a click on one of the check's letter buttons (`[data-letter]`, in its section with
 * the `data-letters-*` values): loads letters.js, shows the letter in place of the check, and
 * brings the check back, with the focus on that button, when the letter is closed (or the page
 * goes back a step, on the check's own page). `container` holds the check; `ordinance` gives the host's ordinance in
 * binary form or nothing; `printLetter(element)` prints it. Only the check's own plain values
 * are passed on.
 */
function listenForLetters(container, stylesParent, ordinance, printLetter, page = false) {
  container.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-letter]") : null;
    const offer = button?.closest("[data-letters-fragment]");
    if (!offer || !container.contains(offer) || container.querySelector(".tpc-letter-host")) return;
    const data = offer.dataset;
    const check = container.firstElementChild;
    const host = document.createElement("div");
    host.className = "tpc-letter-host tpc";
    host.lang = data.lettersLang || "nl";
    const status = document.createElement("p");
    status.className = "tpc-letter-loading";
    status.setAttribute("role", "status");
    status.textContent = data.lettersLoading ?? "";
    const mountPoint = document.createElement("div");
    host.append(status, mountPoint);
    let handle = null;
    const close = () => {
      if (page) removeEventListener("popstate", close);
      handle?.unmount();
      handle?.free();
      handle = null;
      host.remove();
      check.hidden = false;
      container.querySelector(`button[data-letter="${button.dataset.letter}"]`)?.focus();
    };
    // On its own page the check takes a step back with the browser's back button: so does
    // the letter. A guest never listens to its host's history.
    if (page) addEventListener("popstate", close);
    check.hidden = true;
    container.append(host);
    const request = {
      kind: button.dataset.letter,
      fragment: data.lettersFragment ?? "",
      today: data.lettersToday ?? "",
      lang: data.lettersLang ?? "nl",
    };
    Promise.all([startLetters(), lettersStyles(stylesParent), ordinance()])
      .then(([module, , bytes]) => {
        handle = module.mount(mountPoint, request, bytes ?? null, { print: () => printLetter(host), close });
      })
      .catch((e) => {
        console.error(`${TAG}: the letters could not be loaded: ${e.message ?? e}`);
        status.setAttribute("role", "alert");
        status.className = "tpc-notice tpc-notice--warning";
        status.textContent = data.lettersFailed ?? "";
        const back = document.createElement("button");
        back.type = "button";
        back.className = "tpc-button tpc-button--secondary";
        back.textContent = data.lettersBack ?? "Terug";
        back.addEventListener("click", close, { once: true });
        host.append(back);
        back.focus();
      });
  });
}

// "Lees voor": the blocks read, outermost only, in document order.
const BLOCKS = "h1, h2, h3, p, li, legend, label, caption, th, td, dt, dd, blockquote";

/**
 * Reads the visible text of the check's body aloud when its "Lees voor" button
 * (`button[data-read-aloud]`, which names the page's language; the check shows it only where
 * the device has a voice for that language) is clicked, and stops on a second click. Each
 * block is read in its own language with a voice for it, or skipped where the device has none
 * (a Dutch quote beside a translated rule); words in another language inside a sentence (a
 * Dutch date) are read in their place, in theirs or else in the sentence's voice. The button is
 * marked `data-speaking` while it reads. The check stops the reading when its screen changes.
 */
function listenForReadAloud(container) {
  container.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-read-aloud]") : null;
    const body = button?.closest(".tpc")?.querySelector(".tpc-body");
    const synth = globalThis.speechSynthesis;
    if (!body || !container.contains(button) || !synth) return;
    synth.cancel();
    if (button.hasAttribute("data-speaking")) {
      button.removeAttribute("data-speaking");
      return;
    }
    const shown = button.dataset.readAloud;
    const langOf = (el) => el.closest("[lang]")?.getAttribute("lang") || shown;
    const voices = synth.getVoices();
    const voiceFor = (lang) => {
      const code = lang.split("-")[0].toLowerCase();
      return voices.find((v) => {
        const l = v.lang.toLowerCase();
        return l === code || l.startsWith(`${code}-`);
      });
    };
    const queued = [];
    const say = (text, lang, fallback) => {
      const words = text.trim();
      // Punctuation alone between two Dutch words is not read.
      if (!/[\p{L}\p{N}]/u.test(words)) return;
      const voice = voiceFor(lang) ?? (fallback && voiceFor(fallback));
      if (!voice) return;
      const u = new SpeechSynthesisUtterance(words);
      u.lang = voice.lang;
      u.voice = voice;
      queued.push(u);
    };
    for (const el of body.querySelectorAll(BLOCKS)) {
      const lang = langOf(el);
      // Inside another block of the same language (a paragraph in a list item): read with it.
      const outer = el.parentElement?.closest(BLOCKS);
      // Not shown (a closed disclosure, a visually hidden label): not read.
      if ((outer && body.contains(outer) && langOf(outer) === lang) || !el.offsetParent || el.closest(".tpc-visually-hidden")) continue;
      let text = el.innerText;
      // What is in another language inside it: a block is read on its own; words are read in
      // their place, with the text before them first.
      for (const f of el.querySelectorAll("[lang]")) {
        const other = langOf(f);
        const words = f.innerText;
        const at = words ? text.indexOf(words) : -1;
        if (other === lang || at < 0) continue;
        if (f.matches(BLOCKS)) {
          text = `${text.slice(0, at)} ${text.slice(at + words.length)}`;
        } else {
          say(text.slice(0, at), lang);
          say(words, other, lang);
          text = text.slice(at + words.length);
        }
      }
      say(text, lang);
    }
    if (!queued.length) return;
    queued[queued.length - 1].onend = () => button.removeAttribute("data-speaking");
    for (const u of queued) synth.speak(u);
    button.setAttribute("data-speaking", "");
  });
}

function fail(message) {
  return new TypeError(`${TAG}: ${message}`);
}

/** The host's options as plain values, each type checked (a throwing getter is caught). */
function readOptions(options) {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object") {
    throw fail(`options must be an object { ${OPTIONS.join(", ")} }`);
  }
  const out = {};
  for (const key of OPTIONS) {
    let value;
    try {
      value = options[key];
    } catch {
      throw fail(`option "${key}" cannot be read`);
    }
    if (value === undefined) continue;
    if (value === null) {
      out[key] = null;
    } else if (key === "remember") {
      if (typeof value !== "boolean") throw fail(`option "remember" must be true or false`);
      out[key] = value;
    } else if (key === "ordinance" && value instanceof URL) {
      out[key] = value.href;
    } else if (typeof value !== "string" || value.length > 2048) {
      throw fail(`option "${key}" must be a text`);
    } else {
      out[key] = value;
    }
  }
  if (out.mode && !MODES.includes(out.mode)) {
    throw fail(`option "mode" must be one of ${MODES.join(", ")}`);
  }
  return out;
}

/** What the wasm side is given: strings and a boolean only. */
function plain(options) {
  return {
    gemeente: options.gemeente ?? undefined,
    lang: options.lang || document.documentElement.lang || "nl",
    remember: options.remember === true,
  };
}

const ordinances = new Map();

/**
 * A host's ordinance file, fetched once per address and validated by the JS API module (the
 * same validator as the build): `{ ordinance: bytes }`, or `{ ordinanceProblem }` with the
 * details in the console. The only request the check makes beyond its own files.
 */
function loadOrdinance(address) {
  let url;
  try {
    url = new URL(address, document.baseURI).href;
  } catch {
    console.error(`${TAG}: ordinance="${address}" is not an address`);
    return { ordinanceProblem: "unreachable" };
  }
  if (!ordinances.has(url)) {
    const loading = fetchOrdinance(url);
    ordinances.set(url, loading);
    // A file that could not be loaded is asked for again next time.
    loading.then((got) => got.ordinanceProblem === "unreachable" && ordinances.delete(url));
  }
  return ordinances.get(url);
}

async function fetchOrdinance(url) {
  let text;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(ORDINANCE_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    text = await response.text();
    if (text.length > MAX_ORDINANCE_CHARS) throw new Error(`the file has ${text.length} characters; at most ${MAX_ORDINANCE_CHARS} are read`);
  } catch (e) {
    console.error(`${TAG}: the ordinance ${url} could not be loaded: ${e.message}`);
    return { ordinanceProblem: "unreachable" };
  }
  let api;
  try {
    api = await import(API);
    await api.default({ module_or_path: API_WASM });
  } catch (e) {
    console.error(`${TAG}: the validator (api.js) could not be loaded: ${e.message}`);
    return { ordinanceProblem: "unreachable" };
  }
  try {
    return { ordinance: api.encode(text) };
  } catch (e) {
    console.error(`${TAG}: the ordinance ${url} is not valid, so the check shows no answer:\n${e.message ?? e}`);
    return { ordinanceProblem: "invalid" };
  }
}

/** Prints the check alone, from a frame of its own: never the host's page. */
function print(check) {
  const shadow = check.getRootNode();
  shadow.querySelector(".tpc-print-frame")?.remove();
  const frame = document.createElement("iframe");
  frame.className = "tpc-print-frame";
  frame.title = check.querySelector(".tpc-brand")?.textContent ?? TAG;
  frame.tabIndex = -1;
  frame.inert = true;
  frame.setAttribute("aria-hidden", "true");
  shadow.append(frame);
  const doc = frame.contentDocument;
  doc.documentElement.lang = check.lang;
  doc.title = frame.title;
  // The widget's own style sheets (the desk has two), each loaded before printing.
  const sheets = [...shadow.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.href);
  const loaded = sheets.map((href) => {
    const link = doc.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    doc.head.append(link);
    return new Promise((resolve) => {
      link.addEventListener("load", resolve, { once: true });
      link.addEventListener("error", resolve, { once: true });
    });
  });
  doc.body.append(doc.importNode(check, true));
  Promise.all(loaded).then(() => {
    frame.contentWindow?.addEventListener("afterprint", () => frame.remove(), { once: true });
    frame.contentWindow?.print();
  });
}

const mounted = new WeakMap();
// Shadow roots this module made: an element's own (a host component's) is never taken over.
const ours = new WeakSet();

/**
 * Shows the check in `element` (in its shadow root) and resolves to a handle:
 * `update(options)` changes the given options (null resets one), `unmount()` removes it.
 * Options: gemeente, lang ("nl" or "en"; default the page's), mode ("citizen", or "caseworker"
 * for the intake desk), ordinance (the
 * address of a compiled ordinance JSON), remember (true lets the person keep answers on the
 * device).
 */
export async function mount(element, options) {
  if (!(element instanceof Element)) throw fail("mount needs an element as its first argument");
  if (mounted.has(element)) throw fail("this element already shows the check; use its handle");
  let current = readOptions(options);
  let shadow = element.shadowRoot;
  if (shadow && !ours.has(shadow)) {
    throw fail(`the <${element.localName}> already has a shadow root of its own; give the check an element of its own`);
  }
  try {
    shadow ??= element.attachShadow({ mode: "open" });
  } catch (e) {
    throw fail(`the check cannot be shown in a <${element.localName}>: ${e.message}`);
  }
  ours.add(shadow);
  mounted.set(element, null);
  // The check's language packs are fetched from beside this module (the asset origin).
  const internals = async (o) => ({ print, assets: asset("./"), ...(o.ordinance ? await loadOrdinance(o.ordinance) : {}) });
  // What is shown: the resident's check, or the caseworker's desk (its own module).
  let widget;
  let kind;
  const render = async (o) => {
    const desk = o.mode === "caseworker";
    const sheets = desk ? [STYLES, DESK_STYLES, LETTERS_STYLES] : [STYLES];
    const links = sheets.map((href) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      return link;
    });
    const root = document.createElement("div");
    root.className = "tpc-root";
    shadow.replaceChildren(...links, root);
    if (!desk) {
      listenForReadAloud(root);
      listenForLetters(
        root,
        shadow,
        async () => (current.ordinance ? (await loadOrdinance(current.ordinance)).ordinance : null),
        print,
      );
    }
    // Shown once styled (no flash of bare text); a detached element loads no style sheet, and
    // a slow one does not hold the check back for more than a moment.
    const styled = Promise.all(
      links.map(
        (link) =>
          new Promise((resolve) => {
            link.addEventListener("load", resolve, { once: true });
            link.addEventListener("error", resolve, { once: true });
            setTimeout(resolve, element.isConnected ? 3000 : 0);
          }),
      ),
    );
    if (desk) {
      const [module] = await Promise.all([startDesk(), styled]);
      widget = module.mount(root, element, plain(o), { print });
    } else {
      const [, , given] = await Promise.all([start(), styled, internals(o)]);
      widget = mountWasm(root, element, plain(o), given);
    }
    kind = o.mode === "caseworker" ? "caseworker" : "citizen";
  };
  try {
    await render(current);
  } catch (e) {
    mounted.delete(element);
    shadow.replaceChildren();
    throw e;
  }
  let latest = 0;
  const handle = {
    async update(changes) {
      if (!widget) throw fail("this check was unmounted");
      // Options add up at once, so calls in quick succession all count; the widget shows the
      // last state once its ordinance (if any) is there.
      current = { ...current, ...readOptions(changes) };
      const wanted = current;
      const turn = ++latest;
      const wantedKind = wanted.mode === "caseworker" ? "caseworker" : "citizen";
      if (wantedKind !== kind) {
        widget.unmount();
        widget.free();
        widget = null;
        await render(wanted);
        return;
      }
      if (kind === "caseworker") {
        widget.update(plain(wanted));
        return;
      }
      const given = await internals(wanted);
      if (turn !== latest || !widget) return;
      widget.update(plain(wanted), given);
    },
    unmount() {
      if (!widget) return;
      widget.unmount();
      widget.free();
      widget = null;
      shadow.replaceChildren();
      mounted.delete(element);
    },
  };
  mounted.set(element, handle);
  return handle;
}

/** `<tegenprestatie-check>`: the same, with attributes as options. */
class TegenprestatieCheck extends HTMLElement {
  static observedAttributes = OPTIONS;
  #handle = null;
  #mounting = null;

  #options() {
    const remember = this.getAttribute("remember");
    return {
      gemeente: this.getAttribute("gemeente"),
      lang: this.getAttribute("lang"),
      mode: MODES.includes(this.getAttribute("mode")) ? this.getAttribute("mode") : null,
      ordinance: this.getAttribute("ordinance"),
      remember: remember !== null && remember.toLowerCase() !== "false",
    };
  }

  connectedCallback() {
    if (this.#mounting) return;
    const mode = this.getAttribute("mode");
    if (mode !== null && !MODES.includes(mode)) {
      console.error(`${TAG}: mode="${mode}" is not known; use ${MODES.join(" or ")}`);
    }
    this.#mounting = mount(this, this.#options()).then(
      (handle) => (this.#handle = handle),
      (e) => {
        // Tried again when an attribute changes or the element is added again.
        this.#mounting = null;
        console.error(e);
      },
    );
  }

  disconnectedCallback() {
    // Moved within the page: keep the answers. Removed: let go of everything.
    queueMicrotask(async () => {
      if (this.isConnected || !this.#mounting) return;
      await this.#mounting;
      if (this.isConnected) return;
      this.#handle?.unmount();
      this.#handle = null;
      this.#mounting = null;
    });
  }

  attributeChangedCallback() {
    if (!this.#mounting) {
      if (this.isConnected) this.connectedCallback();
      return;
    }
    this.#mounting.then(() => this.#handle?.update(this.#options())).catch((e) => console.error(e));
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, TegenprestatieCheck);

// The standalone page (index.html) starts the app as the owner of its page, the caseworker
// desk at ?mode=caseworker, or the municipality's policy workbench at ?mode=workbench.
const page = document.querySelector("[data-tegenprestatie-check-page]");
if (page) {
  const pageMode = new URLSearchParams(location.search).get("mode");
  const styles = (...hrefs) => {
    for (const href of hrefs) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      document.head.append(link);
    }
  };
  if (pageMode === "caseworker") {
    styles(DESK_STYLES, LETTERS_STYLES);
    startDesk().then((desk) => desk.mount(page, null, { lang: document.documentElement.lang || "nl" }, {}));
  } else if (pageMode === "workbench") {
    styles(DESK_STYLES, WORKBENCH_STYLES);
    startWorkbench()
      .then((bench) => bench.mount(page))
      .catch((e) => {
        console.error(e);
        page.textContent = "De werkbank kan niet worden geladen. Laad de pagina opnieuw.";
      });
  } else {
    listenForReadAloud(page);
    listenForLetters(page, document.head, async () => null, () => window.print(), true);
    start();
  }
}
