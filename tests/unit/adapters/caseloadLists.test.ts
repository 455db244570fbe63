import {
  caseloadEntries,
  caseloadListsFor,
  caseloadMember,
  idOfMember,
  namesOfMember,
  referentFields,
} from '../../../shared/adapters/mongo/caseloadLists';
import { listMoves } from '../../../shared/adapters/mongo/listEntries';
import type { CandidateStatus } from '../../../shared/domain/candidates/candidateProfile';
import type { Sector } from '../../../shared/domain/reference/sectors';

const person = (lastName: string, firstName: string, id: string, referentAdviserId: string | null = 'adviser-1') => ({
  id,
  organizationId: 'structure-1',
  referentAdviserId,
  contact: { firstName, lastName },
  status: 'active' as CandidateStatus,
  desiredSectors: ['transport_logistics', 'construction'] as Sector[],
  consent: { shareWithEmployers: true },
});

describe('the caseload lists', () => {
  it('order people as the caseload page does: last name, first name, then id, byte by byte', () => {
    const people = [
      person('Benali', 'Samia', '665f00000000000000000003'),
      person('Ben', 'Yacine', '665f00000000000000000004'),
      person('Benali', 'Karim', '665f00000000000000000005'),
      person('Benali', 'Karim', '665f00000000000000000001'),
      person('Émile', 'Zoé', '665f00000000000000000002'),
    ];
    const byMember = people.map(caseloadMember).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const byDatabase = [...people]
      .sort(
        (a, b) =>
          Buffer.compare(Buffer.from(a.contact.lastName), Buffer.from(b.contact.lastName)) ||
          Buffer.compare(Buffer.from(a.contact.firstName), Buffer.from(b.contact.firstName)) ||
          a.id.localeCompare(b.id),
      )
      .map(caseloadMember);
    expect(byMember).toEqual(byDatabase);
    expect(byMember.map(idOfMember)).toEqual([
      '665f00000000000000000004',
      '665f00000000000000000001',
      '665f00000000000000000005',
      '665f00000000000000000003',
      '665f00000000000000000002',
    ]);
  });

  it('put a person in their structure’s list, their referent’s, and those of their status, sectors and consent', () => {
    expect(caseloadEntries(person('Benali', 'Samia', 'p1')).map((entry) => entry.list)).toEqual([
      'c:{structure-1}',
      'c:{structure-1}:referent:adviser-1',
      'c:{structure-1}:status:active',
      'c:{structure-1}:sector:transport_logistics',
      'c:{structure-1}:sector:construction',
      'c:{structure-1}:consent:given',
    ]);
    const withoutReferentNorConsent = { ...person('Benali', 'Samia', 'p1', null), consent: null, desiredSectors: [] };
    expect(caseloadEntries(withoutReferentNorConsent).map((entry) => entry.list)).toEqual([
      'c:{structure-1}',
      'c:{structure-1}:status:active',
      'c:{structure-1}:consent:not-given',
    ]);
  });

  it('give each structure’s referents’ map a field per person who has a referent', () => {
    const people = [
      { ...person('Benali', 'Samia', 'p1'), organizationId: 'structure-1' },
      { ...person('Dubois', 'Karim', 'p2', 'adviser-2'), organizationId: 'structure-1' },
      { ...person('Nguyen', 'Lan', 'p3', null), organizationId: 'structure-1' },
      { ...person('Martin', 'Léa', 'p4'), organizationId: 'structure-2' },
    ];
    expect(referentFields(people)).toEqual(
      new Map([
        ['c:{structure-1}:referents', { p1: 'adviser-1', p2: 'adviser-2' }],
        ['c:{structure-2}:referents', { p4: 'adviser-1' }],
      ]),
    );
  });

  it('name, for each set of filters, the lists to meet, and the structure’s alone for none', () => {
    expect(caseloadListsFor('structure-1', {})).toEqual(['c:{structure-1}']);
    expect(
      caseloadListsFor('structure-1', {
        referentAdviserId: 'adviser-1',
        status: 'paused',
        sector: 'construction',
        consentGiven: false,
      }),
    ).toEqual([
      'c:{structure-1}:referent:adviser-1',
      'c:{structure-1}:sector:construction',
      'c:{structure-1}:status:paused',
      'c:{structure-1}:consent:not-given',
    ]);
  });

  it('move an edited person out of the lists they left and into the ones they joined, and nowhere else', () => {
    const before = person('Benali', 'Samia', 'p1');
    const after = { ...before, status: 'paused' as CandidateStatus, desiredSectors: ['construction'] as Sector[] };
    expect(listMoves(caseloadEntries(before), caseloadEntries(after))).toEqual({
      left: [
        { list: 'c:{structure-1}:status:active', member: caseloadMember(before) },
        { list: 'c:{structure-1}:sector:transport_logistics', member: caseloadMember(before) },
      ],
      joined: [{ list: 'c:{structure-1}:status:paused', member: caseloadMember(after) }],
    });
    const renamed = { ...before, contact: { firstName: 'Samia', lastName: 'Martin' } };
    const moves = listMoves(caseloadEntries(before), caseloadEntries(renamed));
    expect(moves.left).toHaveLength(6);
    expect(moves.joined.map((entry) => namesOfMember(entry.member))).toContainEqual({
      lastName: 'Martin',
      firstName: 'Samia',
    });
    expect(listMoves(caseloadEntries(before), caseloadEntries({ ...before }))).toEqual({ left: [], joined: [] });
  });
});
