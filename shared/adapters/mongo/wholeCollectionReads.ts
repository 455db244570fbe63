import type { Connection } from 'mongoose';

/**
 * Which database commands read a whole collection on the embedded default, FerretDB 1.24's
 * SQLite backend (read in its source, internal/backends/sqlite/collection.go): it hands SQLite a
 * filter only when the filter is exactly `{ _id: <string or ObjectId> }`, and a limit only when
 * nothing is left to filter or sort in Go. Every other find, count, aggregation, update or deletion
 * decodes the collection's rows one by one (a filtered find with a limit may stop early, when its
 * matches come first). On MongoDB the same commands use the declared indexes; what is cheap here is
 * cheap there too.
 *
 * Benchmarks and tests watch the commands a request or a job sends (`watchWholeCollectionReads`) and
 * fail or report when one reads a whole collection.
 */

type CommandDocument = Record<string, unknown>;

export interface WholeCollectionRead {
  collection: string;
  command: string;
  /** The filter as sent (for a report). */
  filter: unknown;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isIdValue(value);

function isIdValue(value: unknown): boolean {
  if (typeof value === 'string') return true;
  // An ObjectId (the driver's class, as sent in a command).
  return typeof value === 'object' && value !== null && (value as { _bsontype?: unknown })._bsontype === 'ObjectId';
}

/** Exactly `{ _id: <string or ObjectId> }`: the one filter the SQLite backend looks up by key. */
export function isReadByKey(filter: unknown): boolean {
  if (!isPlainObject(filter)) return false;
  const keys = Object.keys(filter);
  return keys.length === 1 && keys[0] === '_id' && isIdValue(filter._id);
}

const isEmpty = (value: unknown) => value === undefined || (isPlainObject(value) && Object.keys(value).length === 0);

/** The filters a command reads its collection with, one per statement; null: it reads nothing. */
function filtersOf(name: string, command: CommandDocument): { filter: unknown; limited: boolean }[] | null {
  switch (name) {
    case 'find': {
      const limited = typeof command.limit === 'number' && command.limit > 0;
      const naturalOrNone =
        isEmpty(command.sort) || (isPlainObject(command.sort) && Object.keys(command.sort).join() === '$natural');
      return [{ filter: command.filter ?? {}, limited: limited && naturalOrNone }];
    }
    case 'count':
      return [{ filter: command.query ?? {}, limited: false }];
    case 'distinct':
      return [{ filter: command.query ?? {}, limited: false }];
    case 'aggregate':
      return [{ filter: 'pipeline', limited: false }];
    case 'findAndModify':
      return [{ filter: command.query ?? {}, limited: false }];
    case 'update':
      return ((command.updates as { q?: unknown }[] | undefined) ?? []).map((statement) => ({
        filter: statement.q ?? {},
        limited: false,
      }));
    case 'delete':
      return ((command.deletes as { q?: unknown; limit?: number }[] | undefined) ?? []).map((statement) => ({
        filter: statement.q ?? {},
        limited: false,
      }));
    default:
      return null;
  }
}

/** The whole-collection reads of one command (none for inserts, reads by key and administration). */
export function wholeCollectionReadsOf(name: string, command: CommandDocument): WholeCollectionRead[] {
  const statements = filtersOf(name, command);
  if (!statements) return [];
  const collection = String(command[name]);
  return statements
    .filter(({ filter, limited }) => !isReadByKey(filter) && !(limited && isEmpty(filter)))
    .map(({ filter }) => ({ collection, command: name, filter }));
}

export interface WholeCollectionReadWatch {
  /** The reads seen since the last call (or since the watch began), and forgets them. */
  take(): WholeCollectionRead[];
  stop(): void;
}

/**
 * Records the whole-collection reads the connection sends. Needs a connection opened with
 * `monitorCommands: true` (BuildOptions.monitorCommands).
 */
export function watchWholeCollectionReads(connection: Connection): WholeCollectionReadWatch {
  const client = connection.getClient();
  let seen: WholeCollectionRead[] = [];
  const listener = (event: { commandName: string; command: CommandDocument }) => {
    seen.push(...wholeCollectionReadsOf(event.commandName, event.command));
  };
  client.on('commandStarted', listener);
  return {
    take: () => {
      const taken = seen;
      seen = [];
      return taken;
    },
    stop: () => {
      client.off('commandStarted', listener);
    },
  };
}
