import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AtomicFileWriter, writeFileAtomic } from '../../src/node/atomic-write';

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
});
