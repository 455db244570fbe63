import type { Locator, Page } from 'playwright-core';
import { eventually } from '../../support/eventually';

/** The list of people followed, /personnes: two tabs, a search form and a table. */
export class PeoplePage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Personnes suivies' }).waitFor();
  }

  async newPerson(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nouvelle personne' }).click();
  }

  async showTab(name: 'Personnes que je suis' | 'Toute mon organisation'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await this.page.waitForLoadState('networkidle');
  }

  private get search(): Locator {
    return this.page.getByRole('search', { name: 'Chercher et filtrer les personnes' });
  }

  async searchName(text: string): Promise<void> {
    await this.search.getByLabel('Nom ou prénom').fill(text);
    await this.search.getByRole('button', { name: 'Rechercher' }).click();
  }

  async filter(filters: { status?: string; sector?: string; consent?: string }): Promise<void> {
    if (filters.status) await this.search.getByLabel('Situation').selectOption({ label: filters.status });
    if (filters.sector) await this.search.getByLabel('Secteur recherché').selectOption({ label: filters.sector });
    if (filters.consent) await this.search.getByLabel('Consentement').selectOption({ label: filters.consent });
    await this.search.getByRole('button', { name: 'Rechercher' }).click();
  }

  async clearFilters(): Promise<void> {
    await this.search.getByRole('button', { name: 'Effacer les filtres' }).click();
  }

  /** The table's row of a person, by the link of their name. */
  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    const links = this.page.getByRole('table').getByRole('link');
    return (await links.allInnerTexts()).map((text) => text.trim());
  }

  /** Waits until the table lists exactly these people, in this order (the previous list stays while the next loads). */
  async shows(names: string[]): Promise<void> {
    await eventually(async () => {
      const shown = await this.names();
      if (JSON.stringify(shown) !== JSON.stringify(names)) throw new Error(`the list shows ${shown.join(', ')}`);
    }, 10_000);
  }

  async resultCount(): Promise<string> {
    return (
      await this.page
        .getByRole('status')
        .filter({ hasText: /personne/ })
        .innerText()
    ).trim();
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }
}
