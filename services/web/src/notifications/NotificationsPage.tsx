import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { ErrorPage } from '../ui/ErrorPages';
import { formatDateTime } from '../ui/format';
import { notificationCategoryLabels } from '../ui/labels';
import { Loading, Page } from '../ui/Page';
import { ProblemAlert } from '../ui/ProblemAlert';
import { appLink } from './appLink';
import { useAllNotifications, useMarkAllRead, useMarkRead, useUnreadNotifications, type Notification } from './queries';

function NotificationItem({
  notification,
  onOpen,
  onMark,
}: {
  notification: Notification;
  onOpen: () => void;
  onMark?: () => void;
}) {
  const unread = notification.readAt === null;
  return (
    <li className="fr-mb-3w">
      <div className={`fr-tile fr-tile--horizontal fr-p-2w ${unread ? 'passerelle-unread' : ''}`}>
        <div className="fr-tile__body">
          <p className="fr-tile__detail fr-text--sm fr-mb-1w">
            {unread && <span className="fr-badge fr-badge--sm fr-badge--new fr-mr-1w">Non lue</span>}
            {notificationCategoryLabels[notification.category]} — {formatDateTime(notification.createdAt)}
          </p>
          <h3 className="fr-tile__title fr-h6">
            <Link to={appLink(notification.link)} onClick={onOpen}>
              {notification.title}
            </Link>
          </h3>
          <p className="fr-tile__desc">{notification.body}</p>
          {onMark && (
            <Button priority="tertiary no outline" size="small" onClick={onMark}>
              Marquer comme lue
              <span className="fr-sr-only"> : {notification.title}</span>
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}

export function NotificationsPage() {
  const unread = useUnreadNotifications();
  const all = useAllNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  if (unread.isError) return <ErrorPage error={unread.error} />;
  const read = (all.data?.pages ?? []).flatMap((page) => page.items).filter((item) => item.readAt !== null);

  return (
    <Page title="Notifications">
      <p>
        <Link to="/preferences" className="fr-link fr-icon-settings-5-line fr-link--icon-left">
          Choisir ce que vous recevez, et comment
        </Link>
      </p>
      <ProblemAlert error={markRead.error ?? markAll.error} />
      <h2 className="fr-h4">Non lues{unread.data ? ` (${unread.data.unreadCount})` : ''}</h2>
      {unread.isPending ? (
        <Loading what="vos notifications" />
      ) : unread.data.items.length === 0 ? (
        <p>Vous avez tout lu.</p>
      ) : (
        <>
          <Button
            priority="secondary"
            iconId="fr-icon-check-line"
            disabled={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            Tout marquer comme lu
          </Button>
          <ul className="fr-mt-3w" style={{ listStyle: 'none', paddingLeft: 0 }}>
            {unread.data.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onOpen={() => markRead.mutate(notification.id)}
                onMark={() => markRead.mutate(notification.id)}
              />
            ))}
          </ul>
        </>
      )}
      <h2 className="fr-h4 fr-mt-4w">Déjà lues</h2>
      {all.isPending ? (
        <Loading what="les notifications lues" />
      ) : read.length === 0 ? (
        <p>Aucune notification lue.</p>
      ) : (
        <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
          {read.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onOpen={() => undefined} />
          ))}
        </ul>
      )}
      {all.hasNextPage && (
        <Button priority="secondary" disabled={all.isFetchingNextPage} onClick={() => void all.fetchNextPage()}>
          Afficher les notifications plus anciennes
        </Button>
      )}
    </Page>
  );
}
