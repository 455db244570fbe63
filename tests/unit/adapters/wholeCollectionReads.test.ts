import { Types } from 'mongoose';
import { isReadByKey, wholeCollectionReadsOf } from '../../../shared/adapters/mongo/wholeCollectionReads';

const id = new Types.ObjectId();

describe('whole-collection reads on the embedded FerretDB (SQLite backend)', () => {
  it('a filter exactly on _id, a string or an ObjectId, is a read by key', () => {
    expect(isReadByKey({ _id: 'offer:1' })).toBe(true);
    expect(isReadByKey({ _id: id })).toBe(true);
    expect(isReadByKey({ _id: { $in: ['a', 'b'] } })).toBe(false);
    expect(isReadByKey({ _id: id, organizationId: 'o' })).toBe(false);
    expect(isReadByKey({ userId: 'u' })).toBe(false);
    expect(isReadByKey({})).toBe(false);
  });

  it('finds by key, inserts and the first documents of a collection read no whole collection', () => {
    expect(wholeCollectionReadsOf('find', { find: 'offers', filter: { _id: id }, limit: 1 })).toEqual([]);
    expect(wholeCollectionReadsOf('find', { find: 'inbox', filter: {}, limit: 100 })).toEqual([]);
    expect(wholeCollectionReadsOf('insert', { insert: 'offers', documents: [{ _id: id }] })).toEqual([]);
    expect(
      wholeCollectionReadsOf('update', { update: 'offers', updates: [{ q: { _id: id }, u: { $set: { a: 1 } } }] }),
    ).toEqual([]);
    expect(wholeCollectionReadsOf('getMore', { getMore: 1, collection: 'offers' })).toEqual([]);
  });

  it('any other filter, a sort, a count, an aggregation or a conditional write reads the collection', () => {
    const reads = (name: string, command: Record<string, unknown>) =>
      wholeCollectionReadsOf(name, command).map((read) => `${read.command} ${read.collection}`);
    expect(reads('find', { find: 'offers', filter: { organizationId: 'o' }, limit: 20 })).toEqual(['find offers']);
    expect(reads('find', { find: 'inbox', filter: {}, sort: { at: 1 }, limit: 20 })).toEqual(['find inbox']);
    expect(reads('find', { find: 'offers', filter: {} })).toEqual(['find offers']);
    expect(reads('count', { count: 'matches', query: { offerId: 'x' } })).toEqual(['count matches']);
    expect(reads('aggregate', { aggregate: 'matches', pipeline: [] })).toEqual(['aggregate matches']);
    expect(
      reads('update', {
        update: 'matches',
        updates: [
          { q: { _id: 'm1', version: 2 }, u: {} },
          { q: { _id: 'm2' }, u: {} },
        ],
      }),
    ).toEqual(['update matches']);
    expect(reads('delete', { delete: 'inbox', deletes: [{ q: { _id: { $in: ['a'] } }, limit: 0 }] })).toEqual([
      'delete inbox',
    ]);
  });
});
