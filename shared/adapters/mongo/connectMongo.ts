import mongoose, { type Connection } from 'mongoose';
import type { HealthCheck } from '../../ports/HealthCheck';

/** `monitorCommands`: the client emits each command it sends (wholeCollectionReads.ts watches them). */
export async function connectMongo(url: string, dbName: string, monitorCommands = false): Promise<Connection> {
  return mongoose
    .createConnection(url, {
      dbName,
      monitorCommands,
      // Fail a request quickly when the server is gone instead of buffering it for minutes.
      serverSelectionTimeoutMS: 5_000,
      bufferCommands: false,
    })
    .asPromise();
}

export function mongoHealthCheck(connection: Connection): HealthCheck {
  return {
    name: 'database',
    async check() {
      const db = connection.db;
      if (!db) throw new Error('not connected');
      await db.admin().ping();
    },
  };
}
