import type { Download, Locator, Page } from 'playwright-core';

type Tab = 'Profil' | 'Freins périphériques' | 'Mises en relation' | 'Messages envoyés' | 'Données personnelles';

/** A person's page, /personnes/:id: the profile and its tabs (barriers, matches, messages, data). */
export class PersonPage {
  constructor(private readonly page: Page) {}

  async waitFor(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  async showTab(tab: Tab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await this.page.getByRole('tab', { name: tab, selected: true }).waitFor();
  }

  /** The value shown under a term of the profile's read view ("Téléphone mobile"). */
  async fact(term: string): Promise<string> {
    return (await this.factValue(term).innerText()).trim();
  }

  /**
   * The value under a term once it reads as `pattern`: a part of it that comes with a query of its
   * own (the colleague who recorded the consent) shows a little after the rest.
   */
  async factOnceItReads(term: string, pattern: RegExp): Promise<string> {
    await this.factValue(term).filter({ hasText: pattern }).waitFor();
    return this.fact(term);
  }

  private factValue(term: string): Locator {
    return this.page
      .locator('dl div')
      .filter({ has: this.page.getByText(term, { exact: true }) })
      .locator('dd');
  }

  async edit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Modifier le profil' }).click();
    await this.page.getByRole('heading', { name: 'Modifier le profil' }).waitFor();
  }

  async addBarrier(kind: string, notes: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Ajouter un frein' });
    await form.getByLabel('Type de frein').selectOption({ label: kind });
    await form.getByLabel(/^Notes/).fill(notes);
    await form.getByRole('button', { name: 'Ajouter le frein' }).click();
    await this.barrier(kind).waitFor();
  }

  barrier(kind: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${kind}`) });
  }

  async changeBarrierStatus(kind: string, status: string): Promise<void> {
    const barrier = this.barrier(kind);
    await barrier.getByLabel(`Statut du frein « ${kind} »`).selectOption({ label: status });
    await barrier.getByRole('button', { name: `Enregistrer le frein « ${kind} »` }).click();
    await barrier.getByText(status, { exact: true }).first().waitFor();
  }

  async downloadExport(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Télécharger l’export (JSON)' }).click();
    return download;
  }

  async askToErase(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Effacer la personne' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  async confirmErasure(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Effacer définitivement' }).click();
  }
}
