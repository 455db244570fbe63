import { Types, type Connection, type Model } from 'mongoose';
import type { User, UserRole } from '../../domain/accounts/user';
import { ConflictError } from '../../domain/errors';
import type { NewUser, UserRepository } from '../../ports/UserRepository';
import { checkedCursor, inOrganization, toObjectIdOrNull } from './cursorFilter';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { userModel, type UserDocument } from './userModel';
import { findEachScoped, findScoped } from './findScoped';
import { addEntries } from './listEntries';
import {
  emailBounds,
  idOfEmailMember,
  organizationMembers,
  userEntries,
  userListsFamily,
  usersByEmail,
} from './userLists';
import type { IdLists } from '../../ports/IdLists';

function toUser(doc: UserDocument): User {
  return {
    id: doc._id.toHexString(),
    organizationId: doc.organizationId.toHexString(),
    email: doc.email,
    displayName: doc.displayName,
    role: doc.role,
    passwordHash: doc.passwordHash,
    createdAt: doc.createdAt,
    deactivatedAt: doc.deactivatedAt ?? null,
  };
}

export class MongoUserRepository implements UserRepository {
  private readonly model: Model<UserDocument>;

  constructor(
    connection: Connection,
    private readonly lists: IdLists,
  ) {
    this.model = userModel(connection);
  }

  /** Creates the indexes declared on the schema (never drops any: that stays a deliberate migration). */
  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
    if (!(await this.lists.isBuilt(userListsFamily))) await this.rebuildLists();
  }

  /** Every account's lists from the collection (a process start that finds them missing). */
  async rebuildLists(): Promise<void> {
    for await (const doc of this.model.find({}).lean<UserDocument[]>().cursor({ batchSize: 500 })) {
      await addEntries(this.lists, userEntries(toUser(doc)));
    }
    await this.lists.markBuilt(userListsFamily);
  }

  async create(user: NewUser, createdAt: Date): Promise<User> {
    try {
      const created = await this.model.create({
        ...user,
        organizationId: new Types.ObjectId(user.organizationId),
        createdAt,
      });
      const stored = toUser(created.toObject());
      await addEntries(this.lists, userEntries(stored));
      return stored;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // The account exists; its lists may miss it (a write that stopped before them): listed now,
      // so that it can sign in. (A rare path: the query reads the collection.)
      const existing = await this.model.findOne({ email: user.email }).lean<UserDocument>();
      if (existing) await addEntries(this.lists, userEntries(toUser(existing)));
      throw new ConflictError('Un compte existe déjà avec cette adresse e-mail.');
    }
  }

  /** From the by-address list, then by key: sign-in reads no collection. */
  async findByEmail(email: string): Promise<User | null> {
    const members = await this.lists.between(usersByEmail, emailBounds(email), 5);
    for (const member of members) {
      const doc = await this.model.findById(idOfEmailMember(member)).lean<UserDocument>();
      if (doc?.email === email) return toUser(doc);
    }
    return null;
  }

  async findInOrganization(organizationId: string, userId: string): Promise<User | null> {
    const scope = inOrganization(organizationId, userId);
    if (!scope) return null;
    const doc = await findScoped<UserDocument>(this.model, scope);
    return doc ? toUser(doc) : null;
  }

  async listInOrganization(organizationId: string, page: { limit: number; after?: string }): Promise<User[]> {
    const organization = toObjectIdOrNull(organizationId);
    if (!organization) return [];
    const ids = await this.lists.oldest(organizationMembers(organizationId), {
      ...page,
      after: checkedCursor(page.after),
    });
    return (await findEachScoped<UserDocument>(this.model, ids, { organizationId: organization })).map(toUser);
  }

  async rememberDevice(userId: string, fingerprint: string): Promise<'first' | 'known' | 'new'> {
    if (!Types.ObjectId.isValid(userId)) return 'known';
    const before = await this.model
      .findOneAndUpdate(
        { _id: new Types.ObjectId(userId) },
        { $addToSet: { knownDevices: fingerprint } },
        // No projection: FerretDB 1.x does not implement one on findAndModify.
        { returnDocument: 'before' },
      )
      .lean<Pick<UserDocument, 'knownDevices'>>();
    const known = before?.knownDevices ?? [];
    if (known.length === 0) return 'first';
    return known.includes(fingerprint) ? 'known' : 'new';
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.model.updateOne({ _id: new Types.ObjectId(userId) }, { $set: { passwordHash } });
  }

  async setDeactivatedAt(organizationId: string, userId: string, deactivatedAt: Date | null): Promise<User | null> {
    const scope = inOrganization(organizationId, userId);
    // Checked after a read by key, then written by key (an account never changes organisation).
    if (!scope || !(await findScoped<UserDocument>(this.model, scope))) return null;
    const doc = await this.model
      .findByIdAndUpdate(scope._id, deactivatedAt ? { $set: { deactivatedAt } } : { $unset: { deactivatedAt: 1 } }, {
        returnDocument: 'after',
      })
      .lean<UserDocument>();
    return doc ? toUser(doc) : null;
  }

  async countWithRole(role: UserRole): Promise<number> {
    return this.model.countDocuments({ role });
  }
}
