import type { Commune, CommunePlace, CommuneQuery, CommuneRecord, CommuneResolution } from './commune';
import { placeNameKey } from './placeName';

interface Entry {
  commune: Commune;
  key: string;
  population: number;
  parentInseeCode: string | null;
}

/** A former commune (déléguée, associée) is found under its own name and resolves to its parent. */
interface Alias {
  key: string;
  inseeCode: string;
  parent: Entry;
}

const inseeCodePattern = /^(\d{5}|2[AB]\d{3})$/;
const listedNames = 5;

/**
 * Every commune and municipal district of the official list, each with a location: its own
 * centre, or else the centre of the most populous commune sharing one of its postal codes
 * (marked approximate). Places that have neither (some overseas collectivities) are left out.
 */
export class CommuneDirectory {
  private readonly byCode = new Map<string, Entry>();
  private readonly byPostalCode = new Map<string, Entry[]>();
  private readonly byKey = new Map<string, Entry[]>();
  private readonly aliasesByCode = new Map<string, Alias>();
  private readonly aliasesByKey = new Map<string, Alias[]>();
  /** Most populous first: the order of suggestions. */
  private readonly ranked: Entry[];

  constructor(records: CommuneRecord[], departmentNames: Map<string, string>) {
    const places = records.filter((record) => record.kind !== 'former_commune');
    const centreByPostalCode = new Map<string, { centre: NonNullable<CommuneRecord['centre']>; population: number }>();
    for (const record of places) {
      if (!record.centre) continue;
      for (const postalCode of record.postalCodes) {
        const known = centreByPostalCode.get(postalCode);
        if (!known || (record.population ?? 0) > known.population) {
          centreByPostalCode.set(postalCode, { centre: record.centre, population: record.population ?? 0 });
        }
      }
    }
    for (const record of places) {
      const approximation = record.centre
        ? undefined
        : record.postalCodes.map((code) => centreByPostalCode.get(code)).find((found) => found !== undefined);
      const location = record.centre ?? approximation?.centre;
      if (!location) continue;
      const entry: Entry = {
        commune: {
          inseeCode: record.inseeCode,
          name: record.name,
          postalCodes: record.postalCodes,
          departmentCode: record.departmentCode,
          departmentName: departmentNames.get(record.departmentCode) ?? record.departmentCode,
          location,
          approximate: record.centre === null,
        },
        key: placeNameKey(record.name),
        population: record.population ?? 0,
        parentInseeCode: record.parentInseeCode,
      };
      this.byCode.set(record.inseeCode, entry);
      push(this.byKey, entry.key, entry);
      for (const postalCode of record.postalCodes) push(this.byPostalCode, postalCode, entry);
    }
    for (const record of records) {
      const parent =
        record.kind === 'former_commune' && record.parentInseeCode && this.byCode.get(record.parentInseeCode);
      if (!parent) continue;
      const alias: Alias = { key: placeNameKey(record.name), inseeCode: record.inseeCode, parent };
      // A commune déléguée may keep the code of the new commune: the code then names the new one.
      if (!this.byCode.has(record.inseeCode)) this.aliasesByCode.set(record.inseeCode, alias);
      if (alias.key !== parent.key) push(this.aliasesByKey, alias.key, alias);
    }
    this.ranked = [...this.byCode.values()].sort((a, b) => b.population - a.population);
  }

  get size(): number {
    return this.byCode.size;
  }

  find(inseeCode: string): Commune | null {
    return this.byCode.get(inseeCode.toUpperCase())?.commune ?? null;
  }

  resolve(query: CommuneQuery): CommuneResolution {
    const postalCode = query.postalCode?.trim() || undefined;
    const nameKey = query.name ? placeNameKey(query.name) : '';
    if (query.inseeCode) return this.resolveInseeCode(query.inseeCode.trim().toUpperCase(), postalCode);
    if (postalCode) return this.resolvePostalCode(postalCode, nameKey);
    if (nameKey) return this.resolveName(nameKey);
    return { problem: { field: 'name', reason: 'indiquez le code INSEE, le code postal ou le nom de la commune' } };
  }

  /** Suggestions for what a person is typing: a code, the start of a postal code, or a name. */
  search(text: string, limit: number): Commune[] {
    const query = text.trim();
    if (/^\d{2,5}$/.test(query) || /^2[AB]\d{0,3}$/i.test(query)) {
      const upper = query.toUpperCase();
      const byInsee = this.byCode.get(upper);
      const byPostal = this.ranked.filter((entry) => entry.commune.postalCodes.some((code) => code.startsWith(upper)));
      return unique([...(byInsee ? [byInsee] : []), ...byPostal])
        .slice(0, limit)
        .map((entry) => entry.commune);
    }
    const key = placeNameKey(query);
    if (!key) return [];
    const exact = this.byKey.get(key) ?? [];
    const prefixed = this.ranked.filter((entry) => entry.key.startsWith(key));
    const wordPrefixed = this.ranked.filter((entry) => entry.key.includes(` ${key}`));
    return unique([...exact, ...prefixed, ...wordPrefixed])
      .slice(0, limit)
      .map((entry) => entry.commune);
  }

  private resolveInseeCode(inseeCode: string, postalCode: string | undefined): CommuneResolution {
    if (!inseeCodePattern.test(inseeCode)) {
      return { problem: { field: 'inseeCode', reason: 'un code INSEE a 5 caractères (ex. 59350, 2A004)' } };
    }
    const entry = this.byCode.get(inseeCode);
    if (entry) return { place: toPlace(entry, postalCode, false) };
    const alias = this.aliasesByCode.get(inseeCode);
    if (alias) return { place: toPlace(alias.parent, postalCode, true) };
    return { problem: { field: 'inseeCode', reason: `aucune commune n’a le code INSEE ${inseeCode}` } };
  }

  private resolvePostalCode(postalCode: string, nameKey: string): CommuneResolution {
    const sharing = withoutParentsOfDistricts(this.byPostalCode.get(postalCode) ?? []);
    const [only] = sharing;
    if (!only) return { problem: { field: 'postalCode', reason: `aucune commune n’a le code postal ${postalCode}` } };
    if (nameKey) {
      const named = sharing.filter((entry) => entry.key === nameKey);
      if (named.length === 1 && named[0]) return { place: toPlace(named[0], postalCode, false) };
      const alias = (this.aliasesByKey.get(nameKey) ?? []).find((candidate) => sharing.includes(candidate.parent));
      if (alias) return { place: toPlace(alias.parent, postalCode, true) };
    }
    if (sharing.length === 1) return { place: toPlace(only, postalCode, false) };
    return {
      problem: {
        field: nameKey ? 'name' : 'postalCode',
        reason: `le code postal ${postalCode} est partagé par ${sharing.length} communes (${listNames(sharing)}) : précisez le nom`,
      },
    };
  }

  private resolveName(nameKey: string): CommuneResolution {
    const named = this.byKey.get(nameKey) ?? [];
    const aliases = (this.aliasesByKey.get(nameKey) ?? []).map((alias) => alias.parent);
    const [only] = named;
    if (named.length === 1 && only) return { place: toPlace(only, undefined, false) };
    if (named.length === 0 && aliases.length === 1 && aliases[0]) {
      return { place: toPlace(aliases[0], undefined, true) };
    }
    const homonyms = named.length > 0 ? named : aliases;
    if (homonyms.length === 0) return { problem: { field: 'name', reason: 'aucune commune ne porte ce nom' } };
    return {
      problem: {
        field: 'name',
        reason: `${homonyms.length} communes portent ce nom (${listNames(homonyms)}) : précisez le code postal ou le code INSEE`,
      },
    };
  }
}

function toPlace(entry: Entry, postalCode: string | undefined, viaFormerCommune: boolean): CommunePlace {
  const { commune } = entry;
  return {
    inseeCode: commune.inseeCode,
    name: commune.name,
    postalCode: postalCode && commune.postalCodes.includes(postalCode) ? postalCode : (commune.postalCodes[0] ?? null),
    departmentCode: commune.departmentCode,
    location: commune.location,
    approximate: commune.approximate || viaFormerCommune,
  };
}

/** Paris shares 75012 with its 12th arrondissement: the district is the more precise answer. */
function withoutParentsOfDistricts(entries: Entry[]): Entry[] {
  const parents = new Set(entries.map((entry) => entry.parentInseeCode).filter((code) => code !== null));
  return entries.filter((entry) => !parents.has(entry.commune.inseeCode));
}

function listNames(entries: Entry[]): string {
  const names = entries.slice(0, listedNames).map((entry) => `${entry.commune.name} ${entry.commune.inseeCode}`);
  return entries.length > listedNames ? `${names.join(', ')}…` : names.join(', ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
