// The performance budgets (issue 11). The benchmark says PASS/FAIL against
// each; the size of the first load is also held by a test
// (specs/size.test.mjs, against SIZE_RATCHET_BYTES below). "Floor" is the
// same build's pre-rendered page with its scripts taken out (floor.mjs).
// Lighthouse figures are medians of BENCH_LIGHTHOUSE_RUNS runs, mobile preset.
export const BUDGETS = {
  // Lighthouse performance score, English and Chinese page each.
  lighthousePerformanceMin: 98,
  // Lighthouse largest contentful paint, widget / floor, each language.
  lcpRatioToFloor: 1.15,
  // Lighthouse total blocking time, each language.
  totalBlockingTimeMs: 100,
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
// first load transfers may not grow past this while the target above
// (firstLoadGzipBytes) is out of reach. Lower it as size comes down.
// Raised from 188 KB by issue 12, the course-platform (SCORM) runtime in
// the one wasm every page loads (suspend data, the API search, the
// platform's writes and notice, the download links, per-learner backup):
// about 10 KB gzip; and by issue 13, "Check yourself" (its components
// ~8 KB, both languages' questions ~3.5 KB, marking, storage, export,
// handout and host messages the rest: ~15 KB in the wasm, 2 KB in each
// page's HTML), and the two together (the attempt in suspend data, the
// score to the platform): 222 KB measured after both. Raised by 2,610
// bytes by issues 22 and 23 (measured: 226,099 → 228,709 bytes, the build
// before and after them from the same toolchain): the embed panel's new
// lines, its "Start at" choice and the storage notice's framed text and
// link, and longer, more careful content, in both languages (wasm +2,334,
// index.html +153, styles +123).
export const SIZE_RATCHET_BYTES = 223 * 1024 + 2610;
