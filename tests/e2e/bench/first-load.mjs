// The files a first visit transfers, from the built page itself: the page
// (index.html unless told), what it links (styles, script, wasm, icon,
// manifest), gzip -9 and brotli.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { listFiles } from '../../../.ci/hooks/precache.mjs';

export function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

export function brotliSize(buffer) {
  return zlib.brotliCompressSync(buffer, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Every file in `dir` with raw, gzip -9 and brotli sizes, largest first. */
export function fileSizes(dir) {
  return listFiles(dir)
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      return { file, raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

/** The files `page` (index.html by default) makes a first visit load. */
export function firstLoadFiles(dir, page = 'index.html') {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const refs = new Set([page]);
  // Links a browser fetches on load; not e.g. apple-touch-icon, which only
  // an iOS home-screen install asks for.
  for (const [tag] of html.matchAll(/<link [^>]*>/g)) {
    const rel = tag.match(/rel="([^"]+)"/)?.[1];
    const href = tag.match(/href="([^"]+)"/)?.[1];
    if (href && ['stylesheet', 'icon', 'manifest', 'modulepreload', 'preload'].includes(rel)) refs.add(href);
  }
  for (const [, ref] of html.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) refs.add(ref);
  // The wasm the loader compiles.
  for (const [, ref] of html.matchAll(/'(\.\/[^'\s]+\.wasm)'/g)) refs.add(ref);
  return [...refs]
    .map((ref) => ref.replace(/^\.\//, ''))
    .filter((ref) => !/^[a-z]+:/i.test(ref) && fs.existsSync(path.join(dir, ref)))
    .sort();
}

export function firstLoadGzip(dir, page = 'index.html') {
  const files = firstLoadFiles(dir, page).map((file) => ({ file, gzip: gzipSize(fs.readFileSync(path.join(dir, file))) }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}
