/**
 * The caseload's lists beside the database (IdLists): a structure's people and each referent's,
 * in the order of the caseload page (last name, first name, then id, compared byte by byte as the
 * database's sort compares them), so that the unfiltered pages an adviser opens first, and their
 * totals, read no collection. Members are `lastName NUL firstName NUL id`.
 */
export const caseloadListsFamily = 'caseload';

interface Listed {
  id: string;
  organizationId: string;
  referentAdviserId: string | null;
  contact: { firstName: string; lastName: string };
}

export const structureCaseload = (organizationId: string) => `c:{${organizationId}}`;
export const referentCaseload = (organizationId: string, adviserId: string) =>
  `c:{${organizationId}}:referent:${adviserId}`;

export function caseloadMember(person: Listed): string {
  return `${person.contact.lastName}\u0000${person.contact.firstName}\u0000${person.id}`;
}

export function idOfMember(member: string): string {
  return member.slice(member.lastIndexOf('\u0000') + 1);
}

/** The lists the person is in, each with the member that stands for them. */
export function caseloadEntries(person: Listed): { list: string; member: string }[] {
  const member = caseloadMember(person);
  return [
    { list: structureCaseload(person.organizationId), member },
    ...(person.referentAdviserId
      ? [{ list: referentCaseload(person.organizationId, person.referentAdviserId), member }]
      : []),
  ];
}
