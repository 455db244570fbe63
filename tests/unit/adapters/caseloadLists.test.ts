import { caseloadEntries, caseloadMember, idOfMember } from '../../../shared/adapters/mongo/caseloadLists';

const person = (lastName: string, firstName: string, id: string, referentAdviserId: string | null = 'adviser-1') => ({
  id,
  organizationId: 'structure-1',
  referentAdviserId,
  contact: { firstName, lastName },
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

  it('put a person in their structure’s list and their referent’s, and only the structure’s without one', () => {
    expect(caseloadEntries(person('Benali', 'Samia', 'p1')).map((entry) => entry.list)).toEqual([
      'c:{structure-1}',
      'c:{structure-1}:referent:adviser-1',
    ]);
    expect(caseloadEntries(person('Benali', 'Samia', 'p1', null)).map((entry) => entry.list)).toEqual([
      'c:{structure-1}',
    ]);
  });
});
