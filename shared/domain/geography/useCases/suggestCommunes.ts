import type { Gazetteer } from '../../../ports/Gazetteer';
import type { Commune } from '../commune';

/** Communes for what a person is typing (name, INSEE code or postal code), most populous first. */
export class SuggestCommunes {
  constructor(private readonly deps: { gazetteer: Gazetteer }) {}

  execute(input: { text: string; limit: number }): Promise<Commune[]> {
    return this.deps.gazetteer.search(input.text, input.limit);
  }
}
