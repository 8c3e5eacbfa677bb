import type { Provenance } from '../../utils/sources/layers';
import { t } from '../../utils/ui/i18n';

/** "Parallax's bundled dataset", "imported dataset “x.csv”", "your own rating". */
export function layerName(from: Provenance | undefined): string {
  if (!from || from === 'bundled') return t('layer_bundled');
  if (from === 'reader') return t('layer_reader');
  return t('layer_imported', from.slice('import:'.length));
}
