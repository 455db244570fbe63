import type { IndexDefinition } from '../SearchEngine';
import { appellationsIndex } from './appellationsIndex';
import { candidatesIndex } from './candidatesIndex';
import { offersIndex } from './offersIndex';

/** Every index of the code: each process's engine knows them all, whichever process declared them first. */
export const searchIndexDefinitions: readonly IndexDefinition[] = [offersIndex, candidatesIndex, appellationsIndex];
