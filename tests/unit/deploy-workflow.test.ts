import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localeCodes } from '../../src/locales.ts';

/**
 * The deploy workflow is the one place the project holds write access to the live site. These
 * tests fail when it loses a guard: a trigger pull requests can reach, a secret, a write
 * permission outside the deploy job, a job forks could run, or a build that no longer covers
 * every language.
 */

const projectRoot = join(import.meta.dirname, '..', '..');
const workflowsDir = join(projectRoot, '.github', 'workflows');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  if?: unknown;
  needs?: string | string[];
  permissions?: unknown;
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean };
  environment?: unknown;
  uses?: string;
  'timeout-minutes'?: number;
  steps?: Step[];
}

interface Workflow {
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const workflowFiles = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

function readWorkflow(name: string): Workflow {
  return parse(readFileSync(join(workflowsDir, name), 'utf8')) as Workflow;
}

const deploy = readWorkflow('deploy.yml');

function job(name: string): Job {
  const found = deploy.jobs[name];
  if (!found) throw new Error(`deploy.yml has no "${name}" job.`);
  return found;
}

function steps(jobName: string): Step[] {
  return job(jobName).steps ?? [];
}

function stepUsing(jobName: string, action: string): Step {
  const found = steps(jobName).find((step) => step.uses?.split('@')[0] === action);
  if (!found) throw new Error(`The ${jobName} job of deploy.yml no longer uses ${action}.`);
  return found;
}

function stepRunning(jobName: string, command: RegExp): Step {
  const found = steps(jobName).find((step) => typeof step.run === 'string' && command.test(step.run));
  if (!found) throw new Error(`The ${jobName} job of deploy.yml has no step running ${command}.`);
  return found;
}

/** The event names of a workflow's `on:`, in any of the three forms GitHub accepts. */
function triggers(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

function needsOf(jobName: string): string[] {
  const needs = job(jobName).needs;
  return needs === undefined ? [] : [needs].flat();
}

/** An expression without its `${{ }}` and spaces, so that equivalent spellings compare equal. */
function expression(value: unknown): string {
  return String(value ?? '')
    .replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, '$1')
    .replace(/\s+/g, '');
}

describe('deploy workflow', () => {
  it('runs only on a push to main or by hand, never for a pull request', () => {
    expect(triggers(deploy.on).sort(), 'deploy.yml must be triggered by push and workflow_dispatch only.').toEqual(['push', 'workflow_dispatch']);
    const on = deploy.on as { push?: unknown };
    expect(on.push, 'deploy.yml must deploy on a push to main only (no other branch, tag or path filter).').toEqual({ branches: ['main'] });
  });

  it('uses no secret and no pull_request_target trigger, in any workflow', () => {
    expect(workflowFiles, 'the workflows folder should hold deploy.yml and pull-request.yml').toEqual(expect.arrayContaining(['deploy.yml', 'pull-request.yml']));
    for (const name of workflowFiles) {
      const workflow = readWorkflow(name);
      // The parsed workflow, not its text: comments may explain what is avoided.
      const parsed = JSON.stringify(workflow);
      expect(parsed, `${name} must not read secrets: GitHub Pages deploys with the workflow's OIDC token.`).not.toMatch(/\bsecrets\s*(\.|\[)/);
      expect(parsed, `${name} must not pass secrets to another workflow.`).not.toMatch(/"secrets":/);
      expect(triggers(workflow.on), `${name} must not run on pull_request_target: it gives a fork's pull request this repository's permissions.`).not.toContain('pull_request_target');
    }
    expect(triggers(deploy.on), 'deploy.yml must not run on pull requests.').not.toContain('pull_request');
  });

  it('is read-only except for the deploy job, which can write only to Pages', () => {
    expect(deploy.permissions, 'deploy.yml must start every job read-only: top-level permissions should be exactly contents: read.').toEqual({ contents: 'read' });
    for (const [name, { permissions }] of Object.entries(deploy.jobs)) {
      if (name === 'deploy') continue;
      const values = permissions && typeof permissions === 'object' ? Object.values(permissions) : [permissions];
      for (const value of values) {
        expect(['read', 'none', undefined], `The ${name} job must not have write permissions; only the deploy job may.`).toContain(value);
      }
    }
    expect(job('deploy').permissions, 'The deploy job needs exactly pages: write and id-token: write, and nothing else.').toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('skips every job in a fork, which lacks the SITE_URL repository variable', () => {
    expect(Object.keys(deploy.jobs).sort()).toEqual(['build', 'deploy', 'merge', 'plan']);
    for (const [name, { if: condition }] of Object.entries(deploy.jobs)) {
      expect(expression(condition), `The ${name} job must have \`if: vars.SITE_URL != ''\`, so that forks never deploy.`).toBe("vars.SITE_URL!=''");
    }
  });

  it('builds one shard per language of src/locales.ts, from the plan job', () => {
    const plan = job('plan');
    const matrixStep = stepRunning('plan', /npm run --silent locale-matrix/);
    expect(matrixStep.id, 'The plan step running locale-matrix needs an id for its output.').toBeTruthy();
    expect(expression(plan.outputs?.['locales']), 'The plan job must output "locales" from its locale-matrix step.').toBe(`steps.${matrixStep.id}.outputs.locales`);
    expect(matrixStep.run, 'The plan step must write the locale-matrix output to $GITHUB_OUTPUT as "locales".').toMatch(/locales=\$\(npm run --silent locale-matrix\)"?\s*>>\s*"?\$GITHUB_OUTPUT/);

    const build = job('build');
    expect(needsOf('build'), 'The build job must need the plan job.').toContain('plan');
    expect(expression(build.strategy?.matrix?.['locale']), "The build job's matrix must be the plan job's list of languages.").toBe('fromJSON(needs.plan.outputs.locales)');
    expect(build.strategy?.['fail-fast'], 'One language failing must not cancel the others: fail-fast should be false.').toBe(false);

    const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['locale-matrix'], 'package.json needs the locale-matrix script.').toBe('node scripts/locale-matrix.ts');
    const printed = execFileSync(join(projectRoot, 'node_modules', '.bin', 'node'), ['scripts/locale-matrix.ts'], { cwd: projectRoot, encoding: 'utf8' });
    expect(printed.trim().split('\n'), 'scripts/locale-matrix.ts must print one line.').toHaveLength(1);
    expect(JSON.parse(printed), 'scripts/locale-matrix.ts must print exactly the localeCodes of src/locales.ts.').toEqual(localeCodes);
  });

  it("builds each shard for its language, at the site's address, into shards/<locale>", () => {
    const build = stepRunning('build', /npm run build\b/);
    expect(expression(build.env?.['ATLAS_LOCALES']), 'The build step must set ATLAS_LOCALES to the matrix language.').toBe('matrix.locale');
    expect(expression(build.env?.['SITE_URL']), 'The build step must set SITE_URL from the SITE_URL repository variable.').toBe('vars.SITE_URL');
    expect(build.run, 'The build step must build into shards/<locale>.').toMatch(/--outDir shards\/\$\{\{\s*matrix\.locale\s*\}\}(\s|$)/);

    const upload = stepUsing('build', 'actions/upload-artifact');
    expect(String(upload.with?.['name']), 'Each shard must be uploaded as shard-<locale>.').toMatch(/^shard-\$\{\{\s*matrix\.locale\s*\}\}$/);
    expect(String(upload.with?.['path']), 'The uploaded artifact must hold the shard the build wrote.').toMatch(/^shards\/?(\$\{\{\s*matrix\.locale\s*\}\})?\/?$/);
    expect(upload.with?.['retention-days'], 'Shards are only for this run: keep them one day.').toBe(1);
  });

  it('restores the PDF cache after npm ci, which would delete it', () => {
    const buildSteps = steps('build');
    const install = buildSteps.findIndex((step) => step.run?.trim() === 'npm ci');
    const cache = buildSteps.findIndex((step) => step.uses?.split('@')[0] === 'actions/cache');
    expect(install, 'The build job must run npm ci.').toBeGreaterThanOrEqual(0);
    expect(cache, 'The build job must restore the PDF cache with actions/cache.').toBeGreaterThanOrEqual(0);
    expect(cache, 'actions/cache must come after npm ci: npm ci deletes node_modules, cache included.').toBeGreaterThan(install);
    const { path, key } = buildSteps[cache]?.with ?? {};
    expect(path, 'actions/cache must keep node_modules/.cache/atlas-pdfs.').toBe('node_modules/.cache/atlas-pdfs');
    expect(String(key), 'The PDF cache key must name the language.').toMatch(/matrix\.locale/);
  });

  it('merges every shard and publishes what the merge wrote', () => {
    expect(needsOf('merge'), 'The merge job must need the build job.').toContain('build');
    const download = stepUsing('merge', 'actions/download-artifact');
    expect(download.with?.['pattern'], 'The merge job must download every shard-* artifact.').toBe('shard-*');
    expect(download.with?.['path'], 'The merge job must download the shards into shards/.').toBe('shards');

    const mergeSteps = steps('merge');
    const merge = stepRunning('merge', /npm run merge\b/);
    expect(merge.run, 'The merge step must join every downloaded shard: npm run merge -- --out dist shards/*').toMatch(/npm run merge -- --out \S+ shards\/\*/);
    const out = /--out (\S+)/.exec(merge.run ?? '')?.[1];

    const pages = stepUsing('merge', 'actions/upload-pages-artifact');
    expect(pages.with?.['path'], `upload-pages-artifact must publish what npm run merge wrote (${out}).`).toBe(out);
    expect(out, 'The merged site goes to dist/.').toBe('dist');
    expect(mergeSteps.indexOf(pages), 'upload-pages-artifact must come after the merge.').toBeGreaterThan(mergeSteps.indexOf(merge));
  });

  it('deploys the merged site to Pages, after the merge', () => {
    expect(needsOf('deploy'), 'The deploy job must need the merge job.').toContain('merge');
    const step = stepUsing('deploy', 'actions/deploy-pages');
    expect(step.id, 'The deploy-pages step needs an id, for the environment URL.').toBeTruthy();
    expect(job('deploy').environment, "The deploy job must use the github-pages environment, with the deployment's URL.").toEqual({
      name: 'github-pages',
      url: `\${{ steps.${step.id}.outputs.page_url }}`,
    });
  });

  it('gives every job a time limit and never cancels a deployment halfway', () => {
    for (const [name, { 'timeout-minutes': timeout }] of Object.entries(deploy.jobs)) {
      expect(timeout, `The ${name} job needs timeout-minutes.`).toBeTypeOf('number');
    }
    expect(deploy.concurrency, 'Deployments must queue, not cancel each other.').toMatchObject({ 'cancel-in-progress': false });
  });

  it('pins every action to a version tag or commit, in every workflow', () => {
    const pinned = /^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;
    for (const name of workflowFiles) {
      for (const [jobName, { uses, steps: jobSteps = [] }] of Object.entries(readWorkflow(name).jobs)) {
        for (const action of [uses, ...jobSteps.map((step) => step.uses)]) {
          if (action === undefined || action.startsWith('./')) continue;
          expect(action, `${name}, job ${jobName}: "${action}" must be pinned to a version tag (@v4) or a commit SHA, not a branch or nothing.`).toMatch(pinned);
        }
      }
    }
  });
});
