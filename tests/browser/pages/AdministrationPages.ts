import type { Locator, Page } from 'playwright-core';
import { descriptionOf } from './AppHeader';

/** /administration: the organisations of the territory, filtered by kind, and the form that creates one. */
export class AdminOrganizationsPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Organisations du territoire' }).waitFor();
  }

  private get form(): Locator {
    return this.page.getByRole('form', { name: 'Créer une organisation' });
  }

  /** The radio button's label, as a person clicks it (the DSFR draws the button over the input). */
  private async chooseKind(kind: string): Promise<void> {
    await this.form.locator('label').filter({ hasText: kind }).first().click();
  }

  async createEmployer(name: string, siret: string): Promise<void> {
    await this.chooseKind('Employeur');
    await this.form.getByLabel('Nom de l’organisation').fill(name);
    await this.form.getByLabel(/^SIRET de l’établissement/).fill(siret);
    await this.form.getByRole('button', { name: 'Créer l’organisation' }).click();
  }

  async createInsertionStructure(name: string, structureType: string): Promise<void> {
    await this.chooseKind('Structure d’insertion');
    await this.form.getByLabel('Nom de l’organisation').fill(name);
    await this.form.getByLabel('Type de structure').selectOption({ label: structureType });
    await this.form.getByRole('button', { name: 'Créer l’organisation' }).click();
  }

  /** The reason shown under the SIRET input, as a screen reader reads it. */
  async siretError(): Promise<string> {
    return descriptionOf(this.page, this.form.getByLabel(/^SIRET de l’établissement/));
  }

  async created(name: string): Promise<void> {
    await this.page.getByText(`L’organisation « ${name} » est créée.`).waitFor();
  }

  async filterByKind(kind: string): Promise<void> {
    await this.page
      .getByRole('form', { name: 'Filtrer les organisations' })
      .getByLabel('Type d’organisation')
      .selectOption({ label: kind });
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }
}

/** /administration/organisations/:id: the organisation's accounts and the invitation of a member. */
export class AdminOrganizationPage {
  constructor(private readonly page: Page) {}

  async waitFor(name: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  async invite(name: string, email: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Inviter un membre' });
    await form.getByLabel('Nom et prénom').fill(name);
    await form.getByLabel('Adresse e-mail').fill(email);
    await form.getByRole('button', { name: 'Inviter' }).click();
    await this.page.getByText(`Invitation envoyée à ${email}.`).waitFor();
  }

  userRow(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  /** Opens the confirmation; returns the dialog for the test to read and confirm. */
  async askToDeactivate(name: string): Promise<Locator> {
    await this.userRow(name).getByRole('button', { name: 'Désactiver' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Désactiver le compte de ${name}` });
    await dialog.waitFor();
    return dialog;
  }

  async confirmDeactivation(dialog: Locator, name: string): Promise<void> {
    await dialog.getByRole('button', { name: 'Désactiver le compte' }).click();
    await this.page.getByText(`Le compte de ${name} est désactivé : ses sessions sont fermées.`).waitFor();
  }

  async reactivate(name: string): Promise<void> {
    await this.userRow(name).getByRole('button', { name: 'Réactiver' }).click();
    await this.page.getByText(`Le compte de ${name} est réactivé`).waitFor();
  }
}

/** /administration/envois: every message and whether it arrived. */
export class DeliveriesPage {
  constructor(private readonly page: Page) {}

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Suivi des envois' }).waitFor();
  }

  async filterByStatus(status: string): Promise<void> {
    await this.page.getByLabel('État de l’envoi').selectOption({ label: status });
  }

  rows(): Locator {
    return this.page.getByRole('table').getByRole('row');
  }
}
