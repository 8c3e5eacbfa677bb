import { useEffect, useRef, useState } from 'preact/hooks';
import type { SourceRow } from '../../utils/messages';
import {
  BIAS_LABELS,
  type BiasLabel,
  FACTUALITY_LABELS,
  type Factuality,
  type OutletField,
  OWNERSHIP_TYPES,
  type OwnershipType,
} from '../../utils/sources/schema';
import { BIAS_BANDS, type OutletPatch, validateOutletPatch } from '../../utils/sources/validate-dataset';
import { type MessageKey, t } from '../../utils/ui/i18n';
import { basisText, layerName } from './provenance';
import { errorsOf, FormProblem, LabelSelect } from './rating-fields';

/** The fields whose origin the editor lists, with their label. */
const SHOWN_FIELDS: [OutletField, MessageKey][] = [
  ['bias', 'lean'],
  ['factuality', 'factuality'],
  ['owner', 'owner'],
  ['country', 'country'],
  ['kind', 'kind'],
  ['name', 'optName'],
  ['domains', 'optDomains'],
  ['feeds', 'optFeeds'],
];

function fitsBand(label: BiasLabel, score: number): boolean {
  if (label === 'unrated') return false;
  const band = BIAS_BANDS[label];
  return !band || (score >= band[0] && score <= band[1]);
}

/** Today's month, as a rating basis's `asOf`. */
const thisMonth = (now: Date) => now.toISOString().slice(0, 7);

function valuesOf({ outlet }: SourceRow): EditorValues {
  return {
    label: outlet.bias.label,
    score: outlet.bias.score === null ? '' : String(outlet.bias.score),
    factuality: outlet.factuality.label ?? '',
    ownerName: outlet.owner.name ?? '',
    ownerType: outlet.owner.type,
    country: outlet.country,
  };
}

export interface EditorValues {
  label: BiasLabel;
  score: string;
  factuality: Factuality | '';
  ownerName: string;
  ownerType: OwnershipType;
  country: string;
}

/** The reader's patch: only the fields they changed, each marked as their own rating. */
export function patchFrom(row: SourceRow, values: EditorValues, now: Date): OutletPatch {
  const { outlet } = row;
  const patch: OutletPatch = {};
  const score = values.score.trim() === '' ? null : Number(values.score);
  if (values.label !== outlet.bias.label || score !== outlet.bias.score) {
    patch.bias = {
      label: values.label,
      score,
      country: outlet.bias.country,
      basis: { raters: ['reader'], asOf: thisMonth(now) },
    };
  }
  const factuality = values.factuality || null;
  if (factuality !== outlet.factuality.label) {
    patch.factuality = {
      label: factuality,
      basis: { raters: factuality ? ['reader'] : [], asOf: thisMonth(now) },
    };
  }
  const ownerName = values.ownerName.trim() || null;
  if (ownerName !== outlet.owner.name || values.ownerType !== outlet.owner.type) {
    patch.owner = { name: ownerName, type: values.ownerType };
  }
  const country = values.country.trim().toUpperCase();
  if (country !== outlet.country) patch.country = country;
  return patch;
}

/** Edits the reader's own rating of one outlet; shows where every field comes from. */
export function SourceEditor({
  row,
  onSave,
  onReset,
  busy,
}: {
  row: SourceRow;
  onSave: (patch: OutletPatch) => void;
  onReset: () => Promise<void>;
  busy: boolean;
}) {
  const { outlet } = row;
  const [values, setValues] = useState<EditorValues>(() => valuesOf(row));
  const [problem, setProblem] = useState<string | null>(null);
  const firstField = useRef<HTMLSelectElement>(null);
  // Saved or reset: the form shows the merged values again. It stays mounted, so focus stays put.
  useEffect(() => setValues(valuesOf(row)), [row]);
  const id = (field: string) => `edit-${outlet.id}-${field}`;
  const set = (change: Partial<EditorValues>) => setValues((current) => ({ ...current, ...change }));

  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const patch = patchFrom(row, values, new Date());
    if (Object.keys(patch).length === 0) {
      setProblem(t('optNothingChanged'));
      return;
    }
    const errors = errorsOf(validateOutletPatch(patch).issues);
    if (errors) {
      setProblem(errors);
      return;
    }
    setProblem(null);
    onSave(patch);
  };

  const reset = async () => {
    await onReset();
    // The reset button goes away with the reader's rating: focus moves to the form's first field.
    firstField.current?.focus();
  };

  return (
    <div class="source-editor">
      <h4>{t('optWhereFrom')}</h4>
      <dl class="provenance-list">
        {SHOWN_FIELDS.map(([field, label]) => (
          <div key={field}>
            <dt>{t(label)}</dt>
            <dd data-field={field}>
              {layerName(row.from[field])}
              {field === 'bias' || field === 'factuality' ? (
                <span class="muted small basis">{basisText(outlet[field].basis)}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <form onSubmit={submit} aria-label={t('optEditRatingOf', outlet.name)}>
        <div class="form-grid">
          <label for={id('lean')}>{t('lean')}</label>
          <LabelSelect
            selectRef={firstField}
            id={id('lean')}
            group="lean"
            labels={BIAS_LABELS}
            value={values.label}
            onChange={(label) => {
              const score = Number(values.score);
              // A score outside the new label's band would be refused: clear it.
              set({ label, score: values.score !== '' && fitsBand(label, score) ? values.score : '' });
            }}
          />
          <label for={id('score')}>{t('optScore')}</label>
          <input
            id={id('score')}
            type="number"
            min={-1}
            max={1}
            step={0.05}
            value={values.score}
            disabled={values.label === 'unrated'}
            aria-describedby={id('score-help')}
            onInput={(event) => set({ score: event.currentTarget.value })}
          />
          <p id={id('score-help')} class="muted small span-2">
            {t('optScoreHelp')}
          </p>
          <label for={id('factuality')}>{t('factuality')}</label>
          <LabelSelect
            id={id('factuality')}
            group="factuality"
            labels={FACTUALITY_LABELS}
            none="factualityUnknown"
            value={values.factuality}
            onChange={(factuality) => set({ factuality })}
          />
          <label for={id('owner')}>{t('owner')}</label>
          <input
            id={id('owner')}
            value={values.ownerName}
            onInput={(event) => set({ ownerName: event.currentTarget.value })}
          />
          <label for={id('owner-type')}>{t('optOwnerType')}</label>
          <LabelSelect
            id={id('owner-type')}
            group="ownership"
            labels={OWNERSHIP_TYPES}
            value={values.ownerType}
            onChange={(ownerType) => set({ ownerType })}
          />
          <label for={id('country')}>{t('optCountryCode')}</label>
          <input
            id={id('country')}
            value={values.country}
            maxLength={2}
            size={3}
            autocomplete="off"
            onInput={(event) => set({ country: event.currentTarget.value })}
          />
        </div>
        <FormProblem problem={problem} />
        <div class="actions">
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus. */}
          <button type="submit" aria-disabled={busy}>
            {t('optSaveRating')}
          </button>
          {row.overridden ? (
            <button type="button" class="secondary" disabled={busy} onClick={() => void reset()}>
              {row.from.name === 'reader' ? t('optRemoveOutlet') : t('optResetRating')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
