import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/args';
import type { BuildJson } from '../../src/cli/build-output';
import { COMMANDS } from '../../src/cli/commands/index';
import { runCaptured, type CapturedRun } from './run-captured';
import { FIXTURES } from '../lint/fixtures';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-cli-conventions-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

function workspace(name: string): string {
  const root = path.join(temporary, name);
  fs.cpSync(path.join(FIXTURES, '_base'), root, { recursive: true });
  return root;
}

const run = (argv: string[], cwd = temporary, env: Record<string, string> = {}): Promise<CapturedRun> => runCaptured(argv, cwd, env);

/** Commands whose output is a script or a help screen, not a result. */
const NO_RESULT = new Set(['completion']);

describe('skm CLI conventions', () => {
  it('-h, --help and `skm help <cmd>` print the same per-command help listing every option, exit 0', async () => {
    for (const command of COMMANDS) {
      const short = await run([command.name, '-h']);
      const long = await run([command.name, '--help', 'ignored-positional']);
      const viaHelp = await run(['help', command.name]);
      expect(short.code, command.name).toBe(0);
      expect(long.stdout).toBe(short.stdout);
      expect(viaHelp.stdout).toBe(short.stdout);
      expect(short.stdout.split('\n')[0]).toMatch(new RegExp(`^Pemakaian: skm ${command.name}\\b`));
      for (const option of Object.keys(command.options)) expect(short.stdout, `${command.name} --${option}`).toContain(`--${option}`);
    }
  });

  it('help is one language at a time', async () => {
    const english = await run(['help', 'build'], temporary, { SKM_LANG: 'en' });
    expect(english.stdout).toMatch(/^Usage: skm build/);
    expect(english.stdout).not.toMatch(/Pemakaian|bawaan|laporan yang/);
    const indonesian = await run(['help', 'build']);
    expect(indonesian.stdout).not.toMatch(/Usage|default:|which report/);
  });

  it('every result-producing command takes --format json, and --json is its alias', () => {
    for (const command of COMMANDS) {
      if (NO_RESULT.has(command.name)) continue;
      expect(command.options['format']?.values, command.name).toContain('json');
      expect(parseCommandArgs(['--json'], command.options).flags['format']).toBe('json');
    }
    expect(() => parseCommandArgs(['--json', '--format', 'text'], COMMANDS[0]?.options ?? {})).toThrow(/--json/);
  });

  it('did-you-mean for commands, options and option values; exit 2', async () => {
    const command = await run(['biuld']);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/biuld.*build\?/);
    const option = await run(['build', '--chek']);
    expect(option).toMatchObject({ code: 2 });
    expect(option.stderr).toMatch(/--chek.*--check\?/);
    const value = await run(['compute', '--format', 'jsn']);
    expect(value.code).toBe(2);
    expect(value.stderr).toMatch(/"jsn".*json\?/);
    const missing = await run(['build', '--out']);
    expect(missing.stderr).toMatch(/--out memerlukan nilai/);
    const boolValue = await run(['build', '--html=yes']);
    expect(boolValue.code).toBe(2);
  });

  it('a path that does not exist is named as such before anything else', async () => {
    const root = workspace('paths');
    for (const argv of [
      ['lint', 'nope/periods'],
      ['compute', 'nope/periods/2023-s1'],
      ['build', './nope'],
      ['export', 'nope/x', '--xlsx'],
      ['history', 'nope/rtl.yaml'],
      ['import', 'nope.csv', '--into', '2023-s1'],
    ]) {
      const result = await run(argv, root);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(/path tidak ada: \.?\/?nope/);
    }
    const outside = await run(['compute', '2023-s1'], temporary, { SKM_LANG: 'en' });
    expect(outside.stderr).toMatch(/path does not exist: 2023-s1/);
  });

  it('build --format json reports every file with its status and the exit code', async () => {
    const root = workspace('build-json');
    const written = await run(['build', '--format', 'json'], root);
    const json = JSON.parse(written.stdout) as BuildJson;
    expect(json.exitCode).toBe(written.code);
    expect(json.files.length).toBeGreaterThanOrEqual(2);
    expect(json.files.every((file) => file.status === 'written' && fs.existsSync(path.join(root, file.path)))).toBe(true);
    const check = JSON.parse((await run(['build', '--check', '--json'], root)).stdout) as BuildJson;
    expect(check.files.map((file) => file.status)).toEqual(json.files.map(() => 'current'));
  });

  it('import --format json prints the counts and no progress bar when stderr is not a terminal', async () => {
    const root = workspace('import-json');
    const header = fs.readFileSync(path.join(root, 'periods/2023-s1/responses.csv'), 'utf8').split('\n')[0] ?? '';
    fs.writeFileSync(path.join(root, 'in.csv'), `${header}\n`);
    const result = await run(['import', 'in.csv', '--into', '2023-s1', '--dry-run', '--json'], root);
    const json = JSON.parse(result.stdout) as { read: number; imported: number; rejected: number; dryRun: boolean };
    expect(json).toMatchObject({ read: 0, imported: 0, rejected: 0, dryRun: true });
    expect(result.stderr).not.toContain('[');
  });
});
