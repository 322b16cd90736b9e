// The performance budgets (issue 11). The benchmark says PASS/FAIL against
// each; the size of the first load is also held by a test
// (specs/size.test.mjs, against SIZE_RATCHET_BYTES below). "Floor" is the
// same build's pre-rendered page with its scripts taken out (floor.mjs);
// "Yew floor" that page with a one-component Yew app started at its end
// (framework-floor.mjs), what starting any Yew app costs here. A budget
// names what the widget can fix: where the Yew floor cannot meet an
// absolute limit on this machine, the limit is relative to the Yew floor
// measured in the same run (issue 29). TBT and the Lighthouse score stay
// absolute: the Yew floor meets them. Results and past runs:
// tests/e2e/bench/NOTES.md.
// Lighthouse figures are medians of BENCH_LIGHTHOUSE_RUNS runs, mobile preset.
export const BUDGETS = {
  // Lighthouse performance score, English and Chinese page each (the Yew
  // floor: 98–100).
  lighthousePerformanceMin: 98,
  // Lighthouse largest contentful paint, widget / floor, each language.
  lcpRatioToFloor: 1.15,
  // Lighthouse total blocking time, each language (the Yew floor: 0–51 ms).
  totalBlockingTimeMs: 100,
  // The longest task from the first contentful paint until the wasm has
  // taken over (and 1 s after), Playwright loads at 375×667 with 4× CPU,
  // median of the loads: at most this much over the Yew floor's (the
  // one-component Yew app of framework-floor.mjs, loaded interleaved with
  // the widget in the same run, median of as many loads).
  //
  // Relative, not absolute (issue 29): the Yew floor's own start is a long
  // task here at 4× CPU (medians of 100–116 ms on 2026-11-30, 53 ms on
  // 2026-12-06 with loads up to 180 ms: Chromium compiles each wasm
  // function lazily, in the task that first calls it, and Yew 0.23 renders
  // without yielding), so the absolute "no task over 50 ms" of issue 19
  // failed in every run for a reason no Yew page can fix. What the widget
  // can fix is what it adds to that task.
  //
  // Why 50 ms: it is the long-task threshold (Long Tasks API, RAIL), the
  // old absolute budget's own number: the widget's own work in its longest
  // task may not amount to a long task by itself. It is also the most the
  // TBT budget below can allow: over the Yew floor's task as measured on
  // 2026-11-30 (about 100 ms), a task 50 ms longer charges 150 − 50 = 100
  // ms of blocking time on its own, the whole of totalBlockingTimeMs, so a
  // larger margin would pass a start that TBT fails. The difference is
  // taken within one run (widget and Yew floor loaded in turn, so the
  // machine's drift hits both; medians of BENCH_RUNS loads); it was 42 and
  // 78 ms in the runs of 2026-11-30 and 85 ms on 2026-12-06 (NOTES.md), so
  // this budget sits near where the widget is and says whether its own
  // start got lighter.
  longestTaskOverYewFloorMs: 50,
  // Cumulative layout shift: the largest of every widget load measured
  // (Lighthouse, and the Playwright loads at both sizes).
  cumulativeLayoutShiftMax: 0,
  // Time until the first phase's name is visible, widget / floor, 1× CPU.
  firstPhaseRatio1x: 1.25,
  // What a first visit transfers, gzip -9, in either language.
  firstLoadGzipBytes: 120 * 1024,
  // DOM elements once the wasm has taken over, widget / floor.
  domElementsRatioToFloor: 1.5,
  wasmMemoryBytes: 2 * 1024 * 1024,
  // Click on a phase → next paint, Event Timing, median.
  clickToPaintMedianMs: 16,
};

// What the size test holds the build to today: the gzip -9 total of what the
// first load of either language's page transfers may not grow past this
// while the target above (firstLoadGzipBytes) is out of reach. Lower it as
// size comes down. Raised once, from 189 KB (188.4 / 188.9 KB measured) to
// 190.5 KB, by issue 29's "a change costs one write": the web wasm grew by
// 1.1 KB gzip (167.6 → 168.7 KB) for 2 → 1 storage writes per tick and
// 78 → 1 per 39 keystrokes in a note. Of it, measured by building without
// each part: the hint serialized into the record 0.11 KB, the note's pause
// 0.14 KB, rewriting an older record with its hint on arrival 0.26 KB; the
// rest is spread over the engine's changes. The layer folders (+0.05 KB)
// and the Phase type (−0.08 KB) cost nothing worth naming. First load then
// 189.5 KB (English), 190.1 KB (Chinese); tests/e2e/bench/NOTES.md, "Size
// levers".
export const SIZE_RATCHET_BYTES = 190.5 * 1024;
