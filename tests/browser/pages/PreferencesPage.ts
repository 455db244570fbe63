import type { Page } from 'playwright-core';

export class PreferencesPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Préférences de notification' }).waitFor();
  }

  /** The e-mail choice of one category: "Jamais", "Tout de suite" or "Dans le récapitulatif quotidien". */
  async chooseEmail(category: string, choice: string): Promise<void> {
    await this.page.getByRole('group', { name: category }).getByLabel('Par e-mail').selectOption({ label: choice });
  }

  async isLocked(category: string): Promise<boolean> {
    return this.page
      .getByRole('group', { name: new RegExp(`^${category}`) })
      .getByLabel('Par e-mail')
      .isDisabled();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer mes préférences' }).click();
    await this.page.getByText('Vos préférences sont enregistrées.').waitFor();
  }
}
