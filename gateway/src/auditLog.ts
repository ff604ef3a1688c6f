import mongoose, { type Connection } from 'mongoose';
import {
  auditDatabaseName,
  createAuditLog,
  type AuditLog,
  type Logger,
} from '@ykb/common';

/** The gateway's audit log and the connection it writes over. */
export interface GatewayAuditLog {
  audit: AuditLog;
  connection: Connection;
}

/**
 * Opens the connection of the platform's audit log when MONGODB_URI is set.
 * Operations wait for the connection, so the gateway starts without waiting
 * for the database.
 */
export function openAuditLog(log: Logger): GatewayAuditLog | undefined {
  const uri = process.env.MONGODB_URI;
  if (!uri) return undefined;
  const connection = mongoose.createConnection(uri, {
    dbName: auditDatabaseName(),
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: 10000,
  });
  connection
    .asPromise()
    .catch((err: unknown) =>
      log.error({ err }, 'audit database unreachable from the gateway'),
    );
  return { audit: createAuditLog(connection, 'gateway', log), connection };
}
