import type { z } from 'astro/zod';
import type { Diagnostic } from '../../content/diagnostic.ts';
import type { YamlSource } from '../../content/yaml-source.ts';
import { invisibleCharacterMessage } from '../../../schemas/invisible-characters.ts';
import { fieldName, valueAt } from '../../content/schema-messages.ts';
import { findTextProblems, unencryptedAddressMessage } from '../text-hygiene.ts';

/** What every rule module uses to speak: a diagnostic at a place, and places in YAML. */

export function error(file: string, line: number, column: number, message: string): Diagnostic {
  return { file, line, column, severity: 'error', message };
}

export function warning(file: string, line: number, column: number, message: string): Diagnostic {
  return { file, line, column, severity: 'warning', message };
}

/** Where a field of a YAML text is, as a line of the file (the YAML may start further down). */
export function positionIn(source: YamlSource, path: readonly PropertyKey[], firstLine: number): { line: number; column: number } {
  const { line, column } = source.positionOf(path);
  return { line: line + firstLine - 1, column };
}

/**
 * One field's value, if it passes that field's own schema. Cross-checks use it so they can speak
 * about a reference (a clinic, a country) even while another field of the file has a problem.
 */
export function fieldValue<Schema extends z.ZodType>(source: YamlSource, path: readonly PropertyKey[], schema: Schema): z.output<Schema> | undefined {
  const result = schema.safeParse(valueAt(source.data, path));
  return result.success ? result.data : undefined;
}

/** Invisible characters anywhere in a YAML or JSON text's values, and unencrypted addresses. */
export function textDiagnostics(file: string, source: YamlSource, firstLine: number): Diagnostic[] {
  return findTextProblems(source.data).map((finding) => {
    const { line, column } = positionIn(source, finding.path, firstLine);
    return finding.kind === 'invisible'
      ? error(file, line, column, `"${fieldName(finding.path)}": ${invisibleCharacterMessage(finding.character!)}`)
      : warning(file, line, column, unencryptedAddressMessage(String(valueAt(source.data, finding.path))));
  });
}

/** The marker `npm run new` puts where the author has to write something. */
export const placeholderMarker = '[FILL IN';

/** Scaffolded text nobody has replaced yet: allowed while writing, flagged until done. */
export function placeholderWarnings(file: string, text: string, startLine: number, language: 'yaml' | 'markdown'): Diagnostic[] {
  const found: Diagnostic[] = [];
  text.split('\n').forEach((line, offset) => {
    const column = line.indexOf(placeholderMarker);
    // A YAML comment may mention the marker ("Replace every [FILL IN …]") without being one.
    if (column < 0 || (language === 'yaml' && line.trimStart().startsWith('#'))) return;
    found.push(warning(file, startLine + offset, column + 1, `This is still a placeholder from "npm run new". Replace "${line.slice(column).split(']')[0]}]" with the real text.`));
  });
  return found;
}
