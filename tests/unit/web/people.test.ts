import { searchCertifications } from '../../../services/web/src/people/certificationSearch';
import { exportFileName } from '../../../services/web/src/people/exportFile';
import type { Candidate } from '../../../services/web/src/people/labels';
import {
  caseloadQuery,
  filtersFromParams,
  pageCount,
  paramsFromFilters,
} from '../../../services/web/src/people/peopleFilters';
import {
  checkPerson,
  emptyPerson,
  fromCandidate,
  toCandidateChanges,
  toNewCandidate,
  type PersonFormValues,
} from '../../../services/web/src/people/personForm';

const lille = { inseeCode: '59350', name: 'Lille', postalCode: '59000' };
const cariste = { appellationCode: '11573', romeCode: 'N1101', label: 'Cariste', romeLabel: 'Conduite d’engins' };

const aPerson = (changes: Partial<PersonFormValues> = {}): PersonFormValues => ({
  ...emptyPerson,
  firstName: 'Samia',
  lastName: 'Benali',
  mobile: '06 12 34 56 78',
  commune: lille,
  communeText: 'Lille (59000)',
  desiredJobs: [cariste],
  ...changes,
});

const aCandidate = (changes: Partial<Candidate> = {}): Candidate => ({
  id: '0123456789abcdef01234567',
  organizationId: 'o',
  referentAdviserId: 'a',
  externalRef: null,
  contact: { firstName: 'Samia', lastName: 'Benali', email: null, mobile: '0612345678' },
  homeCommune: { ...lille, departmentCode: '59', location: { lat: 50.6, lng: 3.06 }, approximate: false },
  desiredJobs: [{ appellationCode: '11573', romeCode: 'N1101', label: 'Cariste', sector: 'transport_logistics' }],
  desiredSectors: [],
  acceptedContractTypes: ['cdi'],
  skills: ['Conduite de chariot'],
  experiences: [{ romeCode: 'N1103', label: 'Magasinage', months: 18 }],
  qualificationLevel: 3,
  certifications: ['CACES_R489_1A'],
  languages: [{ code: 'fr', level: 'native' }],
  mobility: { maxDistanceKm: 25, transportModes: ['public_transport'], hasVehicle: false },
  availability: {
    from: '2026-12-14T00:00:00.000Z',
    workingTime: 'full_time',
    schedules: ['day', 'shifts'],
    earliestStartHour: 6.5,
    latestEndHour: null,
  },
  workConstraints: ['heavy_lifting'],
  status: 'active',
  consent: { shareWithEmployers: true, recordedBy: 'a', recordedAt: '2026-11-02T09:00:00.000Z' },
  lastProposedAt: null,
  version: 3,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  ...changes,
});

describe('the person form’s values and the API bodies', () => {
  it('sends a new person with the chosen commune and job by code, empty texts as null, and the consent when ticked', () => {
    const body = toNewCandidate(aPerson({ consent: true, skills: 'Cariste\n\n relation client ; tri', email: ' ' }));

    expect(body.contact).toEqual({ firstName: 'Samia', lastName: 'Benali', email: null, mobile: '06 12 34 56 78' });
    expect(body.homeCommune).toEqual({ inseeCode: '59350' });
    expect(body.desiredJobs).toEqual([{ appellationCode: '11573', romeCode: 'N1101' }]);
    expect(body.skills).toEqual(['Cariste', 'relation client', 'tri']);
    expect(body.mobility.maxDistanceKm).toBe(20);
    expect(body.availability).toEqual({
      from: null,
      workingTime: 'either',
      schedules: ['day'],
      earliestStartHour: null,
      latestEndHour: null,
    });
    expect(body.shareWithEmployers).toBe(true);
  });

  it('records no answer about sharing when the box is not ticked on a creation', () => {
    expect(toNewCandidate(aPerson())).not.toHaveProperty('shareWithEmployers');
  });

  it('reads a stored profile back into the form, hours as times and the day of availability', () => {
    const values = fromCandidate(aCandidate());

    expect(values.communeText).toBe('Lille (59000)');
    expect(values.experiences).toEqual([
      { job: { appellationCode: null, romeCode: 'N1103', label: 'Magasinage' }, jobText: 'Magasinage', months: '18' },
    ]);
    expect(values.availableFrom).toBe('2026-12-14');
    expect(values.earliestStartTime).toBe('06:30');
    expect(values.latestEndTime).toBe('');
    expect(values.qualificationLevel).toBe('3');
    expect(values.consent).toBe(true);
  });

  it('gives back the same profile when nothing is changed, without re-dating the consent', () => {
    const candidate = aCandidate();

    const changes = toCandidateChanges(fromCandidate(candidate), candidate);

    expect(changes).not.toHaveProperty('shareWithEmployers');
    expect(changes.experiences).toEqual([{ romeCode: 'N1103', months: 18 }]);
    expect(changes.availability).toEqual({
      from: '2026-12-14',
      workingTime: 'full_time',
      schedules: ['day', 'shifts'],
      earliestStartHour: 6.5,
      latestEndHour: null,
    });
    expect(changes.qualificationLevel).toBe(3);
  });

  it('sends the consent when the adviser withdraws it', () => {
    const candidate = aCandidate();

    expect(toCandidateChanges({ ...fromCandidate(candidate), consent: false }, candidate).shareWithEmployers).toBe(
      false,
    );
  });

  it('asks for the choices an autocomplete must make and for numbers, under the API’s paths', () => {
    const problems = checkPerson(
      aPerson({
        commune: null,
        desiredJobs: [],
        maxDistanceKm: 'loin',
        experiences: [{ job: null, jobText: 'cari', months: 'deux' }],
      }),
    );

    expect(Object.keys(problems).sort()).toEqual([
      'desiredJobs',
      'experiences.0.months',
      'experiences.0.romeCode',
      'homeCommune',
      'mobility.maxDistanceKm',
    ]);
    expect(checkPerson(aPerson())).toEqual({});
  });
});

describe('the people list’s filters in the URL', () => {
  it('reads back what it wrote, in French words, leaving the defaults out', () => {
    const filters = {
      scope: 'organization' as const,
      q: 'Benali',
      status: 'active' as const,
      sector: 'construction' as const,
      consent: 'given' as const,
      hasSuggestions: true,
      waitingForAnswer: false,
      page: 3,
    };

    const params = paramsFromFilters(filters);

    expect(params.toString()).toBe(
      'vue=organisation&q=Benali&statut=active&secteur=construction&consentement=oui&suggestions=oui&page=3',
    );
    expect(filtersFromParams(params)).toEqual(filters);
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams())).toString()).toBe('');
  });

  it('ignores what it does not know, and a page that is not one', () => {
    const filters = filtersFromParams(new URLSearchParams('statut=perdu&secteur=lune&page=-2&consentement=peut-etre'));

    expect(filters).toMatchObject({ scope: 'mine', status: '', sector: '', consent: '', page: 1 });
  });

  it('turns the filters into the caseload query, with the offset of the page', () => {
    const filters = filtersFromParams(new URLSearchParams('q=sam&attente=oui&page=2&consentement=non'));

    expect(caseloadQuery(filters)).toEqual({
      scope: 'mine',
      q: 'sam',
      consent: 'not_given',
      waitingForAnswer: 'true',
      limit: 20,
      offset: 20,
    });
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41)).toBe(3);
  });
});

describe('the people pages’ small helpers', () => {
  it('finds certifications by the start of any word of their label or code, leaving out those chosen', () => {
    const catalogue = [
      { code: 'PERMIS_B', label: 'Permis B' },
      { code: 'PERMIS_C', label: 'Permis C' },
      { code: 'CACES_R489_1A', label: 'CACES R489 catégorie 1A' },
    ];

    expect(searchCertifications(catalogue, 'permis', ['PERMIS_B']).map((item) => item.code)).toEqual(['PERMIS_C']);
    expect(searchCertifications(catalogue, 'caces r489', []).map((item) => item.code)).toEqual(['CACES_R489_1A']);
    expect(searchCertifications(catalogue, '  ', [])).toEqual([]);
  });

  it('names an export file after the person and the day, without accents', () => {
    expect(exportFileName({ firstName: 'Élodie', lastName: 'N’Diaye' }, new Date('2026-12-01T10:00:00Z'))).toBe(
      'passerelle-export-elodie-n-diaye-2026-12-01.json',
    );
  });
});
