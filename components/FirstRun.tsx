import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../utils/ui/i18n';

/** Every site: feeds live on hundreds of outlets' hosts, and readers add their own. */
export const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

/**
 * Asks for access to all sites when the browser has not granted it: Firefox treats MV3
 * `host_permissions` as optional (the reader can withhold or revoke them), and without them every
 * feed fetch fails. Chrome grants them at install, so there this shows nothing.
 */
export function HostAccessPrompt({ onGranted }: { onGranted?: () => void }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    // An API that cannot answer (or throws before it can) cannot ask either: show nothing.
    Promise.resolve()
      .then(() => browser.permissions.contains(ALL_SITES))
      .then(setGranted, () => setGranted(true));
  }, []);
  if (granted !== false) return null;
  const request = () => {
    // Called straight from the click: the browser asks only during a user gesture.
    browser.permissions.request(ALL_SITES).then(
      (yes) => {
        setGranted(yes);
        if (yes) onGranted?.();
      },
      () => undefined,
    );
  };
  return (
    <div class="host-access" data-testid="host-access">
      <p>{t('hostAccessWhy')}</p>
      <button type="button" onClick={request} data-testid="host-access-grant">
        {t('hostAccessGrant')}
      </button>
    </div>
  );
}

/** What Parallax does and what it needs, shown once before the first report. */
export function FirstRun({ onStart, onGranted }: { onStart: () => void; onGranted?: () => void }) {
  return (
    <section class="card first-run" aria-labelledby="first-run-title" data-testid="first-run">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <p>{t('firstRunWhat')}</p>
      <p>{t('firstRunHow')}</p>
      <p>{t('firstRunNeeds')}</p>
      <HostAccessPrompt onGranted={onGranted} />
      <div class="actions">
        <button type="button" onClick={onStart} data-testid="first-run-start">
          {t('firstRunStart')}
        </button>
      </div>
    </section>
  );
}
