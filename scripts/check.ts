/** `npm run check`: every problem in content/, in words a law student can act on. */
import { checkProject } from '../src/tooling/check-content.ts';
import { formatDiagnostic, hasErrors } from '../src/lib/content/diagnostic.ts';
import { checkSummary, contentFileCount } from '../src/lib/content-check/summary.ts';

const { layer, diagnostics } = await checkProject({ root: process.cwd() });
for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
console.log(checkSummary(diagnostics, contentFileCount(layer)));
process.exitCode = hasErrors(diagnostics) ? 1 : 0;
