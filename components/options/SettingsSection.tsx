import { useEffect, useRef, useState } from 'preact/hooks';
import { GDELT_LIMITS } from '../../utils/feeds/gdelt';
import { getSettings, SETTING_RANGES, type Settings, updateSettings } from '../../utils/storage';
import { t } from '../../utils/ui/i18n';
import { reasonOf } from './send';

/** Exactly what wider search sends: the same text as GDELT_DISCLOSURE, translated. */
export function widerSearchDisclosure(): string {
  return t(
    'optWiderSearchSends',
    GDELT_LIMITS.maxTerms,
    GDELT_LIMITS.timespanHours / 24,
    GDELT_LIMITS.maxRecords,
  );
}

type NumericKey = 'refreshIntervalMinutes' | 'retentionDays' | 'maxItems';

/**
 * Settings: refresh interval, retention and the cache's size, badge, and the two opt-ins (wider
 * search, reading balance).
 */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void getSettings().then(setSettings, (error: unknown) => setStatus(t('optFailed', reasonOf(error))));
  }, []);

  // One save at a time: each reads the stored settings and writes them back, so two at once
  // (a quick change of two fields) would lose the first.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const save = (patch: Partial<Settings>) => {
    saving.current = saving.current.then(async () => {
      try {
        setSettings(await updateSettings(patch));
        setStatus(t('optSettingsSaved'));
      } catch (error) {
        setStatus(t('optFailed', reasonOf(error)));
      }
    });
    return saving.current;
  };

  if (!settings) return <output>{t('optLoading')}</output>;

  const number = (key: NumericKey, label: string, help: string, step = 1) => {
    const { min, max } = SETTING_RANGES[key];
    return (
      <div class="setting">
        <label for={`setting-${key}`}>{label}</label>
        <input
          id={`setting-${key}`}
          type="number"
          min={min}
          max={max}
          step={step}
          value={settings[key]}
          aria-describedby={`setting-${key}-help`}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isFinite(value)) void save({ [key]: value });
          }}
        />
        <p id={`setting-${key}-help`} class="muted small">
          {help}
        </p>
      </div>
    );
  };

  const toggle = (key: 'badge' | 'widerSearch' | 'readingBalance', label: string, help: string) => (
    <div class="setting">
      <label class="checkbox">
        <input
          type="checkbox"
          checked={settings[key]}
          aria-describedby={`setting-${key}-help`}
          onChange={(event) => void save({ [key]: event.currentTarget.checked })}
        />{' '}
        {label}
      </label>
      <p id={`setting-${key}-help`} class="muted small">
        {help}
      </p>
    </div>
  );

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('optSettings')}</h2>
      {number(
        'refreshIntervalMinutes',
        t('optRefreshInterval'),
        t(
          'optRangeHelp',
          SETTING_RANGES.refreshIntervalMinutes.min,
          SETTING_RANGES.refreshIntervalMinutes.max,
        ),
      )}
      {number(
        'retentionDays',
        t('optRetention'),
        t('optRangeHelp', SETTING_RANGES.retentionDays.min, SETTING_RANGES.retentionDays.max),
      )}
      {number(
        'maxItems',
        t('optMaxItems'),
        t('optMaxItemsHelp', SETTING_RANGES.maxItems.min, SETTING_RANGES.maxItems.max),
        1_000,
      )}
      {toggle('badge', t('optBadge'), t('optBadgeHelp'))}
      {toggle('widerSearch', t('optWiderSearch'), widerSearchDisclosure())}
      {toggle('readingBalance', t('optReadingBalanceSetting'), t('optReadingBalanceHelp'))}
      <output data-testid="settings-status">{status}</output>
    </section>
  );
}
