import {
  digestDeliveryKey,
  digestMessage,
  latestDigestCutoff,
  type DigestItem,
} from '../../../shared/domain/notifications/dailyDigest';

const item = (category: DigestItem['category'], title: string, at: string): DigestItem => ({
  id: `${title}|u|${category}`,
  userId: 'u',
  organizationId: 'o',
  category,
  message: { title, body: `à propos de ${title}`, link: '' },
  createdAt: new Date(at),
  digestKey: null,
});

describe('daily digest', () => {
  it.each([
    ['winter (UTC+1), after 08:30', '2026-11-25T07:31:00Z', '2026-11-25T07:30:00.000Z'],
    ['winter, before 08:30: the day before', '2026-11-25T07:29:00Z', '2026-11-24T07:30:00.000Z'],
    ['summer (UTC+2), after 08:30', '2026-07-01T06:45:00Z', '2026-07-01T06:30:00.000Z'],
    ['the morning clocks go back (25 October 2026)', '2026-10-25T08:00:00Z', '2026-10-25T07:30:00.000Z'],
    ['the morning clocks go forward (29 March 2026)', '2026-03-29T06:31:00Z', '2026-03-29T06:30:00.000Z'],
  ])('is cut at the latest 08:30 Paris time: %s', (_case, now, cutoff) => {
    expect(latestDigestCutoff(new Date(now)).toISOString()).toBe(cutoff);
  });

  it('has one key per user and Paris day, whoever computes it', () => {
    const cutoff = latestDigestCutoff(new Date('2026-11-25T10:00:00Z'));
    expect(digestDeliveryKey(cutoff, 'u1')).toBe('digest:2026-11-25|u1|email');
    expect(digestDeliveryKey(latestDigestCutoff(new Date('2026-11-25T20:00:00Z')), 'u1')).toBe(
      digestDeliveryKey(cutoff, 'u1'),
    );
  });

  it('gathers N items into one message, by category, oldest first', () => {
    const message = digestMessage([
      item('proposals', 'Proposition B', '2026-11-24T12:00:00Z'),
      item('suggestions', 'Suggestion A', '2026-11-24T11:00:00Z'),
      item('proposals', 'Proposition A', '2026-11-24T10:00:00Z'),
    ]);

    expect(message.title).toBe('Votre récapitulatif du jour : 3 nouveautés');
    expect(message.body).toBe(
      [
        'Nouvelles suggestions (1)',
        '- Suggestion A : à propos de Suggestion A',
        '',
        'Candidatures proposées (2)',
        '- Proposition A : à propos de Proposition A',
        '- Proposition B : à propos de Proposition B',
      ].join('\n'),
    );
    expect(digestMessage([item('outcomes', 'X', '2026-11-24T10:00:00Z')]).title).toBe(
      'Votre récapitulatif du jour : 1 nouveauté',
    );
  });
});
