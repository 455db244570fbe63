import type { Page } from 'playwright-core';

export class OfferPage {
  constructor(private readonly page: Page) {}

  async waitFor(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  async hasStatus(label: string): Promise<void> {
    await this.page.getByRole('main').getByText(label, { exact: true }).first().waitFor();
  }

  async openPublication(): Promise<void> {
    await this.page.getByRole('button', { name: 'Publier', exact: true }).click();
    await this.page.getByRole('dialog', { name: 'Publier l’offre' }).waitFor();
    // The DSFR modal fades in: let it finish before anyone reads its colours.
    await this.page.waitForTimeout(500);
  }

  async confirmPublication(endDate?: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: 'Publier l’offre' });
    if (endDate) await dialog.getByLabel('Fin de publication').fill(endDate);
    await dialog.getByRole('button', { name: 'Publier l’offre' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async openProposals(): Promise<void> {
    await this.page.getByRole('link', { name: /Voir les propositions/ }).click();
    await this.page.getByRole('heading', { level: 1, name: /^Propositions pour/ }).waitFor();
  }
}
