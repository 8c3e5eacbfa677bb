import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FeedRow } from '../../utils/messages';
import { t } from '../../utils/ui/i18n';
import { timeAgo } from '../../utils/ui/time-ago';
import { formatBytes } from './format';
import { reasonOf, type Send } from './send';

export const FEEDS_PAGE_SIZE = 50;

function FeedStatusCell({ feed, now, locale }: { feed: FeedRow; now: Date; locale: string }) {
  const status = feed.status;
  if (!status) return <span class="muted">{t('optFeedNeverFetched')}</span>;
  return (
    <>
      {status.lastSuccessAt ? <div>{t('optFeedLastSuccess', timeAgo(status.lastSuccessAt, now))}</div> : null}
      {status.items !== undefined ? (
        <div class="muted small">
          {t('optFeedItems', status.items, formatBytes(status.bytes ?? 0, locale))}
        </div>
      ) : null}
      {status.lastError ? (
        <div class="form-error small">
          {t('optFeedLastError', timeAgo(status.lastError.at, now), status.lastError.message)}
        </div>
      ) : null}
    </>
  );
}

/** Feeds: each one's health; add one after a validation fetch; turn feeds off and on; refresh now. */
export function FeedsSection({ send, locale }: { send: Send; locale: string }) {
  const [feeds, setFeeds] = useState<FeedRow[] | null>(null);
  const [url, setUrl] = useState('');
  const [filter, setFilter] = useState('');
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const answer = await send('feeds:list', {});
    setFeeds(answer?.feeds ?? []);
  }, [send]);
  useEffect(() => {
    void load().catch((error: unknown) => setStatus(t('optFailed', reasonOf(error))));
  }, [load]);

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await task());
      await load();
    } catch (error) {
      setStatus(t('optFailed', reasonOf(error)));
    } finally {
      setBusy(false);
    }
  };

  const add = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      setStatus(t('optFeedChecking'));
      const answer = await send('feeds:add', { url: url.trim(), outletId: null });
      if (!answer) return t('optNoAnswer');
      if (!answer.ok) return t('optFeedRefused', answer.reason);
      setUrl('');
      return t('optFeedAdded', answer.feed.outletName, answer.items);
    });
  };

  const refresh = () =>
    run(async () => {
      setStatus(t('refreshing'));
      const answer = await send('coverage:refresh', {});
      return answer?.ok ? t('optRefreshed') : t('refreshFailed', answer?.reason ?? t('optNoAnswer'));
    });

  const needle = filter.trim().toLowerCase();
  const shown = (feeds ?? []).filter(
    (feed) =>
      !needle || feed.url.toLowerCase().includes(needle) || feed.outletName.toLowerCase().includes(needle),
  );
  const page = shown.slice(offset, offset + FEEDS_PAGE_SIZE);
  const now = new Date();
  const failing = (feeds ?? []).filter((feed) => feed.status?.lastError).length;

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('optFeeds')}</h2>
      <p class="muted">{t('optFeedsIntro')}</p>
      <form class="card" onSubmit={add}>
        <label for="feed-url">{t('optFeedUrl')}</label>
        <div class="inline-form">
          <input
            id="feed-url"
            type="url"
            required
            placeholder="https://example.com/rss.xml"
            value={url}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <button type="submit" disabled={busy || !url.trim()}>
            {t('optAddFeed')}
          </button>
        </div>
        <p class="muted small">{t('optAddFeedHelp')}</p>
      </form>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void refresh()}>
          {t('refreshNow')}
        </button>
      </div>
      <output data-testid="feeds-status">{status}</output>
      <div class="filters">
        <label for="feed-filter">{t('optFilterFeeds')}</label>
        <input
          id="feed-filter"
          type="search"
          value={filter}
          onInput={(event) => {
            setFilter(event.currentTarget.value);
            setOffset(0);
          }}
        />
      </div>
      <output class="muted">{feeds ? t('optFeedCounts', shown.length, failing) : t('optLoading')}</output>
      <div class="table-scroll">
        <table class="feeds-table">
          <caption class="visually-hidden">{t('optFeeds')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optFeedOutlet')}</th>
              <th scope="col">{t('optFeedStatus')}</th>
              <th scope="col">{t('optFeedEnabled')}</th>
            </tr>
          </thead>
          <tbody>
            {page.map((feed) => (
              <tr key={feed.url} data-feed={feed.url}>
                <th scope="row">
                  <div>{feed.outletName}</div>
                  <div class="muted small feed-url">{feed.url}</div>
                  {feed.readerAdded ? <span class="chip">{t('optFeedYours')}</span> : null}
                </th>
                <td>
                  <FeedStatusCell feed={feed} now={now} locale={locale} />
                </td>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={feed.enabled}
                      disabled={busy}
                      onChange={(event) => {
                        const enabled = event.currentTarget.checked;
                        void run(async () => {
                          const answer = await send('feeds:set-enabled', { url: feed.url, enabled });
                          if (!answer?.ok) return t('optFailed', answer?.reason ?? t('optNoAnswer'));
                          return t(enabled ? 'optFeedOn' : 'optFeedOff', feed.url);
                        });
                      }}
                    />
                    <span class="visually-hidden">{t('optFeedEnabledFor', feed.url)}</span>
                  </label>
                  {feed.readerAdded ? (
                    <button
                      type="button"
                      class="link-button"
                      disabled={busy}
                      onClick={() =>
                        void run(async () => {
                          const answer = await send('feeds:remove', { url: feed.url });
                          return answer?.ok
                            ? t('optFeedRemoved', feed.url)
                            : t('optFailed', answer?.reason ?? '');
                        })
                      }
                    >
                      {t('optRemoveFeed')}
                      <span class="visually-hidden"> {feed.url}</span>
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > FEEDS_PAGE_SIZE ? (
        <nav class="pager" aria-label={t('optPages')}>
          <button
            type="button"
            class="secondary"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - FEEDS_PAGE_SIZE))}
          >
            {t('optPrevious')}
          </button>
          <span>
            {t('optShowing', offset + 1, Math.min(offset + FEEDS_PAGE_SIZE, shown.length), shown.length)}
          </span>
          <button
            type="button"
            class="secondary"
            disabled={offset + FEEDS_PAGE_SIZE >= shown.length}
            onClick={() => setOffset(offset + FEEDS_PAGE_SIZE)}
          >
            {t('optNext')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
