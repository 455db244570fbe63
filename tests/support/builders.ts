/**
 * Request bodies for offers and profiles, valid by default: a test states only what it is about
 * (`anOffer().inCommune({ postalCode: '62300' }).with({ weeklyHours: 60 }).build()`).
 */
type Body = Record<string, unknown>;

class BodyBuilder {
  constructor(protected body: Body) {}

  with(overrides: Body): this {
    this.body = { ...this.body, ...overrides };
    return this;
  }

  without(...fields: string[]): this {
    this.body = Object.fromEntries(Object.entries(this.body).filter(([key]) => !fields.includes(key)));
    return this;
  }

  build(): Body {
    return structuredClone(this.body);
  }
}

class OfferBuilder extends BodyBuilder {
  inCommune(commune: Body): this {
    return this.with({ location: { commune } });
  }

  forJob(job: Body): this {
    return this.with({ job });
  }
}

class CandidateBuilder extends BodyBuilder {
  livingIn(commune: Body): this {
    return this.with({ homeCommune: commune });
  }

  consenting(share = true): this {
    return this.with({ shareWithEmployers: share });
  }
}

/** A heavy-goods driver job in Lille (ROME N4101, appellation 12784 "Conducteur / Conductrice de poids lourd"). */
export function anOffer(): OfferBuilder {
  return new OfferBuilder({
    title: 'Conducteur PL régional',
    job: { romeCode: 'N4101' },
    description: 'Livraisons régionales au départ de Lille, retour chaque soir.',
    requiredSkills: ['Conduite de poids lourd', 'Arrimage des charges'],
    requiredCertifications: ['PERMIS_C', 'FIMO_MARCHANDISES'],
    contractType: 'cdi',
    weeklyHours: 35,
    schedules: ['day'],
    location: { commune: { inseeCode: '59350' } },
  });
}

export function aCandidate(): CandidateBuilder {
  return new CandidateBuilder({
    contact: { firstName: 'Samia', lastName: 'Benali', email: 'samia.benali@example.test', mobile: '06 12 34 56 78' },
    homeCommune: { postalCode: '59100', name: 'Roubaix' },
    desiredJobs: [{ romeCode: 'N4101' }],
    acceptedContractTypes: ['cdi', 'cdd', 'interim'],
    skills: ['Conduite de poids lourd'],
    experiences: [{ romeCode: 'N4101', months: 18 }],
    qualificationLevel: 3,
    certifications: ['PERMIS_B', 'PERMIS_C'],
    mobility: { maxDistanceKm: 30, transportModes: ['car'], hasVehicle: true },
  });
}
