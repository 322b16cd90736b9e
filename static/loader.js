// The loader of every pre-rendered page: starts the wasm once the page's
// first contentful paint has been presented, so that not a byte of it
// competes with the page's words. src/bin/prerender/ inlines it at the
// end of <head> (as a module script, allowed by the page's CSP through its
// hash) with this page's script, its integrity value and its wasm in place
// of the names in capitals. The script keeps its integrity check: the
// loader preloads it with the hash, and the import takes the preloaded module.
const compile = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`failed to fetch ${url}: ${response.status}`);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch (error) {
    // A host that serves .wasm without application/wasm (Moodle): compiled
    // from its bytes once they are all in.
    if (response.headers.get('Content-Type') === 'application/wasm') throw error;
    return WebAssembly.compile(await response.arrayBuffer());
  }
};
const start = async () => {
  document.head.append(Object.assign(document.createElement('link'), {
    rel: 'modulepreload', href: '__SCRIPT__', crossOrigin: 'anonymous', integrity: '__INTEGRITY__',
  }));
  const compiling = compile('__WASM__');
  const bindings = await import('__SCRIPT__');
  // Compiled (while it streams), instantiated, and started (which hydrates
  // the page), each in a task of its own: together they were one long task.
  const module = await compiling;
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  await nextTask();
  const wasm = await bindings.default({ module_or_path: module });
  await nextTask();
  bindings.run();
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
// After the first contentful paint has been presented (a frame callback can
// run well before it), else at once where there is nothing to paint for.
let started = false;
// Never on a page the boot script is leaving for another (`vge-moving`):
// that page is on its way out, and a wasm started there would take over a
// page nobody sees (after the 5 s fallback below, where the move is slow).
const go = () => {
  if (started || document.documentElement.classList.contains('vge-moving')) return;
  started = true;
  start();
};
if (document.visibilityState === 'hidden' || !(PerformanceObserver.supportedEntryTypes || []).includes('paint')) go();
else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); setTimeout(go); }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(go, 5000);
}
