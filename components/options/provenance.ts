import type { Provenance } from '../../utils/sources/layers';
import type { RatingBasis } from '../../utils/sources/schema';
import { labelKey, t } from '../../utils/ui/i18n';

/** "Parallax's bundled dataset", "imported dataset “x.csv”", "your own rating". */
export function layerName(from: Provenance | undefined): string {
  if (!from || from === 'bundled') return t('layer_bundled');
  if (from === 'reader') return t('layer_reader');
  return t('layer_imported', from.slice('import:'.length));
}

/** "rated by AllSides, Media Bias/Fact Check, as of 2025": whose rating it is, when. */
export function basisText(basis: RatingBasis): string {
  const parts = [
    basis.raters.length
      ? t('ratedBy', basis.raters.map((rater) => t(labelKey('rater', rater))).join(', '))
      : t('noRaters'),
  ];
  if (basis.asOf) parts.push(t('asOf', basis.asOf));
  return parts.join(', ');
}
