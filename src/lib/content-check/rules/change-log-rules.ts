import type { Diagnostic } from '../../content/diagnostic.ts';
import type { CountryRecord } from '../../content/records.ts';
import type { Country } from '../../../schemas/country.ts';
import { branches, statuses } from '../../../schemas/vocab.ts';
import { isoDay } from '../../dates.ts';
import { positionIn, warning } from './report.ts';

/**
 * A researched cell whose level or conditions changed since the previous commit must be announced
 * in the file's `changes`: readers, unions and NGOs follow the feeds, and a silent change to a
 * rule is the one they most need to hear about.
 */
export function unloggedCellChanges(record: CountryRecord, previous: Country): Diagnostic[] {
  const current = record.data;
  if (!current) return [];
  const known = new Set(previous.changes.map((change) => change.date.getTime()));
  const newEntries = current.changes.filter((change) => !known.has(change.date.getTime()));
  const announced = new Set(newEntries.flatMap((change) => change.affects));
  const today = isoDay(new Date());
  return statuses.flatMap((status) =>
    branches.flatMap((branch) => {
      const before = previous.access[status][branch];
      const after = current.access[status][branch];
      if (before.level === 'unknown' && after.level === 'unknown') return [];
      const levelChanged = before.level !== after.level;
      if (!levelChanged && before.conditions === after.conditions) return [];
      const cell = `access.${status}.${branch}`;
      if (announced.has(cell) || announced.has(`access.${status}`)) return [];
      const what = levelChanged ? `The level of ${cell} changed from "${before.level}" to "${after.level}"` : `The conditions of ${cell} changed`;
      const field = levelChanged ? 'level' : after.conditions === undefined ? 'level' : 'conditions';
      const { line, column } = positionIn(record.yaml, ['access', status, branch, field], 1);
      return [
        warning(
          record.path,
          line,
          column,
          `${what} since the previous commit, but no new entry under "changes" says so. Readers follow changes on the "What changed" page and its feeds. Add an entry at the top of "changes", for example:\n` +
            `  - date: ${today}\n    summary: One sentence in plain English on what changed, and for whom.\n    affects: [${cell}]`,
        ),
      ];
    }),
  );
}
