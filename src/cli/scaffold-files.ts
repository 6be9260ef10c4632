/**
 * `skm init` and `skm new-period` on disk, from the same scaffolds as the editor's New Unit and
 * New Period commands (src/core/load/scaffold.ts). Every write is atomic; nothing is overwritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { periodFromId, PERIOD_ID, responsesHeader, scaffoldPeriod } from '../core/load/scaffold';
import type { Workspace } from '../core/model/types';
import { t } from '../core/text/messages';
import { writeFileAtomic } from '../node/atomic-write';
import { UserError } from './io';

/** Writes `periods/<id>/period.yaml` and the responses header; returns the files written. */
export function writePeriod(root: string, workspace: Workspace, id: string, year: number): string[] {
  if (!PERIOD_ID.test(id)) throw new UserError(t('cli.new-period.bad-id', { id }));
  const folder = path.join(root, 'periods', id);
  const periodFile = path.join(folder, 'period.yaml');
  if (fs.existsSync(periodFile)) throw new UserError(t('cli.new-period.exists', { path: periodFile }));
  const { label, start, end } = periodFromId(id, year);
  writeFileAtomic(periodFile, scaffoldPeriod(label, start, end));
  const written = [periodFile];
  const responses = path.join(folder, 'responses.csv');
  if (!fs.existsSync(responses)) {
    writeFileAtomic(
      responses,
      responsesHeader(
        workspace.unit.unsur.map((unsur) => unsur.code),
        workspace.unit.profile.map((attribute) => attribute.key),
      ),
    );
    written.push(responses);
  }
  return written;
}
