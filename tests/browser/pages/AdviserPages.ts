import type { Locator, Page } from 'playwright-core';

/** /offres for an adviser: the search of published offers, with its facets. */
export class OfferSearchPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Offres' }).waitFor();
  }

  async search(words: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Rechercher des offres' });
    await form.getByLabel('Mots-clés').fill(words);
    await form.getByRole('button', { name: 'Rechercher' }).click();
  }

  /** DSFR draws the box over its label: a person clicks the label's text. */
  async toggleFacet(legend: string, label: RegExp): Promise<void> {
    await this.page.getByRole('group', { name: legend }).getByText(label).click();
  }

  result(title: string): Locator {
    return this.page.getByRole('article', { name: title, exact: true });
  }

  async total(): Promise<string> {
    return this.page
      .getByRole('status')
      .filter({ hasText: /offres?$|Aucune offre/ })
      .innerText();
  }
}

/** /suivi: the board of matches, a column per status. */
export class PipelinePage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Suivi des mises en relation' }).waitFor();
  }

  column(status: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${status} \\(\\d+\\)$`) });
  }

  card(status: string, person: string): Locator {
    return this.column(status).getByRole('article', { name: new RegExp(`^${person},`) });
  }
}

/** /mises-en-relation/:id for an adviser: the match, its history and the adviser's steps. */
export class AdviserMatchPage {
  constructor(private readonly page: Page) {}

  async waitFor(person: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: new RegExp(`^${person}`) }).waitFor();
  }

  async status(label: string): Promise<void> {
    await this.page.getByRole('main').getByText(label, { exact: true }).first().waitFor();
  }

  history(): Locator {
    return this.page.getByRole('region', { name: 'Historique' });
  }

  /** The person accepted the interview and agreed that the employer sees their contact. */
  async recordContactAgreement(): Promise<void> {
    await this.page.getByRole('button', { name: /^Enregistrer l’accord de partage des coordonnées/ }).click();
    const form = this.page.getByRole('form', { name: /^Enregistrer l’accord de partage/ });
    await form.getByText(/La personne a accepté l’entretien/).click();
    await form.getByRole('button', { name: 'Enregistrer l’accord' }).click();
    await form.waitFor({ state: 'detached' });
  }

  async openPerson(person: string): Promise<void> {
    await this.page.getByRole('region', { name: 'La personne et l’offre' }).getByRole('link', { name: person }).click();
  }
}
