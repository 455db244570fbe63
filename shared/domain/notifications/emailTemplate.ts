import escapeHtml from 'escape-html';
import type { NotificationMessage } from './notificationMessages';
import { appLinks } from './appLinks';

interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const signature = 'Passerelle, mises en relation pour l’insertion professionnelle.';

function render(greeting: string, body: string, link: { href: string; label: string } | null, footer: string[]) {
  const text = [greeting, '', body, '', ...(link ? [`${link.label} : ${link.href}`, ''] : []), '—', ...footer].join(
    '\n',
  );
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    // Digests and messages keep their line breaks.
    `<p style="white-space:pre-line">${escapeHtml(body)}</p>`,
    ...(link ? [`<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`] : []),
    '<hr>',
    `<p style="font-size:12px;color:#555">${footer.map((line) => escapeHtml(line)).join('<br>')}</p>`,
  ].join('\n');
  return { text, html };
}

/** A notification as an e-mail to a user of the application, in French, with the preferences link. */
export function emailTemplate(
  message: NotificationMessage,
  settings: { recipientName: string; appUrl: string },
): EmailContent {
  const link = `${settings.appUrl}${message.link}`;
  const preferences = `${settings.appUrl}${appLinks.preferences}`;
  const { text, html } = render(
    `Bonjour ${settings.recipientName},`,
    message.body,
    { href: link, label: 'Voir dans Passerelle' },
    [signature, `Choisir les notifications que vous recevez : ${preferences}`],
  );
  return { subject: `[Passerelle] ${message.title}`, text, html };
}

/**
 * A message to a person followed (no account, no mobile number): plain, no link into the
 * application, and who to turn to, since their adviser is the one who can answer or stop them.
 */
export function candidateEmailTemplate(
  message: NotificationMessage,
  settings: { recipientName: string; link?: { href: string; label: string } },
): EmailContent {
  const { text, html } = render(`Bonjour ${settings.recipientName},`, message.body, settings.link ?? null, [
    signature,
    'Vous recevez ce message parce que votre conseiller ou conseillère vous accompagne avec Passerelle.',
    'Pour toute question, ou pour ne plus recevoir ces messages, adressez-vous à lui ou à elle.',
    'Ne répondez pas à ce message : cette adresse ne lit pas les réponses.',
  ]);
  return { subject: `[Passerelle] ${message.title}`, text, html };
}

/**
 * The e-mail that opens an account (an invitation, a password reset): the one link, and why the
 * person receives it; no preferences link, since these cannot be turned off.
 */
export function accountLinkEmailTemplate(
  message: NotificationMessage,
  settings: { recipientName: string; href: string; label: string },
): EmailContent {
  const { text, html } = render(
    `Bonjour ${settings.recipientName},`,
    message.body,
    { href: settings.href, label: settings.label },
    [signature, 'Ce lien ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.'],
  );
  return { subject: `[Passerelle] ${message.title}`, text, html };
}
