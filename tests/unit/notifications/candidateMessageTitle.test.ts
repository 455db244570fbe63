import { candidateMessageTitle } from '../../../shared/domain/notifications/candidateMessages';

describe('the titles of the messages to a person', () => {
  it('tell apart the messages about one interview (asked, convened, reminded), as their adviser lists them', () => {
    const titles = [
      candidateMessageTitle('request_interview'),
      candidateMessageTitle('schedule_interview'),
      candidateMessageTitle('schedule_interview', 'reminder'),
      candidateMessageTitle('cancel'),
    ];
    expect(titles).toEqual([
      'Un employeur souhaite vous rencontrer',
      'Votre convocation à un entretien',
      'Rappel de votre entretien',
      'Votre entretien est annulé',
    ]);
  });

  it('name an outcome plainly', () => {
    expect(candidateMessageTitle('hire')).toBe('Votre recrutement');
    expect(candidateMessageTitle('record_not_hired')).toBe('Votre candidature');
  });
});
