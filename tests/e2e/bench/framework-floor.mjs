// The benchmark's framework floor: the English floor page (floor.mjs) with
// the least a Yew app does to start added at its end — one component
// rendered into an element of its own (framework-floor/src/main.rs). Built
// with the widget's Yew, wasm-bindgen, profile and wasm-opt settings, it
// shows what starting Yew at all costs on this machine, beside what the
// widget costs: the widget cannot start in a shorter task than this.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../fixtures/browser.mjs';
import { gzipSize } from './first-load.mjs';

const crate = path.join(projectRoot, 'tests', 'e2e', 'bench', 'framework-floor');
export const FRAMEWORK_PAGE = 'framework.html';

/** wasm-opt's arguments as the widget's build gives them (index.html). */
function wasmOptArguments() {
  const template = fs.readFileSync(path.join(projectRoot, 'index.html'), 'utf8');
  const level = template.match(/\bdata-wasm-opt="([^"]+)"/)?.[1];
  const params = template.match(/\bdata-wasm-opt-params="([^"]+)"/)?.[1];
  if (!level || !params) throw new Error('framework floor: index.html names no wasm-opt level and parameters');
  return [`-O${level}`, ...params.split(/\s+/)];
}

const run = (command, args, options = {}) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });

/** Builds the framework floor and writes its page beside the floor's pages in `floorDir`. */
export function makeFrameworkFloor(floorDir) {
  const target = path.join(projectRoot, 'target', 'framework-floor');
  run('cargo', ['build', '--release', '--locked', '--quiet', '--target', 'wasm32-unknown-unknown'], {
    cwd: crate,
    env: { ...process.env, CARGO_TARGET_DIR: target },
  });
  const out = path.join(floorDir, 'framework-floor');
  fs.rmSync(out, { recursive: true, force: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out,
    path.join(target, 'wasm32-unknown-unknown', 'release', 'framework-floor.wasm')]);
  const wasm = path.join(out, 'framework-floor_bg.wasm');
  run('wasm-opt', [...wasmOptArguments(), wasm, '-o', wasm]);
  fs.writeFileSync(path.join(out, 'start.js'),
    "import init from './framework-floor.js';\n" +
    "init({ module_or_path: new URL('./framework-floor_bg.wasm', import.meta.url) });\n");
  const floor = fs.readFileSync(path.join(floorDir, 'index.html'), 'utf8');
  const end = floor.lastIndexOf('</body>');
  if (end < 0) throw new Error('framework floor: the floor page has no </body>');
  const page = `${floor.slice(0, end)}<div id="framework-floor"></div>\n` +
    `<script type="module" src="./framework-floor/start.js"></script>\n${floor.slice(end)}`;
  fs.writeFileSync(path.join(floorDir, FRAMEWORK_PAGE), page);
  const bytes = fs.readFileSync(wasm);
  return { page: FRAMEWORK_PAGE, wasmBytes: bytes.length, wasmGzipBytes: gzipSize(bytes) };
}
