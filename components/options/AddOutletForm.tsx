import { useState } from 'preact/hooks';
import {
  BIAS_LABELS,
  type BiasLabel,
  FACTUALITY_LABELS,
  type Factuality,
  OUTLET_KINDS,
  type Outlet,
  type OutletKind,
} from '../../utils/sources/schema';
import { validateOutlet } from '../../utils/sources/validate-dataset';
import { t } from '../../utils/ui/i18n';
import { errorsOf, FormProblem, LabelSelect } from './rating-fields';

export interface NewOutletValues {
  name: string;
  domains: string;
  feeds: string;
  kind: OutletKind;
  label: BiasLabel;
  factuality: Factuality | '';
  country: string;
  owner: string;
}

const EMPTY: NewOutletValues = {
  name: '',
  domains: '',
  feeds: '',
  kind: 'digital',
  label: 'unrated',
  factuality: '',
  country: '',
  owner: '',
};

/** `The Daily Planet` → `the-daily-planet`. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `https://www.example.com/news` → `example.com`: what the dataset calls a domain. */
export function domainOf(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
}

const split = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** The outlet the form describes, as the reader's own complete rating. */
export function outletFrom(values: NewOutletValues, now: Date): Outlet {
  const asOf = now.toISOString().slice(0, 7);
  const country = values.country.trim().toUpperCase();
  return {
    id: slugOf(values.name),
    name: values.name.trim(),
    domains: [...new Set(split(values.domains).map(domainOf))],
    kind: values.kind,
    bias: {
      label: values.label,
      score: null,
      country,
      basis: { raters: values.label === 'unrated' ? [] : ['reader'], asOf },
    },
    factuality: {
      label: values.factuality || null,
      basis: { raters: values.factuality ? ['reader'] : [], asOf },
    },
    owner: { name: values.owner.trim() || null, type: 'unknown' },
    country,
    languages: [],
    paywall: null,
    feeds: split(values.feeds).map((url) => ({ url, topic: 'main' as const })),
  };
}

/** Adds an outlet no dataset has: its name, domains, feeds and the reader's rating of it. */
export function AddOutletForm({
  onAdd,
  busy,
}: {
  onAdd: (outlet: Outlet) => Promise<string | null>;
  busy: boolean;
}) {
  const [values, setValues] = useState<NewOutletValues>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<NewOutletValues>) => setValues((current) => ({ ...current, ...change }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const outlet = outletFrom(values, new Date());
    const errors = errorsOf(validateOutlet(outlet).issues);
    if (errors) {
      setProblem(errors);
      return;
    }
    const refused = await onAdd(outlet);
    setProblem(refused);
    if (!refused) setValues(EMPTY);
  };

  return (
    <form class="card" onSubmit={submit} aria-labelledby="add-outlet-heading">
      <h3 id="add-outlet-heading">{t('optAddOutlet')}</h3>
      <div class="form-grid">
        <label for="new-name">{t('optName')}</label>
        <input
          id="new-name"
          required
          value={values.name}
          onInput={(event) => set({ name: event.currentTarget.value })}
        />
        <label for="new-domains">{t('optDomains')}</label>
        <input
          id="new-domains"
          required
          aria-describedby="new-domains-help"
          value={values.domains}
          onInput={(event) => set({ domains: event.currentTarget.value })}
        />
        <p id="new-domains-help" class="muted small span-2">
          {t('optDomainsHelp')}
        </p>
        <label for="new-feeds">{t('optFeeds')}</label>
        <textarea
          id="new-feeds"
          rows={2}
          aria-describedby="new-feeds-help"
          value={values.feeds}
          onInput={(event) => set({ feeds: event.currentTarget.value })}
        />
        <p id="new-feeds-help" class="muted small span-2">
          {t('optFeedsHelp')}
        </p>
        <label for="new-kind">{t('kind')}</label>
        <LabelSelect
          id="new-kind"
          group="kind"
          labels={OUTLET_KINDS}
          value={values.kind}
          onChange={(kind) => set({ kind })}
        />
        <label for="new-lean">{t('lean')}</label>
        <LabelSelect
          id="new-lean"
          group="lean"
          labels={BIAS_LABELS}
          value={values.label}
          onChange={(label) => set({ label })}
        />
        <label for="new-factuality">{t('factuality')}</label>
        <LabelSelect
          id="new-factuality"
          group="factuality"
          labels={FACTUALITY_LABELS}
          none="factualityUnknown"
          value={values.factuality}
          onChange={(factuality) => set({ factuality })}
        />
        <label for="new-country">{t('optCountryCode')}</label>
        <input
          id="new-country"
          required
          maxLength={2}
          size={3}
          value={values.country}
          onInput={(event) => set({ country: event.currentTarget.value })}
        />
        <label for="new-owner">{t('owner')}</label>
        <input
          id="new-owner"
          value={values.owner}
          onInput={(event) => set({ owner: event.currentTarget.value })}
        />
      </div>
      <FormProblem problem={problem} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {t('optAddOutletButton')}
        </button>
      </div>
    </form>
  );
}
