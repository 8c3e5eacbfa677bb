import type { ComponentChildren } from 'preact';
import { t } from '../utils/ui/i18n';
import { safeHref } from '../utils/ui/safe-url';

/**
 * A link to a page on the web, opened in a new tab with no access back to us (`noopener`) and no
 * referrer. A URL that is not http(s) renders as plain text: feeds and pages are untrusted.
 */
export function ExternalLink({
  href,
  children,
}: {
  href: string | null | undefined;
  children: ComponentChildren;
}) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> {t('opensInNewTab')}</span>
    </a>
  );
}
