import type { StoredItem } from '../../utils/matching/item-store';
import { PackedFieldsReader } from '../../utils/matching/packed-fields';

/**
 * Every item of packed fields read back from storage, at once (a restored index reads them one by
 * one, when asked): for tests that rewrite a snapshot's items.
 */
export function unpackFields(
  value: unknown,
  shared: (name: string | undefined) => string | undefined = (name) => name,
): StoredItem[] {
  const reader = new PackedFieldsReader(value, shared);
  return Array.from({ length: reader.count }, (_, doc) => reader.record(doc));
}
