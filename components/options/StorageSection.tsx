import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoragePart, StorageUsage } from '../../utils/messages';
import { labelKey, type MessageKey, t } from '../../utils/ui/i18n';
import { ConfirmButton } from './Confirm';
import { formatBytes } from './format';
import { reasonOf, type Send } from './send';

const PARTS: StoragePart[] = ['coverage', 'history', 'overrides'];

/** Storage: what Parallax keeps on this device, and clearing a part of it (each asks first). */
export function StorageSection({ send, locale }: { send: Send; locale: string }) {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [status, setStatus] = useState('');

  const load = useCallback(async () => {
    setUsage((await send('storage:usage', {})) ?? null);
  }, [send]);
  useEffect(() => {
    void load().catch((error: unknown) => setStatus(t('optFailed', reasonOf(error))));
  }, [load]);

  const clear = async (part: StoragePart) => {
    try {
      const answer = await send('storage:clear', { part });
      setStatus(
        answer?.ok
          ? t(labelKey('optCleared', part), answer.removed)
          : t('optFailed', answer?.reason ?? t('optNoAnswer')),
      );
      await load();
    } catch (error) {
      setStatus(t('optFailed', reasonOf(error)));
    }
  };

  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const rows: [MessageKey, string][] = usage
    ? [
        [
          'optStorageUsed',
          usage.usage === null
            ? t('optUnknown')
            : usage.quota
              ? t('optStorageOf', formatBytes(usage.usage, locale), formatBytes(usage.quota, locale))
              : formatBytes(usage.usage, locale),
        ],
        ['optStorageItems', count(usage.items)],
        ['optStorageFeeds', count(usage.feeds)],
        ['optStorageDatasets', count(usage.datasets)],
        ['optStorageOverrides', count(usage.overrides)],
        ['optStorageVisits', count(usage.visits)],
      ]
    : [];

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('optStorage')}</h2>
      {usage ? (
        <dl class="facts" data-testid="storage-usage">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('optLoading')}</p>
      )}
      <div class="actions">
        {PARTS.map((part) => (
          <ConfirmButton
            key={part}
            label={t(labelKey('optClear', part))}
            question={t(labelKey('optClearQuestion', part))}
            confirmLabel={t('optClearConfirm')}
            onConfirm={() => void clear(part)}
          />
        ))}
      </div>
      <output data-testid="storage-status">{status}</output>
    </section>
  );
}
