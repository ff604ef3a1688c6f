import mongoose from 'mongoose';

/**
 * Opens the database of one subgraph of a test platform for setup that no
 * page or mutation offers, runs `work` on it and closes the connection.
 */
export async function withSubgraphDatabase<T>(
  dbPrefix: string,
  subgraph: string,
  work: (db: mongoose.mongo.Db) => Promise<T>,
): Promise<T> {
  const uri = process.env.MONGODB_URI;
  if (!uri)
    throw new Error(
      'MONGODB_URI is not set; the vitest global setup starts the test database.',
    );
  const connection = await mongoose
    .createConnection(uri, { dbName: `${dbPrefix}ykb_${subgraph}` })
    .asPromise();
  try {
    return await work(connection.db!);
  } finally {
    await connection.close();
  }
}
