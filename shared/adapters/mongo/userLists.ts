import type { ListEntry } from './listEntries';

/**
 * The users' lists beside the database (IdLists): an organisation's members (ids, time order) and
 * every account by e-mail address (members `email NUL id`, one per account, the address being
 * unique). What sign-in, the members' page and the dispatcher read instead of a query that reads
 * the users' collection.
 */
export const userListsFamily = 'users';

export const organizationMembers = (organizationId: string) => `u:{${organizationId}}`;
export const usersByEmail = 'u:by-email';

/** The bounds of the members standing for this address (NUL, then the id; `\u0001` comes next). */
export const emailBounds = (email: string) => ({ from: `${email}\u0000`, before: `${email}\u0001` });

export const idOfEmailMember = (member: string) => member.slice(member.lastIndexOf('\u0000') + 1);

export function userEntries(user: { id: string; organizationId: string; email: string }): ListEntry[] {
  return [
    { list: organizationMembers(user.organizationId), member: user.id },
    { list: usersByEmail, member: `${user.email}\u0000${user.id}` },
  ];
}
