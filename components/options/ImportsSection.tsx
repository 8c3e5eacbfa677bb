import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ExportFormat, ExportScope, ImportedDatasetInfo, ImportPreview } from '../../utils/messages';
import { IMPORT_FORMAT_NAMES } from '../../utils/messages';
import type { ImportFormat } from '../../utils/sources/import';
import { labelKey, t } from '../../utils/ui/i18n';
import { formatDate } from '../../utils/ui/time-ago';
import { ConfirmButton } from './Confirm';
import { download } from './download';
import { reasonOf, type Send } from './send';

/** `ratings.json` → json, `allsides.csv` → allsides when the name says so, else csv. */
export function guessFormat(fileName: string): ImportFormat {
  const name = fileName.toLowerCase();
  if (name.includes('allsides')) return 'allsides';
  if (name.includes('mbfc') || name.includes('mediabias')) return 'mbfc';
  return name.endsWith('.json') ? 'json' : 'csv';
}

function PreviewReport({ preview }: { preview: ImportPreview }) {
  return (
    <div class="card" data-testid="import-preview">
      <h3>{t('optPreviewOf', preview.name)}</h3>
      <p data-testid="import-counts">{t('optPreviewCounts', preview.imported, preview.skipped)}</p>
      {preview.replaces ? <p class="warning">{t('optPreviewReplaces', preview.name)}</p> : null}
      {preview.errors.length ? (
        <table class="errors-table">
          <caption>{t('optRowErrors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('optRowWhere')}</th>
              <th scope="col">{t('optRowReason')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.errors.map((error) => (
              <tr key={'line' in error ? `l${error.line}` : `i${error.index}`}>
                <td>{'line' in error ? t('optLine', error.line) : t('optEntry', error.index)}</td>
                <td>{error.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview.moreErrors ? <p class="muted">{t('optMoreErrors', preview.moreErrors)}</p> : null}
    </div>
  );
}

interface Chosen {
  name: string;
  text: string;
}

/** Imports: a ratings file previewed, then applied whole or not at all; undo; export. */
export function ImportsSection({ send, locale }: { send: Send; locale: string }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [datasets, setDatasets] = useState<ImportedDatasetInfo[]>([]);
  const [scope, setScope] = useState<ExportScope>('merged');

  const loadDatasets = useCallback(async () => {
    const answer = await send('imports:list', {});
    setDatasets(answer?.datasets ?? []);
  }, [send]);
  useEffect(() => {
    void loadDatasets().catch((error: unknown) => setStatus(t('optFailed', reasonOf(error))));
  }, [loadDatasets]);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      setStatus(t('optFailed', reasonOf(error)));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setPreview(null);
    setStatus('');
    if (!file) {
      setChosen(null);
      return;
    }
    setFormat(guessFormat(file.name));
    setChosen({ name: file.name, text: await file.text() });
  };

  const check = () =>
    run(async () => {
      if (!chosen) return;
      setPreview(null);
      const answer = await send('imports:preview', { format, name: chosen.name, text: chosen.text });
      if (!answer) throw new Error(t('optNoAnswer'));
      if (!answer.ok) {
        setStatus(t('optImportRefused', answer.reason));
        return;
      }
      setPreview(answer.preview);
      setStatus(t('optPreviewCounts', answer.preview.imported, answer.preview.skipped));
    });

  const apply = () =>
    run(async () => {
      if (!chosen) return;
      const answer = await send('imports:apply', { format, name: chosen.name, text: chosen.text });
      if (!answer) throw new Error(t('optNoAnswer'));
      setStatus(
        answer.ok
          ? t('optImported', answer.preview.imported, chosen.name)
          : t('optImportRefused', answer.reason),
      );
      if (answer.ok) {
        setPreview(null);
        setChosen(null);
      }
      await loadDatasets();
    });

  const undo = (name: string) =>
    run(async () => {
      const answer = await send('imports:undo', { name });
      setStatus(answer?.ok ? t('optUndone', name) : t('optFailed', answer?.reason ?? t('optNoAnswer')));
      await loadDatasets();
    });

  const exportAs = (exportFormat: ExportFormat) =>
    run(async () => {
      const file = await send('ratings:export', { scope, format: exportFormat });
      if (!file) throw new Error(t('optNoAnswer'));
      download(file);
      setStatus(t('optExported', file.filename));
    });

  return (
    <section aria-labelledby="imports-heading">
      <h2 id="imports-heading">{t('optImports')}</h2>
      <p class="muted">{t('optImportsIntro')}</p>
      <form
        class="card"
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <div class="form-grid">
          <label for="import-file">{t('optImportFile')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.json,.txt,text/csv,application/json"
            onChange={(event) => void choose(event.currentTarget)}
          />
          <label for="import-format">{t('optImportFormat')}</label>
          <select
            id="import-format"
            value={format}
            onChange={(event) => {
              setFormat(event.currentTarget.value as ImportFormat);
              setPreview(null);
            }}
          >
            {IMPORT_FORMAT_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(labelKey('importFormat', name))}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button type="submit" disabled={!chosen || busy}>
            {t('optPreview')}
          </button>
          <button
            type="button"
            disabled={!preview || preview.imported === 0 || busy}
            onClick={() => void apply()}
          >
            {t('optApply')}
          </button>
        </div>
      </form>
      <output aria-live="polite" data-testid="imports-status">
        {status}
      </output>
      {preview ? <PreviewReport preview={preview} /> : null}

      <h3>{t('optImportedDatasets')}</h3>
      {datasets.length ? (
        <ul class="plain-list" data-testid="imported-datasets">
          {datasets.map((dataset) => (
            <li key={dataset.name}>
              <span>
                {t(
                  'optDatasetLine',
                  dataset.name,
                  dataset.outlets,
                  formatDate(dataset.importedAt, locale) ?? '',
                )}
              </span>{' '}
              <ConfirmButton
                label={t('optUndoImport')}
                question={t('optUndoQuestion', dataset.name)}
                confirmLabel={t('optUndoConfirm')}
                disabled={busy}
                onConfirm={() => void undo(dataset.name)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('optNoImports')}</p>
      )}

      <h3 id="export-heading">{t('optExport')}</h3>
      <div class="card">
        <fieldset class="radio-group">
          <legend>{t('optExportWhat')}</legend>
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'merged'}
              onChange={() => setScope('merged')}
            />{' '}
            {t('optExportMerged')}
          </label>
          <label>
            <input
              type="radio"
              name="export-scope"
              checked={scope === 'overrides'}
              onChange={() => setScope('overrides')}
            />{' '}
            {t('optExportOverrides')}
          </label>
        </fieldset>
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void exportAs('json')}>
            {t('optExportJson')}
          </button>
          <button type="button" disabled={busy} onClick={() => void exportAs('csv')}>
            {t('optExportCsv')}
          </button>
        </div>
      </div>
    </section>
  );
}
