import { Meilisearch } from 'meilisearch';
import type { SearchEngine } from '../../../ports/SearchEngine';

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'search';
  private readonly client: Meilisearch;

  constructor(settings: { url: string; apiKey?: string }) {
    this.client = new Meilisearch({ host: settings.url, ...(settings.apiKey ? { apiKey: settings.apiKey } : {}) });
  }

  async check(): Promise<void> {
    const health = await this.client.health();
    if (health.status !== 'available') throw new Error(`meilisearch status ${health.status}`);
  }

  async close(): Promise<void> {}
}
