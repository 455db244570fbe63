import {
  deliveryWindow,
  recipientName,
  userRecipientOrganizations,
  visibleDeliveries,
} from '../../../services/web/src/administration/deliveries';
import { recipientKindLabel, type Delivery, type Organization } from '../../../services/web/src/administration/labels';
import {
  byName,
  formatSiret,
  kindFilter,
  normalizeSiret,
  organizationDetail,
  pageOf,
  pageParam,
} from '../../../services/web/src/administration/organizations';

const anOrganization = (fields: Partial<Organization>): Organization => ({
  id: 'o1',
  kind: 'employer',
  name: 'Transports du Nord',
  territoryId: 't1',
  createdAt: '2026-12-01T10:00:00.000Z',
  ...fields,
});

const aDelivery = (recipient: Partial<Delivery['recipient']>): Delivery => ({
  key: 'k',
  eventId: 'e',
  recipient: { kind: 'user', id: 'u1', organizationId: 'o1', ...recipient },
  channel: 'email',
  category: 'security',
  message: { title: 'Bienvenue', body: '', link: '/' },
  status: 'sent',
  providerMessageId: null,
  error: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});

describe('the administration’s list of organisations', () => {
  it('shows an employer by its SIRET in groups, a structure by its type in French, a territory by neither', () => {
    expect(organizationDetail(anOrganization({ siret: '73282932000074' }))).toBe('SIRET 732 829 320 00074');
    expect(organizationDetail(anOrganization({ kind: 'insertion', structureType: 'mission_locale' }))).toBe(
      'Mission locale',
    );
    expect(organizationDetail(anOrganization({ kind: 'territory' }))).toBe('—');
  });

  it('sends the 14 digits of a SIRET typed with spaces or dots, and leaves anything else for the API to refuse', () => {
    expect(normalizeSiret('732 829 320 00074')).toBe('73282932000074');
    expect(normalizeSiret('732.829.320.00074')).toBe('73282932000074');
    expect(normalizeSiret('7328293200007A')).toBe('7328293200007A');
    expect(formatSiret('123')).toBe('123');
  });

  it('reads the kind filter of the address, ignoring an unknown one', () => {
    expect(kindFilter('insertion')).toBe('insertion');
    expect(kindFilter('bank')).toBeUndefined();
    expect(kindFilter(null)).toBeUndefined();
  });

  it('sorts by name as French readers expect (accents and case aside)', () => {
    const names = byName([
      anOrganization({ name: 'Zèbre' }),
      anOrganization({ name: 'élan' }),
      anOrganization({ name: 'Abeille' }),
    ]).map((organization) => organization.name);

    expect(names).toEqual(['Abeille', 'élan', 'Zèbre']);
  });

  it('cuts pages from 1, and shows the last page for a number beyond it', () => {
    const items = Array.from({ length: 45 }, (_, index) => index);

    expect(pageOf(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pageCount: 3 });
    expect(pageOf(items, 9, 20)).toEqual({ items: items.slice(40), page: 3, pageCount: 3 });
    expect(pageOf([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1 });
    expect([pageParam('3'), pageParam('0'), pageParam('deux'), pageParam(null), pageParam('1.5')]).toEqual([
      3, 1, 1, 1, 1,
    ]);
  });
});

describe('the administration’s delivery status', () => {
  it('asks for one more delivery than a page shows, and knows from it that a next page exists', () => {
    expect(deliveryWindow(3, 20)).toEqual({ offset: 40, limit: 21 });
    const fetched = Array.from({ length: 21 }, () => aDelivery({}));

    expect(visibleDeliveries(fetched, 20)).toEqual({ items: fetched.slice(0, 20), hasNext: true });
    expect(visibleDeliveries(fetched.slice(0, 20), 20).hasNext).toBe(false);
  });

  it('reads the members of each organisation whose users received something, once', () => {
    const page = [
      aDelivery({ organizationId: 'o1' }),
      aDelivery({ organizationId: 'o1', id: 'u2' }),
      aDelivery({ kind: 'candidate', organizationId: 'o2' }),
      aDelivery({ organizationId: 'o3' }),
    ];

    expect(userRecipientOrganizations(page)).toEqual(['o1', 'o3']);
  });

  it('names a user it knows, and never a person followed or a webhook', () => {
    const names = new Map([['u1', 'Claire Martin']]);

    expect(recipientName(aDelivery({}), names)).toBe('Claire Martin');
    expect(recipientName(aDelivery({ id: 'u9' }), names)).toBeNull();
    expect(recipientName(aDelivery({ kind: 'candidate', id: 'u1' }), names)).toBeNull();
  });

  it('says in French who received it, the invitations and resets the domain records included', () => {
    expect(['user', 'candidate', 'webhook', 'invitee', 'password_reset', 'other'].map(recipientKindLabel)).toEqual([
      'Utilisateur',
      'Personne suivie',
      'Webhook',
      'Personne invitée',
      'Réinitialisation de mot de passe',
      'other',
    ]);
  });
});
