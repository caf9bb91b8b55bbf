import { Store } from './dist/src/store/store.js';
const s = await Store.open({ dir: '.bench/web-store-4000' });
for (let i=0;i<4;i++){ let t=performance.now(); const r = await s.overview({}); const a=performance.now()-t; t=performance.now(); await s.counts(); const b=performance.now()-t; t=performance.now(); const n = await s.db.query('SELECT count(*) FROM events e'); console.log(Math.round(a), Math.round(b), Math.round(performance.now()-t), r.rows.length); }
await s.close();
