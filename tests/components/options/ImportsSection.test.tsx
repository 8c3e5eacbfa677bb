import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { guessFormat, ImportsSection } from '../../../components/options/ImportsSection';
import { installEnglishMessages } from '../i18n-stub';
import { fakeSend, settle } from './fake-send';

beforeEach(() => installEnglishMessages());

const preview = {
  name: 'ratings.csv',
  imported: 2,
  skipped: 2,
  errors: [
    { line: 3, reason: 'unknown bias "sideways"' },
    { line: 5, reason: 'duplicate domain "a.example" (first at line 2)' },
  ],
  moreErrors: 0,
  replaces: false,
};

function setup(previewAnswer: unknown = { ok: true, preview }) {
  let imported: { name: string; importedAt: string; outlets: number }[] = [];
  const fake = fakeSend({
    'imports:list': () => ({ datasets: imported }),
    'imports:preview': () => previewAnswer,
    'imports:apply': () => {
      imported = [{ name: 'ratings.csv', importedAt: '2026-03-04T12:00:00Z', outlets: 2 }];
      return { ok: true, preview };
    },
    'imports:undo': () => {
      imported = [];
      return { ok: true };
    },
  });
  const root = document.createElement('div');
  document.body.append(root);
  render(<ImportsSection send={fake.send} locale="en" />, root);
  return { root, ...fake };
}

async function chooseFile(root: HTMLElement, name: string, text: string) {
  const input = root.querySelector('#import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
}

const button = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

describe('Imports', () => {
  it('guesses the format from the file name', () => {
    expect(guessFormat('AllSides-ratings.csv')).toBe('allsides');
    expect(guessFormat('mbfc-sources.json')).toBe('mbfc');
    expect(guessFormat('my.json')).toBe('json');
    expect(guessFormat('mine.csv')).toBe('csv');
  });

  it('previews the file with each bad row’s line and reason before anything is applied', async () => {
    const { root, calls } = setup();
    await settle();
    expect(button(root, 'Apply the import').disabled).toBe(true);
    await chooseFile(root, 'ratings.csv', 'name,domains,bias\n');
    button(root, 'Check the file').click();
    await settle();
    expect(calls.find((c) => c.type === 'imports:preview')?.payload).toEqual({
      format: 'csv',
      name: 'ratings.csv',
      text: 'name,domains,bias\n',
    });
    expect(root.querySelector('[data-testid=import-counts]')?.textContent).toBe(
      '2 outlets can be imported; 2 rows will be skipped.',
    );
    const rows = [...root.querySelectorAll('.errors-table tbody tr')].map((tr) => tr.textContent);
    expect(rows).toEqual([
      'line 3unknown bias "sideways"',
      'line 5duplicate domain "a.example" (first at line 2)',
    ]);
    expect(calls.some((c) => c.type === 'imports:apply')).toBe(false);

    button(root, 'Apply the import').click();
    await settle();
    expect(root.querySelector('[data-testid=imports-status]')?.textContent).toBe(
      'Imported 2 outlets from ratings.csv.',
    );
    expect(root.querySelector('[data-testid=imported-datasets]')?.textContent).toContain(
      'ratings.csv: 2 outlets',
    );
  });

  it('says why a file is refused and offers nothing to apply', async () => {
    const { root } = setup({ ok: false, reason: 'not a Parallax CSV ratings file: the header lacks "bias"' });
    await chooseFile(root, 'notes.csv', 'title\n');
    button(root, 'Check the file').click();
    await settle();
    expect(root.querySelector('[data-testid=imports-status]')?.textContent).toBe(
      'Not imported; your ratings are unchanged. not a Parallax CSV ratings file: the header lacks "bias"',
    );
    expect(button(root, 'Apply the import').disabled).toBe(true);
  });

  it('asks before undoing an import', async () => {
    const { root, calls } = setup();
    await chooseFile(root, 'ratings.csv', 'x');
    button(root, 'Check the file').click();
    await settle();
    button(root, 'Apply the import').click();
    await settle();
    button(root, 'Undo this import').click();
    await settle();
    expect(root.querySelector('.confirm legend')?.textContent).toBe('Remove ratings.csv and its ratings?');
    expect(calls.some((c) => c.type === 'imports:undo')).toBe(false);
    expect(document.activeElement?.textContent).toBe('Yes, remove it');
    button(root, 'Yes, remove it').click();
    await settle();
    expect(calls.find((c) => c.type === 'imports:undo')?.payload).toEqual({ name: 'ratings.csv' });
    expect(root.textContent).toContain('No dataset imported yet.');
  });
});
