/**
 * A realistic pull request on a sample, for the review tests: the base branch `main` and the
 * branch `pr` with three responses added, two RTL items marked done (one with its strategy block
 * removed), a due date moved and a narrative paragraph edited.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'biro-umum-kaltim');

export function gitIn(repo: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {
      ...process.env,
      HOME: repo,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ani',
      GIT_AUTHOR_EMAIL: 'ani@example.id',
      GIT_COMMITTER_NAME: 'Ani',
      GIT_COMMITTER_EMAIL: 'ani@example.id',
      GIT_AUTHOR_DATE: '2024-01-02T03:04:05Z',
      GIT_COMMITTER_DATE: '2024-01-02T03:04:05Z',
    },
  });
}

function editIn(repo: string, file: string, from: string | RegExp, to: string): void {
  const absolute = path.join(repo, file);
  const text = fs.readFileSync(absolute, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`pull-request fixture: no change in ${file}`);
  fs.writeFileSync(absolute, next);
}

/** Builds the base branch `main` and the pull request's branch `pr`. */
export function realisticPullRequest(repo: string): void {
  const git = (...args: string[]): string => gitIn(repo, ...args);
  const edit = (file: string, from: string | RegExp, to: string): void => editIn(repo, file, from, to);
  fs.cpSync(SAMPLE, repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Laporan SKM Semester I 2023');
  git('checkout', '-q', '-b', 'pr');
  const csv = 'periods/2023-s1/responses.csv';
  fs.appendFileSync(
    path.join(repo, csv),
    [
      'r086,2023-05-02,08.00-12.00,rapat,P,35,S1,PNS,4,4,4,4,4,4,4,4,4,',
      'r087,2023-05-03,08.00-12.00,protokol,L,41,S1,PNS,3,3,2,3,3,3,3,2,3,',
      'r088,2023-05-04,13.00-17.00,rapat,P,29,DIII,Swasta,4,3,3,3,4,4,3,3,4,Ruang tunggu perlu kipas',
      '',
    ].join('\n'),
  );
  const rtl = 'periods/2023-s1/rtl.yaml';
  edit(
    rtl,
    /(id: rtl-2023s1-01[\s\S]*?)realisation:\n {6}status: belum\n {4}strategy:\n(?: {6}.*\n){4}/,
    '$1realisation:\n      status: sudah\n      description: Kontak petugas dibagikan pada setiap registrasi.\n      dates: [2023-08-01]\n',
  );
  edit(rtl, /(id: rtl-2023s1-02[\s\S]*?)status: belum/, '$1status: sudah');
  edit(rtl, /(id: rtl-2023s1-03[\s\S]*?)target: TW III 2023/, '$1target: TW IV 2023');
  edit('periods/2023-s1/narrative/kesimpulan.md', 'perlu dijaga agar terus meningkat.', 'perlu ditingkatkan pada unsur terendah.');
  git('add', '-A');
  git('commit', '-q', '-m', 'Tambah 3 responden, realisasi RTL, target RTL-03 mundur');
}
