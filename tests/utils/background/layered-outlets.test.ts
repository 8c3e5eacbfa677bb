import { describe, expect, it } from 'vitest';
import { loadLayeredOutlets } from '../../../utils/background/layered-outlets';
import { createOutletDirectory } from '../../../utils/background/outlet-directory';
import { openParallaxDb, saveOverride } from '../../../utils/db';

describe('the outlets the background looks pages up in', () => {
  it('finds a bundled outlet with every rating from the bundled layer', async () => {
    const db = await openParallaxDb('layered-bundled');
    const directory = createOutletDirectory(await loadLayeredOutlets(db));
    const card = directory.find({ url: 'https://edition.cnn.com/2026/01/01/politics/x/index.html' });
    expect(card?.name).toBe('CNN');
    expect(card?.bias.provenance.layer).toBe('bundled');
    expect(card?.factuality.provenance.layer).toBe('bundled');
  });

  it('applies the reader’s own rating and says it is theirs, leaving the other fields bundled', async () => {
    const db = await openParallaxDb('layered-override');
    const before = createOutletDirectory(await loadLayeredOutlets(db)).find({ url: 'https://www.cnn.com/x' });
    const bias = {
      label: 'center',
      score: 0,
      country: 'US',
      basis: { raters: ['reader'], asOf: '2026-01' },
    } as const;
    await saveOverride(db, {
      id: before!.id,
      bias: { ...bias, basis: { ...bias.basis, raters: ['reader'] } },
    });
    const after = createOutletDirectory(await loadLayeredOutlets(db)).find({ url: 'https://www.cnn.com/x' });
    expect(after?.bias.label).toBe('center');
    expect(after?.bias.provenance).toMatchObject({ layer: 'reader', basis: { raters: ['reader'] } });
    expect(after?.factuality.provenance.layer).toBe('bundled');
  });

  it('with nothing imported or overridden, holds the bundled outlets with the same ratings layering gives', async () => {
    const { bundledDataset } = await import('../../../utils/sources/bundled');
    const { layerDatasets } = await import('../../../utils/sources/layers');
    const loaded = await loadLayeredOutlets(await openParallaxDb('layered-bundled-only'));
    const layered = layerDatasets({ bundled: bundledDataset() }).outlets;
    expect(loaded.outlets.map((outlet) => outlet.id)).toEqual(layered.map((entry) => entry.outlet.id));
    for (const [i, { outlet }] of layered.entries()) {
      const { paths = [], aliases = [], ...rest } = loaded.outlets[i]!;
      expect({ ...rest, paths, aliases }).toEqual(outlet);
    }
    const provenance = loaded.provenanceOf('cnn');
    expect(Object.values(provenance).map((from) => from.layer)).toEqual(['bundled', 'bundled', 'bundled']);
    expect(loaded.provenanceOf('no-such-outlet')).toEqual({});
  });

  it('ignores a stored override that is not valid', async () => {
    const db = await openParallaxDb('layered-bad-override');
    const cnn = createOutletDirectory(await loadLayeredOutlets(db)).find({ url: 'https://www.cnn.com/x' });
    await saveOverride(db, { id: cnn!.id, bias: 'far-left' as never });
    const after = createOutletDirectory(await loadLayeredOutlets(db)).find({ url: 'https://www.cnn.com/x' });
    expect(after?.bias.label).toBe(cnn?.bias.label);
  });
});
