import { launch } from './fixtures/browser.mjs';
import { StaticServer } from './fixtures/server.mjs';
const server = new StaticServer({ root: '/tmp/probe/d10' });
await server.start();
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('err', e.message));
const cdp = await context.newCDPSession(page);
async function cache() {
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const chunks = [];
  const h = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', h);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', h);
  const snap = JSON.parse(chunks.join(''));
  const m = snap.snapshot.meta; const nf = m.node_fields.length; const ef = m.edge_fields.length;
  const etypes = m.edge_types[0];
  const iSize = m.node_fields.indexOf('self_size'), iEdges = m.node_fields.indexOf('edge_count');
  let e = 0, size = 0; const N = snap.nodes.length / nf;
  for (let n = 0; n < N; n++) { const c = snap.nodes[n*nf+iEdges]; for (let j = e; j < e + c*ef; j += ef) if (etypes[snap.edges[j]] !== 'element' && etypes[snap.edges[j]] !== 'hidden' && snap.strings[snap.edges[j+1]] === 'smi_string_cache') size = snap.nodes[snap.edges[j+2] + iSize]; e += c*ef; }
  return `used ${used} cache ${size}`;
}
await page.goto(server.url + (process.argv[2] ?? ''), { waitUntil: 'load' });
await page.waitForFunction(() => window.__start);
await page.waitForTimeout(500);
console.log('instantiated, not started:', await cache());
if (typeof (await page.evaluate(() => typeof window.__start)) === 'function') await page.evaluate(() => window.__start());
await page.waitForTimeout(1000);
console.log('started:', await cache());
await browser.close(); await server.stop();
