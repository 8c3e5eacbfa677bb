import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourcePage, SourceQuery, SourceRow } from '../../utils/messages';
import {
  BIAS_LABELS,
  type BiasLabel,
  OUTLET_KINDS,
  type Outlet,
  type OutletKind,
} from '../../utils/sources/schema';
import type { OutletPatch } from '../../utils/sources/validate-dataset';
import { countryName } from '../../utils/ui/country-name';
import { labelKey, t } from '../../utils/ui/i18n';
import { AddOutletForm } from './AddOutletForm';
import { SourceEditor } from './SourceEditor';
import { reasonOf, type Send } from './send';

export const SOURCES_PAGE_SIZE = 25;
/** Typing in the search box asks once the reader pauses. */
const SEARCH_DELAY_MS = 200;

type Filters = Omit<SourceQuery, 'limit'>;

function SourceItem({
  row,
  locale,
  expanded,
  onToggle,
  send,
  onChanged,
}: {
  row: SourceRow;
  locale: string;
  expanded: boolean;
  onToggle: () => void;
  send: Send;
  onChanged: (message: string) => void;
}) {
  const { outlet } = row;
  const [busy, setBusy] = useState(false);
  const panel = `source-${outlet.id}`;
  const act = async (action: () => Promise<{ ok: true } | { ok: false; reason: string }>, done: string) => {
    setBusy(true);
    try {
      const result = await action();
      onChanged(result?.ok ? done : t('optFailed', result?.reason ?? t('optNoAnswer')));
    } catch (error) {
      onChanged(t('optFailed', reasonOf(error)));
    } finally {
      setBusy(false);
    }
  };
  const save = (patch: OutletPatch) =>
    act(() => send('sources:override', { id: outlet.id, patch }), t('optRatingSaved', outlet.name));
  const reset = () =>
    act(() => send('sources:reset', { id: outlet.id, field: null }), t('optRatingReset', outlet.name));

  return (
    <li class="source-item" data-outlet={outlet.id}>
      <div class="source-summary">
        <h3 class="source-name">{outlet.name}</h3>
        <span class="muted small">{[...outlet.domains, ...(outlet.paths ?? [])].slice(0, 3).join(', ')}</span>
        <span class={`lean-chip lean-${outlet.bias.label}`}>{t(labelKey('lean', outlet.bias.label))}</span>
        <span class="small">
          {outlet.factuality.label
            ? t(labelKey('factuality', outlet.factuality.label))
            : t('factualityUnknown')}
        </span>
        <span class="small">{countryName(outlet.country, locale) ?? outlet.country}</span>
        {row.overridden ? <span class="chip">{t('layer_reader')}</span> : null}
        <button
          type="button"
          class="link-button"
          aria-expanded={expanded}
          aria-controls={panel}
          onClick={onToggle}
        >
          {t('optEditRating')}
          <span class="visually-hidden"> {outlet.name}</span>
        </button>
      </div>
      {expanded ? (
        <div id={panel}>
          <SourceEditor row={row} onSave={save} onReset={reset} busy={busy} />
        </div>
      ) : null}
    </li>
  );
}

/** Sources: search and filter the outlets, rate them yourself, add one. */
export function SourcesSection({
  send,
  locale,
  initialText = '',
}: {
  send: Send;
  locale: string;
  initialText?: string;
}) {
  const [filters, setFilters] = useState<Filters>({
    text: initialText,
    lean: null,
    country: null,
    kind: null,
    offset: 0,
  });
  const [page, setPage] = useState<SourcePage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [revision, setRevision] = useState(0);
  const [adding, setAdding] = useState(false);
  const firstLoad = useRef(true);
  // Opened from the popup's "change this rating" (a domain search): its one outlet opens ready to edit.
  const openSingleResult = useRef(initialText !== '');

  useEffect(() => {
    let current = true;
    const timer = setTimeout(
      () => {
        send('sources:query', { ...filters, limit: SOURCES_PAGE_SIZE })
          .then((answer) => {
            if (!current) return;
            if (!answer) throw new Error(t('optNoAnswer'));
            setPage(answer);
            setError(null);
            const [only] = answer.rows;
            if (openSingleResult.current && only && answer.rows.length === 1) setExpanded(only.outlet.id);
            openSingleResult.current = false;
          })
          .catch((failure: unknown) => current && setError(reasonOf(failure)));
      },
      firstLoad.current ? 0 : SEARCH_DELAY_MS,
    );
    firstLoad.current = false;
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [filters, revision, send]);

  const filter = (change: Partial<Filters>) =>
    setFilters((current) => ({ ...current, ...change, offset: 0 }));
  const changed = (message: string) => {
    setStatus(message);
    setRevision((n) => n + 1);
  };
  const add = async (outlet: Outlet): Promise<string | null> => {
    setAdding(true);
    try {
      const result = await send('sources:add', { outlet });
      if (!result) return t('optNoAnswer');
      if (!result.ok) return result.reason;
      filter({ text: outlet.domains[0] ?? outlet.name, lean: null, country: null, kind: null });
      setExpanded(outlet.id);
      changed(t('optOutletAdded', outlet.name));
      return null;
    } catch (failure) {
      return reasonOf(failure);
    } finally {
      setAdding(false);
    }
  };

  const first = page?.total ? filters.offset + 1 : 0;
  const last = page ? Math.min(filters.offset + SOURCES_PAGE_SIZE, page.total) : 0;

  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('optSources')}</h2>
      <p class="muted">{t('optSourcesIntro')}</p>
      <search class="filters">
        <label for="source-search">{t('optSearch')}</label>
        <input
          id="source-search"
          type="search"
          value={filters.text}
          placeholder={t('optSearchPlaceholder')}
          onInput={(event) => filter({ text: event.currentTarget.value })}
        />
        <label for="source-lean">{t('lean')}</label>
        <select
          id="source-lean"
          value={filters.lean ?? ''}
          onChange={(event) => filter({ lean: (event.currentTarget.value || null) as BiasLabel | null })}
        >
          <option value="">{t('optAny')}</option>
          {BIAS_LABELS.map((label) => (
            <option key={label} value={label}>
              {t(labelKey('lean', label))}
            </option>
          ))}
        </select>
        <label for="source-country">{t('country')}</label>
        <select
          id="source-country"
          value={filters.country ?? ''}
          onChange={(event) => filter({ country: event.currentTarget.value || null })}
        >
          <option value="">{t('optAny')}</option>
          {(page?.countries ?? []).map((code) => (
            <option key={code} value={code}>
              {countryName(code, locale) ?? code}
            </option>
          ))}
        </select>
        <label for="source-kind">{t('kind')}</label>
        <select
          id="source-kind"
          value={filters.kind ?? ''}
          onChange={(event) => filter({ kind: (event.currentTarget.value || null) as OutletKind | null })}
        >
          <option value="">{t('optAny')}</option>
          {OUTLET_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(labelKey('kind', kind))}
            </option>
          ))}
        </select>
      </search>
      <output class="muted" data-testid="sources-count">
        {page ? t('optShowing', first, last, page.total) : t('optLoading')}
      </output>
      <output data-testid="sources-status">{status}</output>
      {error ? (
        <p class="form-error" role="alert">
          {t('optFailed', error)}
        </p>
      ) : null}
      <ul class="source-list">
        {(page?.rows ?? []).map((row) => (
          <SourceItem
            key={row.outlet.id}
            row={row}
            locale={locale}
            expanded={expanded === row.outlet.id}
            onToggle={() => setExpanded((current) => (current === row.outlet.id ? null : row.outlet.id))}
            send={send}
            onChanged={changed}
          />
        ))}
      </ul>
      {page && page.total > SOURCES_PAGE_SIZE ? (
        <nav class="pager" aria-label={t('optPages')}>
          <button
            type="button"
            class="secondary"
            disabled={filters.offset === 0}
            onClick={() =>
              setFilters((current) => ({
                ...current,
                offset: Math.max(0, current.offset - SOURCES_PAGE_SIZE),
              }))
            }
          >
            {t('optPrevious')}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={last >= page.total}
            onClick={() =>
              setFilters((current) => ({ ...current, offset: current.offset + SOURCES_PAGE_SIZE }))
            }
          >
            {t('optNext')}
          </button>
        </nav>
      ) : null}
      <AddOutletForm onAdd={add} busy={adding} />
    </section>
  );
}
