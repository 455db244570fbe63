import { candidateEmailTemplate, emailTemplate } from '../../../shared/domain/notifications/emailTemplate';

const message = { title: 'Entretien planifié', body: 'Ligne 1\nLigne <2>', link: '/mises-en-relation/m1' };

describe('e-mail templates', () => {
  it('give users a link into the application and to their preferences, HTML escaped, lines kept', () => {
    const mail = emailTemplate(message, { recipientName: 'Inès', appUrl: 'https://passerelle.test' });

    expect(mail.subject).toBe('[Passerelle] Entretien planifié');
    expect(mail.text).toContain('Voir dans Passerelle : https://passerelle.test/mises-en-relation/m1');
    expect(mail.text).toContain('https://passerelle.test/preferences');
    expect(mail.html).toContain('Ligne 1\nLigne &lt;2&gt;');
    expect(mail.html).toContain('white-space:pre-line');
  });

  it('give a person followed no link into the application, and send them to their adviser', () => {
    const mail = candidateEmailTemplate(message, { recipientName: 'Samia' });

    expect(mail.text).toContain('Bonjour Samia,');
    expect(mail.text).not.toContain('http');
    expect(mail.text).toContain('adressez-vous à lui ou à elle');
    expect(mail.html).not.toContain('<a ');
  });
});
