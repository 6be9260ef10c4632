import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  AtomicFileWriter,
  removeLiveTemporaryFiles,
  removeStaleTemporaryFiles,
  TEMPORARY_PREFIX,
  writeFileAtomic,
} from '../../src/node/atomic-write';

/** A pid that surely belongs to no running process: one that just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const folders: string[] = [];
function folder(): string {
  const made = fs.mkdtempSync(path.join(os.tmpdir(), 'skm-atomic-'));
  folders.push(made);
  return made;
}
afterEach(() => {
  for (const made of folders.splice(0)) fs.rmSync(made, { recursive: true, force: true });
});

describe('atomic writes', () => {
  it('writeFileAtomic replaces the file whole and leaves no temporary behind', () => {
    const target = path.join(folder(), 'sub', 'laporan.md');
    writeFileAtomic(target, 'lama');
    writeFileAtomic(target, 'baru');
    expect(fs.readFileSync(target, 'utf8')).toBe('baru');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['laporan.md']);
  });

  it('AtomicFileWriter: the target keeps its old content until commit, in batches larger than one flush', () => {
    const target = path.join(folder(), 'responses.csv');
    fs.writeFileSync(target, 'lama\n');
    const writer = new AtomicFileWriter(target);
    const line = `${'x'.repeat(99)}\n`;
    for (let index = 0; index < 30_000; index++) writer.write(line); // ≈ 3 MB: several flushes
    expect(fs.readFileSync(target, 'utf8')).toBe('lama\n');
    writer.commit();
    expect(fs.statSync(target).size).toBe(30_000 * 100);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['responses.csv']);
  });

  it('AtomicFileWriter: abort leaves the old file and removes the temporary', () => {
    const target = path.join(folder(), 'responses.csv');
    fs.writeFileSync(target, 'lama\n');
    const writer = new AtomicFileWriter(target);
    writer.write('setengah jadi\n'.repeat(200_000));
    writer.abort();
    expect(fs.readFileSync(target, 'utf8')).toBe('lama\n');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['responses.csv']);
  });

  it('AtomicFileWriter keeps bytes and text in order', () => {
    const target = path.join(folder(), 'campur.bin');
    const writer = new AtomicFileWriter(target);
    writer.write('a');
    writer.write(new Uint8Array([0xe2, 0x82, 0xac]));
    writer.write('b');
    writer.commit();
    expect(fs.readFileSync(target, 'utf8')).toBe('a€b');
  });

  it('names its temporary file with the recognisable prefix while writing', () => {
    const target = path.join(folder(), 'laporan.pdf');
    const writer = new AtomicFileWriter(target);
    expect(path.basename(writer.temporary).startsWith(TEMPORARY_PREFIX)).toBe(true);
    expect(fs.readdirSync(path.dirname(target))).toEqual([path.basename(writer.temporary)]);
    writer.abort();
  });

  it('removes temporaries of dead processes (and the older .name.pid.time.tmp form) on the next write, not a live one', () => {
    const made = folder();
    const dead = deadPid();
    const stale = [`${TEMPORARY_PREFIX}laporan-skm.md.${dead}.0`, `.responses.csv.${dead}.1764000000000.tmp`];
    const alive = `${TEMPORARY_PREFIX}laporan-skm.md.${process.ppid}.0`;
    for (const name of [...stale, alive, '.hidden-user-file.tmp']) fs.writeFileSync(path.join(made, name), 'x');
    writeFileAtomic(path.join(made, 'laporan-skm.md'), 'baru');
    expect(fs.readdirSync(made).sort()).toEqual([alive, '.hidden-user-file.tmp', 'laporan-skm.md'].sort());
    removeStaleTemporaryFiles(made);
    expect(fs.readdirSync(made)).toContain(alive);
  });

  it('removeLiveTemporaryFiles (the signal handler) removes unfinished temporaries and keeps the old target', () => {
    const target = path.join(folder(), 'responses.csv');
    fs.writeFileSync(target, 'lama\n');
    const writer = new AtomicFileWriter(target);
    writer.write('setengah');
    removeLiveTemporaryFiles();
    expect(fs.readdirSync(path.dirname(target))).toEqual(['responses.csv']);
    expect(fs.readFileSync(target, 'utf8')).toBe('lama\n');
  });
});
