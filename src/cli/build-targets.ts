/**
 * Which reports `skm build` makes, and where: a period (folder, file inside it, or id) gives its
 * reports; a workspace folder gives every period's. `--report all` means the Laporan SKM always
 * and the LHTL where the period has `rtl.yaml`; naming one kind builds it regardless.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ReportKind } from '../core/report/build-report';
import type { Period } from '../core/model/types';
import { t } from '../core/text/messages';
import { findWorkspaceRoot } from '../node/fs-files';
import { UserError } from './io';
import { openPeriod, openWorkspace } from './open-workspace';
import type { OpenedWorkspace } from './open-workspace';

export interface BuildJob {
  period: Period;
  kind: ReportKind;
  /** Absolute folder the report files go into. */
  folder: string;
}

export function buildTargets(
  argument: string | undefined,
  cwd: string,
  report: ReportKind | 'all',
  out: string | undefined,
): { opened: OpenedWorkspace; jobs: BuildJob[] } {
  const target = path.resolve(cwd, argument ?? '.');
  const root = fs.existsSync(target) ? findWorkspaceRoot(target) : undefined;
  const insidePeriod = root !== undefined && /^periods\/[^/]+/.test(path.relative(root, target).split(path.sep).join('/'));
  let opened: OpenedWorkspace;
  let periods: Period[];
  let single: boolean;
  if (root !== undefined && !insidePeriod) {
    opened = openWorkspace(root);
    periods = opened.workspace.periods;
    single = false;
    if (periods.length === 0) throw new UserError(t('build.no-periods', { path: root }));
  } else {
    const withPeriod = openPeriod(argument, cwd);
    opened = withPeriod;
    periods = [withPeriod.period];
    single = true;
  }
  const jobs: BuildJob[] = [];
  for (const period of periods) {
    const folder = out === undefined ? path.join(opened.root, 'reports', period.id) : single ? out : path.join(out, period.id);
    const kinds: ReportKind[] = report === 'all' ? (period.rtl ? ['skm', 'lhtl'] : ['skm']) : [report];
    for (const kind of kinds) jobs.push({ period, kind, folder });
  }
  return { opened, jobs };
}
