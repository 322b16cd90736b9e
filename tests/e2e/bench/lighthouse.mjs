// Lighthouse 12 (npm `lighthouse`, installed in this folder by .ci/bench
// only) against a page on 127.0.0.1: mobile preset (its default: simulated
// slow 4G, 4× CPU), performance category only, Debian's Chromium.
//
// Called through async execFile: the pages are served from this same Node
// process, whose event loop must keep running while Lighthouse loads them
// (a synchronous call blocks the server and Lighthouse times out).
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
export const LIGHTHOUSE_CLI = path.join(here, 'node_modules', 'lighthouse', 'cli', 'index.js');

// ../shared/TOOLCHAIN.md; `--lang=en-US` so that the boot script's choice of
// language for a first visit (navigator.languages) does not depend on the
// machine's locale.
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic', '--lang=en-US',
].join(' ');

export function lighthouseVersion() {
  return JSON.parse(fs.readFileSync(path.join(here, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
}

/**
 * One Lighthouse run of `url`; the JSON report is written to `reportPath`.
 * Returns the score (0–100) and the metrics, in ms (CLS unitless).
 */
export async function lighthouse(url, reportPath) {
  if (!fs.existsSync(LIGHTHOUSE_CLI)) {
    throw new Error(`Lighthouse is not installed (${LIGHTHOUSE_CLI}); run through bash .ci/bench`);
  }
  fs.mkdirSync(path.dirname(reportPath), { recursive: true });
  await run(process.execPath, [
    LIGHTHOUSE_CLI, url,
    '--quiet', '--output=json', `--output-path=${reportPath}`,
    '--only-categories=performance',
    '--no-enable-error-reporting',
    `--chrome-flags=${CHROME_FLAGS}`,
  ], {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' },
    timeout: 180_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  // Every request the page made, from Lighthouse's own list: nothing may
  // leave 127.0.0.1 (data: URLs are not requests to any host).
  const requests = report.audits['network-requests']?.details?.items ?? [];
  const remote = requests
    .map((item) => item.url)
    .filter((address) => /^(https?|wss?):/.test(address) && new URL(address).hostname !== '127.0.0.1');
  if (remote.length) throw new Error(`Lighthouse on ${url}: requests to other hosts:\n${remote.join('\n')}`);
  // The boot script may move a page to another language's; it must not here.
  if (report.finalDisplayedUrl !== url) {
    throw new Error(`Lighthouse on ${url}: the page moved to ${report.finalDisplayedUrl}`);
  }
  const score = report.categories.performance.score;
  return {
    score: score === null ? null : Math.round(score * 100),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    // The longest main-thread task Lighthouse saw (its own list, simulated
    // at 4× CPU), after the first contentful paint like TBT.
    longestTaskMs: longestTask(report),
    cls: audit('cumulative-layout-shift'),
    speedIndexMs: audit('speed-index'),
    requests: requests.length,
    transferBytes: audit('total-byte-weight'),
    warnings: report.runWarnings ?? [],
  };
}

/** The longest task in Lighthouse's `long-tasks` audit that starts at or
 * after the first contentful paint (0 when none is listed). */
function longestTask(report) {
  const fcp = report.audits['first-contentful-paint']?.numericValue ?? 0;
  const tasks = report.audits['long-tasks']?.details?.items ?? [];
  return Math.max(0, ...tasks.filter((task) => task.startTime >= fcp).map((task) => task.duration));
}
