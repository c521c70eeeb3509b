import type { z } from 'astro/zod';
import { didYouMean } from './did-you-mean.ts';

type Issue = z.core.$ZodIssue;

/** `sources[0].url` rather than zod's array of keys: how a student finds the field in the file. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** Zod's own messages start like this; messages our schemas set are already written for people. */
const zodDefaultMessage = /^(Invalid|Too (small|big)|Unrecognized key|Expected)/;

/** Turns a schema problem into a sentence saying what is wrong and how to fix it. */
export function describeIssue(
  issue: Issue,
  valueAt: (path: readonly PropertyKey[]) => unknown,
  context: {
    /** Where top-level fields live, for "Add it to ...": "the frontmatter" or "this file". */
    container: string;
    /** Allowed values of fields that choose between forms (such as `kind`), for suggestions. */
    options?: Readonly<Record<string, readonly string[]>>;
  },
): string {
  const { container, options } = context;
  const field = fieldName(issue.path);
  const custom = issue.message && !zodDefaultMessage.test(issue.message) ? issue.message : undefined;
  const where = field ? `"${field}"` : 'This file';
  const nested = issue.path.length > 1;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && field && valueAt(issue.path) === undefined) {
    const parent = nested ? `"${fieldName(issue.path.slice(0, -1))}"` : container;
    return `${where} is missing. Add it to ${parent}.`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return custom ? `${where}: ${custom}` : `${where} should be ${describeExpected(issue.expected)}.`;
    case 'invalid_value': {
      const value = valueAt(issue.path);
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      return (
        `${where} is "${String(value)}", which is not allowed here. Use one of: ${allowed.join(', ')}.` +
        (suggestion ? ` Did you mean "${suggestion}"?` : '')
      );
    }
    case 'invalid_union': {
      const value = valueAt(issue.path);
      if (custom && issue.errors.length === 0 && typeof value === 'string' && options?.[field]) {
        const suggestion = didYouMean(value, options[field]);
        return `${where} is "${value}", which is not allowed here. ${custom}${suggestion ? ` Did you mean "${suggestion}"?` : ''}`;
      }
      if (custom) return `${where}: ${custom}`;
      return `${where} does not match any of the accepted forms. Compare it with a page of the same kind.`;
    }
    case 'too_small': {
      if (custom) return `${where}: ${custom}`;
      if (issue.origin === 'array') return `${where} needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}.`;
      if (issue.origin === 'string') return `${where} is empty. Write the text, or remove the field if it is optional.`;
      return `${where} must be at least ${String(issue.minimum)}.`;
    }
    case 'too_big':
      return custom ? `${where}: ${custom}` : `${where} must be at most ${String(issue.maximum)}.`;
    case 'unrecognized_keys':
      return `${where} has field${issue.keys.length > 1 ? 's' : ''} that are not known here: ${issue.keys.join(', ')}. Check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'invalid_format':
      return custom ? `${where}: ${custom}` : `${where} is not written the expected way (${issue.format}).`;
    default:
      return custom ? `${where}: ${custom}` : `${where} is not valid here.`;
  }
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
