// Runs the boot script (static/boot.js) on the cases of
// tests/cases/boot-rules.toml, natively: each case is a fresh `vm` context
// holding a fake page (location, localStorage, navigator, and a document
// with the phase tabs and the checklist's boxes), in which the script runs
// exactly as a page runs it: after the line that defines VGE_BOOT. What it
// does there is the answer: which page it moves to (location.replace),
// which tab it selects, which boxes it ticks. Called by tests/boot_rules.rs,
// which compares the answers with the table and with the Rust side.
//
// stdin: { config, boot, items, address: [...], language: [...], hint: [...] }
//   (config: the text of VGE_BOOT as the renderer writes it; boot: the
//   script's text; items: the checklist's ids)
// stdout: { address: [phase|null], language: [lang|null], hint: [{ phase, ticked }] }
import vm from 'node:vm';
import fs from 'node:fs';

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const config = JSON.parse(input.config);
const defaultPage = config.pages.find((page) => page.default);

/** Runs the boot script on the page `file` at `search` + `hash`; returns
 * the page it moved to (or null), the phase whose tab it selected (or
 * null) and the ids of the boxes it ticked. */
function boot({ file, search = '', hash = '', languages = [defaultPage.lang], storage = {} }) {
  let moved = null;
  const root = {
    className: '',
    getAttribute: (name) => (name === config.names.page ? file : null),
  };
  const element = (attributes) => ({
    attributes: { ...attributes },
    tabIndex: -1,
    getAttribute(name) {
      return name in this.attributes ? this.attributes[name] : null;
    },
    setAttribute(name, value) {
      this.attributes[name] = String(value);
    },
  });
  // No tab selected to begin with, so that the one selected is the script's.
  const tabs = config.phases.map((id) => element({ role: 'tab', 'data-phase': id, 'aria-selected': 'false' }));
  const boxes = new Map(input.items.map((id) => [config.names.item + id, { id, type: 'checkbox', checked: false }]));
  const host = element({ id: config.names.host });
  const document = {
    documentElement: root,
    querySelectorAll: (selector) => (selector === '[role=tab][data-phase]' ? tabs : []),
    getElementById: (id) => (id === config.names.host ? host : boxes.get(id) || null),
    addEventListener() {},
  };
  const window = {
    localStorage: { getItem: (key) => (key in storage ? storage[key] : null) },
    addEventListener() {},
  };
  window.top = window;
  window.self = window;
  const context = vm.createContext({
    window,
    document,
    navigator: { languages, language: languages[0] },
    location: { search, hash, replace: (url) => { moved = url; } },
    history: { replaceState() {} },
    requestAnimationFrame() {},
  });
  vm.runInContext(`const VGE_BOOT = ${input.config};\n${input.boot}`, context, { filename: 'static/boot.js' });
  const selected = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
  return {
    moved: moved === null ? null : moved.slice(0, moved.length - search.length - hash.length),
    phase: selected ? selected.getAttribute('data-phase') : null,
    ticked: [...boxes.values()].filter((box) => box.checked).map((box) => box.id).sort(),
  };
}

/** The boot script on `file`, and on the page it moves to if it moves
 * (as the browser would: same query and fragment). */
function arrive(options) {
  const first = boot(options);
  return first.moved === null ? first : boot({ ...options, file: first.moved });
}

const address = input.address.map(({ query = '', fragment = '' }) =>
  arrive({ file: defaultPage.file, search: query, hash: fragment }).phase);

// A first visit to the default page follows the browser's language: the
// tag's language is the page it moves to, or its own; and a tag that is no
// language of the widget's falls through to the next one.
const other = config.pages.find((page) => page.lang !== defaultPage.lang).lang;
const language = input.language.map(({ tag }) => {
  const langOf = (moved) => (moved === null ? defaultPage.lang : config.pages.find((page) => page.file === moved).lang);
  const alone = langOf(boot({ file: defaultPage.file, languages: [tag] }).moved);
  if (alone !== defaultPage.lang) return alone;
  const fallen = langOf(boot({ file: defaultPage.file, languages: [tag, other] }).moved);
  return fallen === other ? null : defaultPage.lang;
});

// The hint is painted on an embedding page of the default language, which
// keeps the phase with the work.
const embedding = config.pages.find((page) => page.embedded && page.lang === defaultPage.lang && page.view === 'all');
const hint = input.hint.map(({ stored }) => {
  // The hint as the wasm keeps it: the record's member (any text, as
  // stored: a hint that is not JSON makes the record unreadable too).
  const record = `{"version":3,"checked":[],"${config.hint.member}":${stored}}`;
  const storage = stored === undefined || stored === null ? {} : { [config.key]: record };
  const { phase, ticked } = arrive({ file: embedding.file, storage });
  return { phase, ticked };
});

process.stdout.write(JSON.stringify({ address, language, hint }));
