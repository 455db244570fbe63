import type { CandidateProfile } from '../../../shared/domain/candidates/candidateProfile';
import { candidatesIndex, toCandidateSearchDocument } from '../../../shared/ports/searchIndexes/candidatesIndex';

const place = {
  inseeCode: '59512',
  name: 'Roubaix',
  postalCode: '59100',
  departmentCode: '59',
  location: { lat: 50.69, lng: 3.18 },
  approximate: false,
};

const profile: CandidateProfile = {
  id: '6561f0c2a1b2c3d4e5f60718',
  organizationId: '6561f0c2a1b2c3d4e5f60719',
  referentAdviserId: '6561f0c2a1b2c3d4e5f6071a',
  externalRef: 'DOSSIER-12',
  contact: { firstName: 'Samia', lastName: 'Benali', email: 'samia@example.test', mobile: '+33612345678' },
  homeCommune: place,
  desiredJobs: [
    {
      appellationCode: null,
      romeCode: 'N4101',
      label: 'Conduite de transport de marchandises',
      sector: 'transport_logistics',
    },
  ],
  desiredSectors: ['transport_logistics'],
  acceptedContractTypes: ['cdi'],
  skills: ['Arrimage'],
  experiences: [{ romeCode: 'N4101', label: 'Conduite', months: 12 }],
  qualificationLevel: 3,
  certifications: ['PERMIS_C'],
  languages: [{ code: 'fr', level: 'native' }],
  mobility: { maxDistanceKm: 25, transportModes: ['car'], hasVehicle: true },
  availability: { from: null, workingTime: 'full_time', schedules: ['day'], earliestStartHour: 6, latestEndHour: 20 },
  workConstraints: ['heavy_lifting'],
  status: 'active',
  consent: { shareWithEmployers: true, recordedBy: 'u', recordedAt: new Date('2026-11-01') },
  lastProposedAt: null,
  version: 3,
  createdAt: new Date('2026-11-01'),
  updatedAt: new Date('2026-11-02'),
};

describe('the candidate search document', () => {
  it('holds exactly the fields of the index definition, and no contact, reference or commune identity', () => {
    const document = toCandidateSearchDocument(profile);

    expect(Object.keys(document).sort()).toEqual(['id', ...Object.keys(candidatesIndex.fields)].sort());
    const serialized = JSON.stringify(document);
    for (const personal of [
      'Samia',
      'Benali',
      'samia@example.test',
      '+33612345678',
      'DOSSIER-12',
      'Roubaix',
      '59512',
      '59100',
    ]) {
      expect(serialized).not.toContain(personal);
    }
  });

  it('declares no field for contact data, barriers, notes or protected criteria', () => {
    const forbidden = new Set([
      'name',
      'contact',
      'email',
      'mobile',
      'phone',
      'barriers',
      'notes',
      'birth',
      'age',
      'sex',
      'gender',
      'nationality',
      'health',
      'handicap',
      'rqth',
      'rsa',
      'benefits',
      'family',
      'photo',
    ]);
    const words = (field: string) => field.split(/(?=[A-Z])/).map((word) => word.toLowerCase());

    expect(
      Object.keys(candidatesIndex.fields).filter((field) => words(field).some((word) => forbidden.has(word))),
    ).toEqual([]);
  });
});
