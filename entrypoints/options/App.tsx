import { useEffect, useRef, useState } from 'preact/hooks';
import { BalanceSection } from '../../components/options/BalanceSection';
import { FeedsSection } from '../../components/options/FeedsSection';
import { ImportsSection } from '../../components/options/ImportsSection';
import { SettingsSection } from '../../components/options/SettingsSection';
import { SourcesSection } from '../../components/options/SourcesSection';
import { StorageSection } from '../../components/options/StorageSection';
import type { Send } from '../../components/options/send';
import { type MessageKey, t } from '../../utils/ui/i18n';

export const TABS = ['sources', 'imports', 'feeds', 'settings', 'balance'] as const;
export type Tab = (typeof TABS)[number];

const TAB_LABELS: Record<Tab, MessageKey> = {
  sources: 'optSources',
  imports: 'optImports',
  feeds: 'optFeeds',
  settings: 'optSettings',
  balance: 'optBalance',
};

/** `#sources?domain=cnn.com` (the popup's "change this rating" link) → the tab and its search. */
export function parseHash(hash: string): { tab: Tab; domain: string } {
  const [name = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const tab = (TABS as readonly string[]).includes(name) ? (name as Tab) : 'sources';
  return { tab, domain: new URLSearchParams(query).get('domain') ?? '' };
}

/** The options page: one section at a time, chosen from the navigation (and the URL's hash). */
export function App({ send, locale }: { send: Send; locale: string }) {
  const [renderedHash] = useState(() => location.hash);
  const [route, setRoute] = useState(() => parseHash(renderedHash));
  const main = useRef<HTMLElement>(null);
  const navigated = useRef(false);

  useEffect(() => {
    const onHash = () => {
      navigated.current = true;
      setRoute(parseHash(location.hash));
    };
    window.addEventListener('hashchange', onHash);
    // The hash may have changed between the first render and now (a link followed as the page
    // loaded): its event came before this listener.
    if (location.hash !== renderedHash) onHash();
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    // After choosing a section, focus moves to it (not on first load: the reader starts at the top).
    if (navigated.current) main.current?.focus();
  }, [route.tab]);

  return (
    <>
      <header class="options-header">
        <h1>{t('optTitle')}</h1>
        <nav aria-label={t('optSections')}>
          <ul>
            {TABS.map((tab) => (
              <li key={tab}>
                <a href={`#${tab}`} aria-current={route.tab === tab ? 'page' : undefined}>
                  {t(TAB_LABELS[tab])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main tabIndex={-1} ref={main}>
        {route.tab === 'sources' ? (
          <SourcesSection key={route.domain} send={send} locale={locale} initialText={route.domain} />
        ) : null}
        {route.tab === 'imports' ? <ImportsSection send={send} locale={locale} /> : null}
        {route.tab === 'feeds' ? <FeedsSection send={send} locale={locale} /> : null}
        {route.tab === 'settings' ? (
          <>
            <SettingsSection />
            <StorageSection send={send} locale={locale} />
          </>
        ) : null}
        {route.tab === 'balance' ? <BalanceSection send={send} locale={locale} /> : null}
      </main>
    </>
  );
}
