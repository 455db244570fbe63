import { existsSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { startChildService, type ChildService } from './childService';

export interface LocalFerretDb extends ChildService {
  url: string;
}

export const ferretDbBinary = resolve(__dirname, '../../.bin/ferretdb-embedded');

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolveReady) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveReady(true);
    });
    socket.once('error', () => resolveReady(false));
  });
}

/** The embedded FerretDB launcher built by infra/scripts/setup.sh (SQLite files under dataDir). */
export async function startFerretDb(port: number, dataDir: string): Promise<LocalFerretDb> {
  if (!existsSync(ferretDbBinary)) {
    throw new Error(`${ferretDbBinary} is missing: run \`npm run setup\` to build it`);
  }
  mkdirSync(dataDir, { recursive: true });
  const service = await startChildService(
    'ferretdb',
    ferretDbBinary,
    ['-listen', `127.0.0.1:${port}`, '-data-dir', dataDir],
    () => acceptsConnections(port),
  );
  return Object.assign(service, { url: `mongodb://127.0.0.1:${port}/` });
}
