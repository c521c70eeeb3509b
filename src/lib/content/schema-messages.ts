import type { z } from 'astro/zod';
import { didYouMean } from './did-you-mean.ts';

/**
 * Schema problems as sentences for the person who will fix the file. Zod is handed an error map
 * at parse time (zod 4's `error` option), so our wording never depends on zod's: messages a
 * schema sets itself (`{ error: '…' }`) take precedence, and this map writes every other one.
 */

export interface MessageContext {
  /** Where top-level fields live, for "Add it to ...": "the frontmatter" or "this file". */
  container: string;
  /** Allowed values of fields that choose between forms (such as `kind`), for suggestions. */
  options?: Readonly<Record<string, readonly string[]>>;
}

/** One schema problem, at the path of the field in the file. */
export interface SchemaProblem {
  path: PropertyKey[];
  message: string;
}

/** `sources[0].url` rather than zod's array of keys: how a student finds the field in the file. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

type RawIssue = z.core.$ZodRawIssue;

/**
 * Parses `data` with `schema` and returns its value, or every problem in words. Sentences the map
 * writes are complete; a schema's own message is prefixed with the field it is about.
 */
export function parseWithMessages<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  context: MessageContext,
): { data: z.output<Schema> } | { problems: SchemaProblem[] } {
  const written = new Set<string>();
  const result = schema.safeParse(data, {
    error: (issue) => {
      const message = sentenceFor(issue, data, context);
      written.add(message);
      return message;
    },
  });
  if (result.success) return { data: result.data };
  const problems = flattenUnionIssues(result.error.issues).map((issue): SchemaProblem => {
    const where = fieldName(issue.path);
    if (isMissing(issue.code, issue.path, data)) return { path: issue.path, message: missingMessage(issue.path, context) };
    if (written.has(issue.message)) return { path: issue.path, message: issue.message };
    return { path: issue.path, message: where ? `"${where}": ${issue.message}` : issue.message };
  });
  // The same problem reported twice at one field (a union's branches) is said once.
  return { problems: problems.filter((p, i, all) => all.findIndex((o) => o.message === p.message && fieldName(o.path) === fieldName(p.path)) === i) };
}

function isMissing(code: string, path: readonly PropertyKey[], data: unknown): boolean {
  return (code === 'invalid_type' || code === 'invalid_union') && path.length > 0 && valueAt(data, path) === undefined;
}

function missingMessage(path: readonly PropertyKey[], { container }: MessageContext): string {
  const parent = path.length > 1 ? `"${fieldName(path.slice(0, -1))}"` : container;
  return `"${fieldName(path)}" is missing. Add it to ${parent}.`;
}

/** The map itself: zod hands it each problem with its full path and the value it judged. */
function sentenceFor(issue: RawIssue, data: unknown, context: MessageContext): string {
  const path = (issue.path ?? []) as PropertyKey[];
  const field = fieldName(path);
  const where = field ? `"${field}"` : 'This file';
  if (isMissing(issue.code ?? '', path, data)) return missingMessage(path, context);
  switch (issue.code) {
    case 'invalid_type':
      return `${where} should be ${describeExpected(String(issue.expected))}.`;
    case 'invalid_value': {
      const value = valueAt(data, path);
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return `${where} is "${String(value)}", which is not allowed here. Use one of: ${allowed.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
    }
    case 'invalid_union': {
      const value = valueAt(data, path);
      const options = context.options?.[field];
      if (typeof value === 'string' && options) {
        const suggestion = didYouMean(value, options);
        return `${where} is "${value}", which is not allowed here. Use one of: ${options.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
      }
      return `${where} does not match any of the accepted forms. Compare it with a page of the same kind.`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `${where} needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}.`;
      if (issue.origin === 'string') return `${where} is empty. Write the text, or remove the field if it is optional.`;
      return `${where} must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      return `${where} must be at most ${String(issue.maximum)}.`;
    case 'unrecognized_keys':
      return `${where} has field${issue.keys.length > 1 ? 's' : ''} that are not known here: ${issue.keys.join(', ')}. Check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'invalid_format':
      return `${where} is not written the expected way (${issue.format}).`;
    default:
      return `${where} is not valid here.`;
  }
}

/**
 * A discriminated union that found its branch reports the branch's own problems inside
 * `invalid_union`; bring them up so each is reported at its field.
 */
function flattenUnionIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length === 1) {
      return flattenUnionIssues(issue.errors[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
    }
    return [issue];
  });
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a piece of text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (one "- item" per line, or [a, b])';
    case 'object':
      return 'a group of fields, indented below it';
    case 'date':
      return 'a date written YYYY-MM-DD';
    default:
      return `of type ${expected}`;
  }
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
