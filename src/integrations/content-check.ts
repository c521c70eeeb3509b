import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkProject } from '../tooling/check-content.ts';
import { formatDiagnostic, hasErrors } from '../lib/content/diagnostic.ts';
import { contentFileCount, checkSummary } from '../lib/content-check/summary.ts';

/**
 * Runs the content check before anything is built, so that `npm run build` can never publish
 * content that `npm run check` rejects, and the reader of the log sees the same plain messages.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'atlas:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const { layer, diagnostics } = await checkProject({ root: fileURLToPath(config.root) });
        for (const d of diagnostics) {
          (d.severity === 'error' ? logger.error : logger.warn).call(logger, formatDiagnostic(d));
        }
        if (hasErrors(diagnostics)) {
          throw new Error('The content check found errors (listed above). Fix them, or run `npm run check` to see them again.');
        }
        logger.info(`${checkSummary(diagnostics, contentFileCount(layer))} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
