import { Meilisearch } from 'meilisearch';
import type { SearchEngine } from '../../../ports/SearchEngine';

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly client: Meilisearch;

  constructor(settings: { url: string; apiKey?: string }) {
    this.client = new Meilisearch({ host: settings.url, ...(settings.apiKey ? { apiKey: settings.apiKey } : {}) });
  }

  async check(): Promise<void> {
    // health() resolves only when the server answers "available"; anything else rejects.
    await this.client.health();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
