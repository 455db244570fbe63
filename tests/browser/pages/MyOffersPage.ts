import type { Locator, Page } from 'playwright-core';

export class MyOffersPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Mes offres' }).waitFor();
  }

  async writeAnOffer(): Promise<void> {
    await this.page.getByRole('link', { name: 'Écrire une offre' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Nouvelle offre' }).waitFor();
  }

  row(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  async filterByStatus(label: string): Promise<void> {
    await this.page.getByLabel('Statut').selectOption({ label });
  }
}
