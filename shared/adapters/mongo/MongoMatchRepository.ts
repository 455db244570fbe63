import { Types, type Connection, type Model } from 'mongoose';
import type { PageRequest } from '../../domain/common/page';
import { ValidationError } from '../../domain/errors';
import type { Match } from '../../domain/pipeline/match';
import type { MatchFilter, MatchRepository, NewMatch } from '../../ports/MatchRepository';
import { isDuplicateKeyError } from './isDuplicateKeyError';
import { matchModel, type MatchDocument } from './matchModel';

function toMatch(document: MatchDocument): Match {
  const { _id, pairKey: _pairKey, ...rest } = document;
  // Matches written before proposals kept what they showed have no such field.
  return { ...rest, sharedProfile: rest.sharedProfile ?? null, id: _id };
}

function toQuery(filter: MatchFilter): Record<string, unknown> {
  return {
    ...(filter.offerOrganizationId ? { offerOrganizationId: filter.offerOrganizationId } : {}),
    ...(filter.candidateOrganizationId ? { candidateOrganizationId: filter.candidateOrganizationId } : {}),
    ...(filter.offerId ? { offerId: filter.offerId } : {}),
    ...(filter.candidateId ? { candidateId: filter.candidateId } : {}),
    ...(filter.candidateIds ? { candidateId: { $in: filter.candidateIds } } : {}),
    ...(filter.statuses ? { status: { $in: filter.statuses } } : {}),
    ...(filter.proposedOnly ? { proposedAt: { $ne: null } } : {}),
  };
}

export class MongoMatchRepository implements MatchRepository {
  private readonly matches: Model<MatchDocument>;

  constructor(connection: Connection) {
    this.matches = matchModel(connection);
  }

  async ensureIndexes(): Promise<void> {
    await this.matches.createIndexes();
  }

  async create(match: NewMatch): Promise<Match | null> {
    const document: MatchDocument = {
      ...match,
      _id: new Types.ObjectId().toHexString(),
      pairKey: `${match.offerId}:${match.candidateId}`,
      history: [],
      version: 1,
      updatedAt: match.createdAt,
    };
    try {
      await this.matches.create(document);
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
    return toMatch(document);
  }

  async findById(id: string): Promise<Match | null> {
    const document = await this.matches.findById(id).lean<MatchDocument>();
    return document ? toMatch(document) : null;
  }

  async findByPair(offerId: string, candidateId: string): Promise<Match | null> {
    const document = await this.matches.findOne({ pairKey: `${offerId}:${candidateId}` }).lean<MatchDocument>();
    return document ? toMatch(document) : null;
  }

  async save(match: Match, expectedVersion: number): Promise<boolean> {
    const { id, ...rest } = match;
    const result = await this.matches.replaceOne(
      { _id: id, version: expectedVersion },
      { ...rest, _id: id, pairKey: `${match.offerId}:${match.candidateId}`, version: expectedVersion + 1 },
    );
    return result.modifiedCount === 1;
  }

  async list(filter: MatchFilter, page: PageRequest): Promise<Match[]> {
    if (page.after !== undefined && !/^[0-9a-f]{24}$/.test(page.after)) {
      throw new ValidationError('Curseur invalide.', [{ field: 'after', reason: 'curseur de pagination inconnu' }]);
    }
    const documents = await this.matches
      .find({ ...toQuery(filter), ...(page.after ? { _id: { $gt: page.after } } : {}) })
      .sort({ _id: 1 })
      .limit(page.limit)
      .lean<MatchDocument[]>();
    return documents.map(toMatch);
  }

  async listAll(filter: MatchFilter): Promise<Match[]> {
    return (await this.matches.find(toQuery(filter)).lean<MatchDocument[]>()).map(toMatch);
  }

  async listUpdatedSince(date: Date): Promise<Match[]> {
    return (await this.matches.find({ updatedAt: { $gte: date } }).lean<MatchDocument[]>()).map(toMatch);
  }

  async deleteForCandidate(candidateId: string): Promise<void> {
    await this.matches.deleteMany({ candidateId });
  }

  async listProposedBefore(date: Date): Promise<Match[]> {
    const documents = await this.matches
      .find({ status: 'proposed', proposedAt: { $lte: date } })
      .lean<MatchDocument[]>();
    return documents.map(toMatch);
  }
}
