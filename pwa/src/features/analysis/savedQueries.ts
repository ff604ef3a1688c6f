import {
  offlineDatabase,
  type SavedQuery,
} from '../../offline/offlineDatabase';

/** An analyst's saved GraphiQL queries, kept in IndexedDB per user. */
export async function listSavedQueries(userId: string): Promise<SavedQuery[]> {
  const db = await offlineDatabase();
  const range = IDBKeyRange.bound([userId, ''], [userId, '\uffff']);
  return db.getAll('savedQueries', range);
}

/** Saves a query under its name, replacing one of the same name. */
export async function saveQuery(query: SavedQuery): Promise<void> {
  const db = await offlineDatabase();
  await db.put('savedQueries', query);
}

export async function deleteSavedQuery(
  userId: string,
  name: string,
): Promise<void> {
  const db = await offlineDatabase();
  await db.delete('savedQueries', [userId, name]);
}
