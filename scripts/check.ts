/** `npm run check`: every problem in content/, in words a law student can act on. */
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { formatDiagnostic, hasErrors } from '../src/lib/content-check/diagnostic.ts';

const diagnostics = await checkContent({ root: process.cwd() });
for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;
console.log(
  errors + warnings === 0
    ? 'Content check: no problems found.'
    : `Content check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
);
process.exitCode = hasErrors(diagnostics) ? 1 : 0;
