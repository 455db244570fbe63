import { toPage } from '../../../shared/domain/common/page';

describe('toPage', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('announces a next page only when one more item was fetched', () => {
    expect(toPage(items, 2)).toEqual({ items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'b' });
    expect(toPage(items, 3)).toEqual({ items, nextCursor: null });
  });
});
