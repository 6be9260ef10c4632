import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index';
import { completionScript } from '../../src/cli/commands/completion';
import type { CliIo } from '../../src/cli/io';
import { runCaptured, type CapturedRun } from './run-captured';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-init-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

const run = (argv: string[], cwd: string, extra: Partial<CliIo> = {}): Promise<CapturedRun> => runCaptured(argv, cwd, {}, extra);

/** A Google Forms export of `count` rows for the unit in `root`, built from its questions. */
function formsExport(root: string, count: number): string {
  const unit = fs.readFileSync(path.join(root, 'skm.yaml'), 'utf8');
  const questions = [...unit.matchAll(/^ {4}question: (.*)$/gm)].map((match) => match[1] ?? '');
  const header = ['Timestamp', 'Jenis layanan', 'Jenis Kelamin', 'Usia', ...questions].map((cell) => `"${cell}"`).join(',');
  const rows = Array.from({ length: count }, (_, index) =>
    [
      `2025/02/${String(1 + index).padStart(2, '0')} 9:41:12 AM GMT+8`,
      'layanan-1',
      index % 2 ? 'L' : 'P',
      String(25 + index),
      ...questions.map(() => String(3 + (index % 2))),
    ].join(','),
  );
  const file = path.join(temporary, `forms-${count}.csv`);
  fs.writeFileSync(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

describe('skm init and skm new-period', () => {
  it('init → new-period → import → build on an empty folder, no YAML written by hand', async () => {
    const init = await run(['init', 'unit', '--name', 'Bagian Umum Kota Contoh'], temporary);
    expect(init).toMatchObject({ code: 0, stderr: '' });
    const root = path.join(temporary, 'unit');
    expect((await run(['lint'], root)).code).toBe(0); // the scaffold lints without errors
    const period = await run(['new-period', '2025-s1', '--json'], root);
    expect(JSON.parse(period.stdout)).toEqual({
      period: '2025-s1',
      files: ['periods/2025-s1/period.yaml', 'periods/2025-s1/responses.csv'],
    });
    expect(fs.readFileSync(path.join(root, 'periods/2025-s1/period.yaml'), 'utf8')).toMatch(
      /label: Semester I 2025\nstart: 2025-01-01\nend: 2025-06-30/,
    );
    const imported = await run(['import', formsExport(root, 12), '--into', '2025-s1', '--json'], root);
    expect(JSON.parse(imported.stdout)).toMatchObject({ read: 12, imported: 12, rejected: 0 });
    expect((await run(['lint'], root)).code).toBe(0);
    const built = await run(['build', '--json'], root);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toMatchObject({ files: [{ path: 'reports/2025-s1/laporan-skm.md', status: 'written' }] });
    expect(fs.readFileSync(path.join(root, 'reports/2025-s1/laporan-skm.md'), 'utf8')).toContain('Bagian Umum Kota Contoh');
  });

  it('asks when stdin is a terminal, refuses without --name when it is not, never overwrites', async () => {
    const questions: string[] = [];
    const answers = ['Dinas Contoh', '2024-tw3'];
    const asked = await run(['init', 'asked'], temporary, {
      stdinIsTTY: true,
      prompt: (question) => {
        questions.push(question);
        return Promise.resolve(answers.shift() ?? '');
      },
    });
    expect(asked.code).toBe(0);
    expect(questions).toHaveLength(2);
    expect(fs.readFileSync(path.join(temporary, 'asked/skm.yaml'), 'utf8')).toContain('name: Dinas Contoh');
    expect(fs.readFileSync(path.join(temporary, 'asked/periods/2024-tw3/period.yaml'), 'utf8')).toContain('label: Triwulan III 2024');
    const noTty = await run(['init', 'quiet'], temporary);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toMatch(/--name/);
    expect(fs.existsSync(path.join(temporary, 'quiet'))).toBe(false);
    const again = await run(['init', 'asked', '--name', 'X'], temporary);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/sudah ada/);
    expect((await run(['new-period', '2024-tw3'], path.join(temporary, 'asked'))).code).toBe(2);
    expect((await run(['new-period', '../x'], path.join(temporary, 'asked'))).stderr).toMatch(/id periode/);
  });
});

describe('skm completion', () => {
  it('bash completes commands, options and enumerated values from the command table', () => {
    const script = completionScript(COMMANDS, 'bash');
    const complete = (words: string[]): string[] => {
      const program = `${script}\nCOMP_WORDS=(${words.map((word) => `'${word}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _skm; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const result = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return result.stdout.split('\n').filter(Boolean);
    };
    expect(complete(['skm', 'bu'])).toEqual(['build']);
    expect(complete(['skm', 'new'])).toEqual(['new-period']);
    expect(complete(['skm', 'build', '--ch'])).toEqual(['--check']);
    expect(complete(['skm', 'lint', '--format', 'g'])).toEqual(['github']);
    expect(complete(['skm', 'help', 'hi'])).toEqual(['history']);
    expect(completionScript(COMMANDS, 'zsh')).toMatch(/^autoload -U \+X bashcompinit && bashcompinit$/m);
  });

  it('skm completion prints the script; an unknown shell is a usage error', async () => {
    const bash = await run(['completion', 'bash'], temporary);
    expect(bash.stdout).toContain('complete -o filenames -F _skm skm');
    expect((await run(['completion', 'fish'], temporary)).code).toBe(2);
  });
});
