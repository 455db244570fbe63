import { ValidationError } from '../errors';
import type { RomeCatalog } from './rome';
import { sectorOfRome, type Sector } from './sectors';

/** A job as offers and desired jobs name it: a ROME appellation, or only a ROME code. */
export interface JobDesignation {
  appellationCode: string | null;
  romeCode: string;
  /** The appellation's label, or the ROME label when no appellation was given. */
  label: string;
  sector: Sector;
}

export interface JobDesignationInput {
  appellationCode?: string | undefined;
  romeCode?: string | undefined;
}

/** Checks the codes against the repertory; the appellation decides the ROME code when both are given. */
export function designateJob(catalog: RomeCatalog, input: JobDesignationInput, fieldPath: string): JobDesignation {
  if (input.appellationCode) {
    const appellation = catalog.appellations.get(input.appellationCode);
    const rome = appellation && catalog.romes.get(appellation.romeCode);
    if (!appellation || !rome) {
      throw invalid(`${fieldPath}.appellationCode`, `appellation ROME inconnue : ${input.appellationCode}`);
    }
    if (input.romeCode && input.romeCode !== rome.code) {
      throw invalid(`${fieldPath}.romeCode`, `l’appellation ${appellation.label} relève du code ROME ${rome.code}`);
    }
    return {
      appellationCode: appellation.code,
      romeCode: rome.code,
      label: appellation.label,
      sector: sectorOfRome(rome),
    };
  }
  const rome = input.romeCode ? catalog.romes.get(input.romeCode) : undefined;
  if (!rome) {
    throw invalid(
      `${fieldPath}.${input.romeCode ? 'romeCode' : 'appellationCode'}`,
      input.romeCode ? `code ROME inconnu : ${input.romeCode}` : 'indiquez une appellation ou un code ROME',
    );
  }
  return { appellationCode: null, romeCode: rome.code, label: rome.label, sector: sectorOfRome(rome) };
}

function invalid(field: string, reason: string): ValidationError {
  return new ValidationError('Métier inconnu du répertoire ROME.', [{ field, reason }]);
}
