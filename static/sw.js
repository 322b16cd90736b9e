// Service worker of the Value Governance Explorer (template).
// The build (.ci/hooks/post_build.mjs) fills in BUILD_ID and PRECACHE from
// the files it produced and writes the result to dist/sw.js, so every release
// has a new worker, a new cache, and a precache list nobody maintains by hand.
//
// - install: precache every file the learners' pages need (bypassing the
//   HTTP cache), and the teacher page's files (TEACHER) where an older
//   worker kept them; the new worker then waits until the page asks it to
//   take over.
// - message `vge-keep-teacher-page` (from the page for teachers): keep
//   TEACHER too, so that page works offline after a teacher's first visit
//   without every learner's first visit fetching its wasm.
// - activate: delete this app's caches from older builds (same scope only).
// - fetch: inside the scope, navigations get the cached page and assets come
//   from the cache first; anything else is left to the network untouched.
const BUILD_ID = '__BUILD_ID__';
const PRECACHE = __PRECACHE__;
const TEACHER = __TEACHER__;

const SCOPE = self.registration.scope;
const CACHE_PREFIX = `value-governance-explorer|${SCOPE}|`;
const CACHE = CACHE_PREFIX + BUILD_ID;
const PAGE = new URL('index.html', SCOPE).href;

const fresh = (path) => new Request(new URL(path, SCOPE), { cache: 'reload' });

/** Adds to this build's cache the files of TEACHER it lacks. */
function keepTeacherPage() {
  return caches.open(CACHE).then((cache) => Promise.all(TEACHER.map((path) =>
    cache.match(new URL(path, SCOPE)).then((kept) => kept || cache.add(fresh(path))))));
}

/** Whether an older build's cache kept the page for teachers. */
function teacherPageKept() {
  if (TEACHER.length === 0) return Promise.resolve(false);
  return caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
      .map((key) => caches.open(key).then((cache) => cache.keys())
        .then((requests) => requests.some((request) => request.url.endsWith(`/${TEACHER.find((path) => path.endsWith('.html'))}`))))))
    .then((found) => found.some(Boolean));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map(fresh)))
      .then(teacherPageKept)
      .then((kept) => (kept ? keepTeacherPage() : undefined)),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'vge-skip-waiting') self.skipWaiting();
  if (event.data && event.data.type === 'vge-keep-teacher-page') event.waitUntil(keepTeacherPage());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate' && (path === SCOPE || path === PAGE)) {
    event.respondWith(caches.open(CACHE)
      .then((cache) => cache.match(PAGE))
      .then((cached) => cached || fetch(request)));
    return;
  }
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((cached) => cached || fetch(request)));
});
