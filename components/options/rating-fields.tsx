import type { Ref } from 'preact';
import { formatIssue, type Issue } from '../../utils/sources/validate-dataset';
import { labelKey, type MessageKey, t } from '../../utils/ui/i18n';

// The pieces the add-outlet form and the rating editor share, so both rate an outlet the same way.

/**
 * A select over one of the schema's label lists (`lean`, `factuality`, `kind`, `ownership`), each option
 * by its translated name; `none` adds a first, empty option for "not known" (then `V` includes `''`).
 */
export function LabelSelect<V extends string>({
  id,
  group,
  labels,
  none,
  value,
  onChange,
  selectRef,
}: {
  id: string;
  group: string;
  labels: readonly V[];
  none?: MessageKey;
  value: V;
  onChange: (value: V) => void;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  return (
    <select
      ref={selectRef}
      id={id}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as V)}
    >
      {none ? <option value="">{t(none)}</option> : null}
      {labels.map((label) => (
        <option key={label} value={label}>
          {t(labelKey(group, label))}
        </option>
      ))}
    </select>
  );
}

/** The validation errors among `issues`, as one line to show the reader; null when there are none. */
export function errorsOf(issues: Issue[]): string | null {
  const errors = issues.filter((issue) => issue.severity === 'error');
  return errors.length ? errors.map(formatIssue).join('; ') : null;
}

/** Why the form was refused, announced as it appears. */
export function FormProblem({ problem }: { problem: string | null }) {
  return problem ? (
    <p class="form-error" role="alert">
      {problem}
    </p>
  ) : null;
}
