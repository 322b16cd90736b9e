// Size budget: what a first visit of each language's page transfers, gzip
// -9, computed from dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distDir } from '../fixtures/browser.mjs';
import { firstLoadGzip } from '../bench/first-load.mjs';
import { SIZE_RATCHET_BYTES } from '../bench/budgets.mjs';

for (const page of ['index.html', 'zh.html']) {
  test(`${page}: the first load stays within the size ratchet (gzip -9)`, () => {
    const { files, total } = firstLoadGzip(distDir, page);
    for (const kind of [/\.wasm$/, /\.js$/, /\.css$/, new RegExp(`^${page.replace('.', '\\.')}$`)]) {
      assert.ok(files.some((f) => kind.test(f.file)), `the first load includes ${kind}`);
    }
    assert.ok(total <= SIZE_RATCHET_BYTES,
      `first load is ${(total / 1024).toFixed(1)} KB gzip, over the ${(SIZE_RATCHET_BYTES / 1024).toFixed(2)} KB ratchet:\n` +
      files.map((f) => `  ${f.file} ${f.gzip}`).join('\n'));
  });
}
