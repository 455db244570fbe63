/** France Travail's job repertory (ROME v3): a code groups job titles (appellations). */
export interface Rome {
  code: string;
  label: string;
  /** e.g. N41 "Conduite de véhicules" */
  domaineProfessionnel: { code: string; label: string };
  /** One letter, e.g. N "Transport et logistique" */
  grandDomaine: { code: string; label: string };
  /** The ISCO-08 unit group France Travail maps the code to (4 digits), when known: job proximity reads it. */
  iscoCode?: string | null;
}

export interface Appellation {
  /** France Travail's OGR code of the job title. */
  code: string;
  label: string;
  romeCode: string;
}

export interface RomeCatalog {
  romes: ReadonlyMap<string, Rome>;
  appellations: ReadonlyMap<string, Appellation>;
}

export const romeCodePattern = /^[A-N]\d{4}$/;

export function buildRomeCatalog(romes: Rome[], appellations: Appellation[]): RomeCatalog {
  const romesByCode = new Map(romes.map((rome) => [rome.code, rome]));
  const unknown = appellations.filter((appellation) => !romesByCode.has(appellation.romeCode));
  if (unknown.length > 0) {
    throw new Error(
      `appellations with an unknown ROME code: ${unknown
        .slice(0, 5)
        .map((a) => `${a.code}→${a.romeCode}`)
        .join(', ')}`,
    );
  }
  return {
    romes: romesByCode,
    appellations: new Map(appellations.map((appellation) => [appellation.code, appellation])),
  };
}
