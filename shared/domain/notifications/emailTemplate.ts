import escapeHtml from 'escape-html';
import type { NotificationMessage } from './notificationMessages';

/** A notification as an e-mail, in French: subject, text and HTML, with the preferences link. */
export function emailTemplate(
  message: NotificationMessage,
  settings: { recipientName: string; appUrl: string },
): { subject: string; text: string; html: string } {
  const link = message.link ? `${settings.appUrl}${message.link.replace('/api/v1', '')}` : settings.appUrl;
  const preferences = `${settings.appUrl}/preferences`;
  const text = [
    `Bonjour ${settings.recipientName},`,
    '',
    message.body,
    '',
    `Voir : ${link}`,
    '',
    '—',
    'Passerelle, mises en relation pour l’insertion professionnelle.',
    `Choisir les notifications que vous recevez : ${preferences}`,
  ].join('\n');
  const html = [
    `<p>Bonjour ${escapeHtml(settings.recipientName)},</p>`,
    `<p>${escapeHtml(message.body)}</p>`,
    `<p><a href="${escapeHtml(link)}">Voir dans Passerelle</a></p>`,
    '<hr>',
    `<p style="font-size:12px;color:#555">Passerelle, mises en relation pour l’insertion professionnelle.<br>`,
    `<a href="${escapeHtml(preferences)}">Choisir les notifications que vous recevez</a></p>`,
  ].join('\n');
  return { subject: `[Passerelle] ${message.title}`, text, html };
}
