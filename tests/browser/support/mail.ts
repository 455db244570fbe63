import type { MailSink } from '../../../infra/local/mailSink';
import { eventually } from '../../support/eventually';

/** The path of the app a link in the last e-mail to that address points to (its token included). */
export async function linkInMail(mail: MailSink, to: string, path: RegExp): Promise<string> {
  let found = '';
  await eventually(async () => {
    const message = [...mail.received].reverse().find((received) => JSON.stringify(received.to ?? '').includes(to));
    const match = message?.text ? path.exec(message.text) : null;
    if (!match) throw new Error(`no e-mail to ${to} with a link like ${path}`);
    found = match[0];
    return Promise.resolve();
  }, 30_000);
  return found;
}
