import type { Download, Locator, Page } from 'playwright-core';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A radio button or checkbox chosen by its label, as a person clicks it (the DSFR draws the box over the input). */
async function clickLabel(scope: Locator, text: string): Promise<void> {
  await scope.locator('label', { hasText: new RegExp(`^\\s*${escaped(text)}\\s*$`) }).click();
}

/** /tableau-de-bord: the filters, the key figures, the funnel and the trend with their tables and exports. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async openFromMenu(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu principal' })
      .getByRole('link', { name: 'Tableau de bord' })
      .click();
    await this.waitFor();
  }

  async waitFor(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await this.page.getByRole('heading', { level: 2, name: 'Chiffres clés' }).waitFor();
  }

  async choosePeriod(label: 'Ce mois-ci' | 'Ce trimestre' | 'Cette année' | '12 derniers mois'): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
    await this.page.getByRole('button', { name: label, pressed: true }).waitFor();
  }

  /** The value of a key figure (« Embauches » → « 1 »). */
  async keyFigure(label: string): Promise<string> {
    const figure = this.page
      .getByRole('region', { name: 'Chiffres clés' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(label, { exact: true }) });
    return (await figure.locator('.passerelle-key-figure__value').innerText()).trim();
  }

  table(caption: string): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  /** A row of a table by its first cell, as its cells' texts. */
  async row(caption: string, first: string): Promise<string[]> {
    const row = this.table(caption)
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: first, exact: true }) });
    return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
  }

  chart(name: RegExp): Locator {
    return this.page.getByRole('img', { name });
  }

  async export(
    section: 'Parcours des candidatures' | 'Évolution mois par mois',
    format: 'CSV' | 'XLSX',
  ): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page
      .getByRole('region', { name: section })
      .getByRole('button', { name: new RegExp(`^Exporter en ${format}`) })
      .click();
    return download;
  }
}

/** /conventions and /conventions/:id. */
export class ConventionPages {
  constructor(private readonly page: Page) {}

  async waitForList(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Conventions' }).waitFor();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Nouvelle convention' });
  }

  async fillNew(convention: {
    name: string;
    partners: string[];
    sector?: string;
    departmentCode?: string;
    from: string;
    to: string;
    targets: Record<string, string>;
  }): Promise<void> {
    const form = this.form();
    await form.getByLabel('Nom de la convention').fill(convention.name);
    for (const partner of convention.partners) await clickLabel(form, partner);
    if (convention.sector) await form.getByLabel('Secteur').selectOption({ label: convention.sector });
    if (convention.departmentCode) await form.getByLabel('Département').fill(convention.departmentCode);
    await form.getByLabel('Début de la période').fill(convention.from);
    await form.getByLabel('Fin de la période (incluse)').fill(convention.to);
    for (const [label, value] of Object.entries(convention.targets))
      // The label, then its hint (« Nombre sur la période »): « Personnes recrutées » is no « … ou formées ».
      await form.getByLabel(new RegExp(`^${escaped(label)}\\s*(Nombre|En pourcentage)`)).fill(value);
  }

  async create(): Promise<void> {
    await this.form().getByRole('button', { name: 'Créer la convention' }).click();
  }

  target(label: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(`^${label}`) });
  }
}

/** The « Sorties » tab of a person's page. */
export class PersonOutcomes {
  constructor(private readonly page: Page) {}

  async show(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Sorties' }).click();
    await this.page.getByRole('heading', { level: 2, name: 'Sorties' }).waitFor();
  }

  form(): Locator {
    return this.page.getByRole('form', { name: 'Enregistrer une sortie' });
  }

  async chooseKind(kind: string): Promise<void> {
    await clickLabel(this.form(), kind);
  }

  async answerQualifying(answer: 'Oui' | 'Non'): Promise<void> {
    await clickLabel(this.form(), answer);
  }

  async submit(): Promise<void> {
    await this.form().getByRole('button', { name: 'Enregistrer la sortie' }).click();
  }

  row(kind: string): Locator {
    return this.page
      .getByRole('table', { name: /^Sorties enregistrées/ })
      .getByRole('row')
      .filter({ hasText: kind });
  }
}
