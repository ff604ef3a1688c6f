import mongoose, { type Connection } from 'mongoose';

/**
 * Opens the subgraph's own database on the server named by MONGODB_URI.
 * Each subgraph owns one database (ykb_<name>, with YKB_DB_PREFIX in front
 * when set, which tests use to isolate runs); no subgraph reads another's.
 */
export async function connectDatabase(subgraph: string): Promise<Connection> {
  const uri = process.env.MONGODB_URI;
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set; start the platform with `npm start` or export MONGODB_URI.',
    );
  const dbName = `${process.env.YKB_DB_PREFIX ?? ''}ykb_${subgraph}`;
  const connection = mongoose.createConnection(uri, {
    dbName,
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: 10000,
  });
  await connection.asPromise();
  return connection;
}

/** Creates every model's indexes; services call this before they report ready. */
export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await model.createCollection().catch((error: unknown) => {
      if ((error as { codeName?: string }).codeName !== 'NamespaceExists')
        throw error;
    });
    await model.createIndexes();
  }
}
