import { Types } from 'mongoose';
import { ValidationError } from '../../domain/errors';

/** Cursor pagination on _id: the cursor is the last id of the previous page. */
export function afterCursor(after: string | undefined): Record<string, unknown> {
  return after === undefined ? {} : { _id: { $gt: new Types.ObjectId(checkedCursor(after)) } };
}

/** A page's cursor (the id of the previous page's last item), refused when it is no id. */
export function checkedCursor<T extends string | undefined>(after: T): T {
  if (after !== undefined && !Types.ObjectId.isValid(after)) {
    throw new ValidationError('Curseur invalide.', [{ field: 'after', reason: 'curseur de pagination inconnu' }]);
  }
  return after;
}

/** An id that is not an ObjectId cannot name any document: callers answer 404 rather than 500. */
export function toObjectIdOrNull(id: string): Types.ObjectId | null {
  return Types.ObjectId.isValid(id) && /^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : null;
}

/** The filter of a tenant-owned document: this id in that organisation; null when either id cannot exist. */
export function inOrganization(
  organizationId: string,
  id: string,
): { _id: Types.ObjectId; organizationId: Types.ObjectId } | null {
  const _id = toObjectIdOrNull(id);
  const organization = toObjectIdOrNull(organizationId);
  return _id && organization ? { _id, organizationId: organization } : null;
}
