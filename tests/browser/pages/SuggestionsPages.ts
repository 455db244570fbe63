import type { Locator, Page } from 'playwright-core';

/** One suggestion card (a person for an offer, or an offer for a person), by its title. */
export class SuggestionCard {
  constructor(
    private readonly page: Page,
    readonly card: Locator,
  ) {}

  async waitFor(): Promise<void> {
    await this.card.waitFor();
  }

  /** "Score 72 / 100". */
  async score(): Promise<number> {
    const text = await this.card.getByText(/^Score \d+ \/ 100$/).innerText();
    return Number(/\d+/.exec(text)?.[0]);
  }

  /** The breakdown's lines as a screen reader hears them ("Métier recherché : 30 points sur 30 (100 %)"). */
  async breakdown(): Promise<string[]> {
    return this.card.getByRole('list', { name: 'Détail du score par critère' }).getByRole('listitem').allInnerTexts();
  }

  /** The met and missing lines, with their spoken prefix ("Rempli : …", "Manquant : …"). */
  async explanation(): Promise<string[]> {
    return (await this.card.locator('.passerelle-explanation li').allTextContents()).map((line) => line.trim());
  }

  async status(label: string): Promise<void> {
    await this.card.getByText(label, { exact: true }).waitFor();
  }

  async shortlist(): Promise<void> {
    await this.card.getByRole('button', { name: /^Présélectionner/ }).click();
  }

  async propose(message: string): Promise<void> {
    await this.card.getByRole('button', { name: /^Proposer à l’employeur/ }).click();
    const form = this.card.getByRole('form', { name: /^Proposer à l’employeur/ });
    await form.getByLabel('Message à l’employeur').fill(message);
    await form.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await form.waitFor({ state: 'detached' });
  }

  async dismiss(reason: string): Promise<void> {
    await this.card.getByRole('button', { name: /^Écarter/ }).click();
    const form = this.card.getByRole('form', { name: /^Écarter/ });
    await form.getByLabel('Motif').selectOption({ label: reason });
    await form.getByRole('button', { name: 'Écarter' }).click();
    await form.waitFor({ state: 'detached' });
  }

  async openMatch(): Promise<void> {
    await this.card.getByRole('link', { name: /^Voir la mise en relation/ }).click();
  }
}

/** A page of suggestions: an offer's people (/offres/:id/suggestions) or a person's offers. */
export class SuggestionsPage {
  constructor(private readonly page: Page) {}

  async waitFor(heading: string | RegExp): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  card(title: string): SuggestionCard {
    return new SuggestionCard(this.page, this.page.getByRole('article', { name: title, exact: true }));
  }

  /** The list is computed by a job: until it shows the card, ask for a recomputation and wait. */
  async waitForCard(title: string, timeoutMs = 60_000): Promise<SuggestionCard> {
    const card = this.card(title);
    const deadline = Date.now() + timeoutMs;
    while (!(await card.card.isVisible())) {
      if (Date.now() > deadline) throw new Error(`no suggestion « ${title} » after ${timeoutMs} ms`);
      await this.page.reload();
      await card.card.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    return card;
  }

  async listFacts(): Promise<string> {
    return this.page.getByText(/^Liste calculée le/).innerText();
  }

  /** "Pourquoi pas cette personne ?" / "Pourquoi pas cette offre ?": choose, then read the answer. */
  async whyNot(label: 'Personne' | 'Offre', typed: string, option: RegExp): Promise<string> {
    const panel = this.page.getByRole('region', { name: /^Pourquoi pas/ });
    await panel.getByRole('combobox', { name: label }).fill(typed);
    await panel.getByRole('option', { name: option }).click();
    const answer = panel.getByText(/critère obligatoire|aucun critère obligatoire/).first();
    await answer.waitFor();
    return panel.innerText();
  }
}
