import type { Connection, Model } from 'mongoose';
import type { SuggestionSubject } from '../../domain/matching/suggestion';
import type { PipelinePairs } from '../../ports/PipelinePairs';
import { matchModel, type MatchDocument } from './matchModel';

export class MongoPipelinePairs implements PipelinePairs {
  private readonly matches: Model<MatchDocument>;

  constructor(connection: Connection) {
    this.matches = matchModel(connection);
  }

  async pairsOf(subject: SuggestionSubject): Promise<Set<string>> {
    const field = subject.entity === 'offer' ? 'offerId' : 'candidateId';
    const rows = await this.matches.find({ [field]: subject.id }, { pairKey: 1 }).lean<{ pairKey: string }[]>();
    return new Set(rows.map((row) => row.pairKey));
  }
}
