// The boot script of every pre-rendered page. src/bin/prerender/ inlines
// it at the top of <head> (before the stylesheet, so it runs at once) after a
// line that defines `VGE_BOOT`: each page's file, language, layout and view
// (and which is the default page, index.html; which are the SCORM package's
// launch pages, which never move to a page outside the package, and the
// pages for teachers, which move only to the other language's), the key saved progress is
// stored under, the phases' ids, and the paint hint's member of the record and version
// (src/formats/paint_hint.rs). The page's own file is <html data-vge-page>. Written for
// old browsers too: it must never stop
// a page from showing.
//
// 1. Before anything is painted, moves to the page the address asks for:
//    `?lang=`/`#lang=` (old links), `embed=`, `view=`, or a frame around the
//    page. On index.html with no language in the address, the language
//    chosen last time, else the browser's preferred one (README, "Pages and
//    rendering").
// 2. Marks the document `vge-js`: script runs, so the page is laid out for
//    the interactive widget. Without that class (no script, or the wasm
//    failed to load) the styles show the plain reading version instead.
// 3. Paints the learner's page from the first frame: selects the phase the
//    address names (`#phase=`), else on an embedding page the one kept with
//    the work, and ticks the saved ticks, both from the paint hint the wasm
//    writes into the record (its `paint` member; of the rest of the record
//    only `lang` is read: its reading rules are the wasm's alone). Each tab, panel and box is set as the parser
//    adds it (a MutationObserver's callback runs before the next frame), so
//    even a page that arrives in pieces never paints the build's defaults
//    first. A package page paints the address's phase only: its work is the
//    course platform's, and only the wasm can ask whose it is. A hint that
//    is not exactly the format paints nothing. The ticks it painted are
//    listed in `data-vge-painted` on the widget's root, so the wasm can tell
//    them from the learner's own early ticks and unticks.
// 4. Until the wasm has taken over (`vge-live`), a click on a phase tab
//    selects it and writes `#phase=…`, where the widget reads it on arrival.
//    Before the wasm and after, a switch to a shorter panel leaves the tabs
//    where they are on the screen.
(function (config) {
  var root = document.documentElement;
  var here = root.getAttribute('data-vge-page');
  var pages = config.pages;
  var current = null;
  for (var i = 0; i < pages.length; i++) if (pages[i].file === here) current = pages[i];
  if (!current) return;

  // Values of `key` in the fragment, then the query: the fragment wins,
  // and of a repeated key the first usable value.
  function values(key) {
    var found = [];
    [location.hash, location.search].forEach(function (source) {
      source.replace(/^[?#]/, '').split(/[&;]/).forEach(function (part) {
        var pair = part.split('=');
        try {
          if (decodeURIComponent(pair[0]) === key) found.push(decodeURIComponent(pair.slice(1).join('=').replace(/\+/g, ' ')));
        } catch (malformed) { /* ignored, as any unusable value */ }
      });
    });
    return found;
  }
  function first(list, read) {
    for (var i = 0; i < list.length; i++) {
      var value = read(list[i]);
      if (value !== null) return value;
    }
    return null;
  }
  function language(tag) {
    var primary = String(tag).split(/[-_]/)[0].replace(/^\s+|\s+$/g, '').toLowerCase();
    for (var i = 0; i < pages.length; i++) if (pages[i].lang === primary) return primary;
    return null;
  }
  // The saved record, read once (null if there is none or it cannot be).
  var saved;
  function stored() {
    if (saved === undefined) {
      try {
        saved = JSON.parse(window.localStorage.getItem(config.key));
      } catch (unavailable) {
        saved = null;
      }
    }
    return saved && typeof saved === 'object' ? saved : null;
  }
  function storedLanguage() {
    var record = stored();
    return record && record.lang ? language(record.lang) : null;
  }
  // The paint hint, the record's `{"v":1,"phase":"interest","ticked":["values"]}`,
  // or null if there is none, or it is anything but that shape.
  function storedHint() {
    try {
      var hint = stored() && stored()[config.hint.member];
      if (!hint || typeof hint !== 'object' || hint.v !== config.hint.version || Object.prototype.toString.call(hint.ticked) !== '[object Array]') return null;
      if (hint.phase !== undefined && typeof hint.phase !== 'string') return null;
      for (var i = 0; i < hint.ticked.length; i++) if (typeof hint.ticked[i] !== 'string') return null;
      return hint;
    } catch (unavailable) {
      return null;
    }
  }
  function knownPhase(id) {
    for (var i = 0; i < config.phases.length; i++) if (config.phases[i] === id) return id;
    return null;
  }
  function framed() {
    try {
      return window.top !== window.self;
    } catch (foreign) {
      return true;
    }
  }

  var lang = first(values('lang'), language);
  if (lang === null && current.default) {
    lang = storedLanguage() || first(navigator.languages || [navigator.language || ''], language);
  }
  var embed = first(values('embed'), function (value) {
    return value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : null;
  });
  var embedded = embed !== null ? embed : current.embedded || framed();
  var view = first(values('view'), function (value) {
    for (var i = 0; i < pages.length; i++) if (pages[i].view === value) return value;
    return null;
  }) || current.view;
  var target = null;
  for (var j = 0; j < pages.length; j++) {
    var page = pages[j];
    if (current.package || current.teacher) {
      // Inside a course platform's package (always framed), or the page for
      // teachers (framed or not): one layout; only the language may move,
      // to the same kind of page.
      if (page.package === current.package && page.teacher === current.teacher && page.lang === (lang || current.lang)) target = page;
    } else if (!page.package && !page.teacher && page.lang === (lang || current.lang) && page.embedded === embedded && (!embedded || page.view === view)) target = page;
  }
  if (target && target !== current) {
    root.className += ' vge-moving';
    location.replace(target.file + location.search + location.hash);
    return;
  }

  root.className += ' vge-js';

  // Shows the phase `id` on the tabs and panels parsed so far.
  function select(id) {
    var tabs = document.querySelectorAll('[role=tab][data-phase]');
    for (var i = 0; i < tabs.length; i++) {
      var selected = tabs[i].getAttribute('data-phase') === id;
      if (tabs[i].getAttribute('aria-selected') !== String(selected)) tabs[i].setAttribute('aria-selected', String(selected));
      if (tabs[i].tabIndex !== (selected ? 0 : -1)) tabs[i].tabIndex = selected ? 0 : -1;
      var panel = document.getElementById(tabs[i].getAttribute('aria-controls'));
      if (panel && panel.tabIndex !== (selected ? 0 : -1)) {
        panel.classList.toggle('vge-panel--inactive', !selected);
        panel.tabIndex = selected ? 0 : -1;
      }
    }
  }

  // The first paint: the learner's phase and ticks.
  // A package's work is its platform's; the page for teachers shows none.
  var hint = current.package || current.teacher ? null : storedHint();
  var shown = first(values('phase'), knownPhase);
  if (shown === null && current.embedded && hint) shown = knownPhase(hint.phase);
  var unticked = hint ? hint.ticked.slice() : [];
  var painted = [];
  function paint() {
    try {
      if (shown !== null) select(shown);
      for (var i = unticked.length - 1; i >= 0; i--) {
        var box = document.getElementById('vge-item-' + unticked[i]);
        if (box && box.type === 'checkbox') {
          box.checked = true;
          painted.push(unticked.splice(i, 1)[0]);
        }
      }
      var host = document.getElementById('value-governance');
      if (host && painted.length) host.setAttribute('data-vge-painted', painted.join(' '));
    } catch (unexpected) { /* the page stays as built */ }
  }
  if (shown !== null || unticked.length) {
    paint();
    var parsing = window.MutationObserver && new MutationObserver(paint);
    if (parsing) parsing.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', function () {
      if (parsing) parsing.disconnect();
      paint();
    });
  }

  // Choosing a phase, before the wasm and after: only the selected phase's
  // panel is laid out, so a shorter one could leave the page too short to
  // stay scrolled where it is, and the browser would move the tabs under the
  // learner's pointer. So the panels' area keeps its height until the new
  // panel is laid out (the next animation frame, before it is painted), then
  // only as much of it as the page needs (usually none; the note, its last
  // child, has no bottom margin). In the capture phase: before whatever
  // switches the panel, the wasm or the listener below.
  function keepTabs(event) {
    var tab = event.target.closest && event.target.closest('[role=tab][data-phase]');
    var timeline = tab && tab.closest('.vge-timeline');
    var panels = timeline && timeline.querySelector('.vge-panels');
    if (!panels || (event.type === 'keydown' && !/^(Arrow|Home$|End$)/.test(event.key))) return;
    var scrolled = window.pageYOffset;
    panels.style.minHeight = panels.getBoundingClientRect().height + 'px';
    requestAnimationFrame(function () {
      var area = panels.getBoundingClientRect();
      var last = panels.lastElementChild;
      var own = last ? last.getBoundingClientRect().bottom - area.top : area.height;
      var short = scrolled + window.innerHeight - (document.documentElement.scrollHeight - (area.height - own));
      panels.style.minHeight = short > 0.5 ? Math.ceil(own + short) + 'px' : '';
    });
  }
  document.addEventListener('click', keepTabs, true);
  document.addEventListener('keydown', keepTabs, true);

  // Before the wasm: choosing a phase.
  document.addEventListener('click', function (event) {
    if (/\bvge-live\b/.test(root.className) || !event.target.closest) return;
    var tab = event.target.closest('[role=tab][data-phase]');
    if (!tab) return;
    shown = tab.getAttribute('data-phase');
    select(shown);
    // The phase first, the rest of the fragment (host=, …) kept.
    var rest = location.hash.replace(/^#/, '').split('&').filter(function (part) {
      return part && part.split('=')[0] !== 'phase';
    });
    try {
      history.replaceState(null, '', '#' + ['phase=' + tab.getAttribute('data-phase')].concat(rest).join('&'));
    } catch (refused) { /* an opaque origin: the choice shows, unsaved */ }
  });

  // The wasm could not start (its request failed, or it threw): show the
  // plain version, with the line that says what needs the interactive one.
  function failed() {
    if (!/\bvge-live\b/.test(root.className)) root.className = root.className.replace(/\bvge-js\b/g, '');
  }
  window.addEventListener('error', function (event) {
    var tag = event.target && event.target.tagName;
    if (tag === 'SCRIPT' || (tag === 'LINK' && /preload/.test(event.target.rel)) || !tag) failed();
  }, true);
  window.addEventListener('unhandledrejection', failed);
})(VGE_BOOT);
