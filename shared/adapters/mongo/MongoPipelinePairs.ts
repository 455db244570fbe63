import type { Connection, Model } from 'mongoose';
import type { SuggestionSubject } from '../../domain/matching/suggestion';
import type { IdLists } from '../../ports/IdLists';
import type { PipelinePairs } from '../../ports/PipelinePairs';
import { candidateList, offerList } from './matchLists';
import { matchModel, type MatchDocument } from './matchModel';

/** The pairs already in the pipeline of an offer or a person: its list of matches, then each by id. */
export class MongoPipelinePairs implements PipelinePairs {
  private readonly matches: Model<MatchDocument>;

  constructor(
    connection: Connection,
    private readonly lists: IdLists,
  ) {
    this.matches = matchModel(connection);
  }

  async pairsOf(subject: SuggestionSubject): Promise<Set<string>> {
    const ids = await this.lists.all(subject.entity === 'offer' ? offerList(subject.id) : candidateList(subject.id));
    const pairs = new Set<string>();
    for (let offset = 0; offset < ids.length; offset += 50) {
      const rows = await Promise.all(
        ids
          .slice(offset, offset + 50)
          .map((id) => this.matches.findById(id, { pairKey: 1 }).lean<Pick<MatchDocument, 'pairKey'>>()),
      );
      for (const row of rows) if (row) pairs.add(row.pairKey);
    }
    return pairs;
  }
}
