import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist.ts';
import { localeCodes } from '../../src/locales.ts';
import { conventions } from '../../src/schemas/vocab.ts';

const root = join(import.meta.dirname, '..', '..');
type Ratification = { convention: string; status: string; year?: number };
const readRatifications = (path: string) => (parseYaml(readFileSync(join(root, path), 'utf8')) as { ratifications: Ratification[] }).ratifications;
/** Every country's ratifications, from the files themselves: country files and ratification-only files. */
const data = new Map<string, Ratification[]>([
  ...readdirSync(join(root, 'content', 'countries')).filter((f) => /^[a-z]{2}\.yaml$/.test(f)).map((f) => [f.slice(0, 2), readRatifications(`content/countries/${f}`)] as const),
  ...readdirSync(join(root, 'content', 'ratifications')).filter((f) => /^[a-z]{2}\.yaml$/.test(f)).map((f) => [f.slice(0, 2), readRatifications(`content/ratifications/${f}`)] as const),
]);
const statusOf = (code: string, convention: string) => data.get(code)?.find((r) => r.convention === convention)?.status ?? 'unknown';

describe('ILO standards across Europe', () => {
  it('covers at least 32 European countries', () => {
    expect(data.size).toBeGreaterThanOrEqual(32);
  });

  it('draws one map per convention, each country coloured as its file says, in every language', async () => {
    for (const locale of localeCodes) {
      const tree = fromHtml(await readPage(`${locale}/standards/index.html`));
      for (const convention of conventions) {
        const figure = select(`figure#map-${convention}`, tree);
        expect(figure, `${locale} ${convention}`).toBeTruthy();
        const coloured = new Map(
          selectAll('svg use', figure!)
            .map((use) => [String(use.properties['href']).replace('#map-', ''), String(use.properties['dataRatification'])] as const)
            .filter(([, status]) => status !== 'outside'),
        );
        expect(coloured.size, `${locale} ${convention}: countries on the map`).toBe(data.size);
        for (const [code, status] of coloured) expect(status, `${locale} ${convention} ${code}`).toBe(statusOf(code, convention));
        // The table says the same: a row per status, with as many countries as the map colours so.
        for (const row of selectAll('table.map-facts tbody tr', figure!)) {
          const status = String(row.properties['dataRatification']);
          const count = [...coloured.values()].filter((s) => s === status).length;
          expect(toString(select('th', row)!)).toContain(`(${count})`);
        }
      }
    }
  });

  it('draws every shape once and reuses it, with no script and nothing from another host', async () => {
    const html = await readPage('en/standards/index.html');
    const tree = fromHtml(html);
    const ids = selectAll('svg.map-shapes path[id]', tree).map((path) => path.properties['id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(selectAll('svg use', tree).every((use) => String(use.properties['href']).startsWith('#'))).toBe(true);
    expect(selectAll('.maps script, svg.map-shapes script', tree)).toEqual([]);
  });
});
