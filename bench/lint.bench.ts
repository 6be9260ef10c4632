/**
 * Lint speed, printed (not asserted):
 * 1. lint of a generated workspace with 10,000 responses, warm, in-process (target ≤ 100 ms);
 * 2. a 1,000,000-row responses.csv through `skm lint`'s streaming path, in a fresh child process:
 *    time and peak RSS (targets ≤ 3 s, ≤ 300 MB);
 * 3. validating the same YAML against the same schema with yaml-language-server over stdio (LSP)
 *    and with our validator, side by side.
 * Generated data goes to `.bench-data/` (git-ignored).
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lintRoot } from '../src/cli/commands/lint';
import { lintWorkspace } from '../src/core/lint/lint-workspace';
import { MemoryFiles } from '../src/core/load/workspace-files';
import { parseYaml } from '../src/core/parse/parse-yaml';
import { validateYaml } from '../src/core/validate/validate-yaml';
import { FsFiles } from '../src/node/fs-files';

const DATA = path.resolve('.bench-data');
const BASE = path.resolve('test/fixtures/lint/_base');
const HEADER = 'id,date,time,service,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9,saran';
const EDUCATION = ['SD', 'SMP', 'SMA', 'D1-D4', 'S1', 'S2', 'S3'];
const OCCUPATION = ['PNS', 'TNI', 'Polri', 'Swasta', 'Wirausaha', 'Lainnya'];

/** A deterministic row generator (xorshift), so every run lints the same data. */
function rowGenerator(): (index: number) => string {
  let state = 0x2f6b1d3;
  const next = (limit: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % limit;
  };
  return (index) => {
    const month = 1 + next(6);
    const day = 1 + next(28);
    const scores = Array.from({ length: 9 }, () => 2 + next(3)).join(',');
    return `r${index},2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')},${next(2) ? '08.00-12.00' : '13.00-17.00'},${next(2) ? 'rapat' : 'surat'},${next(2) ? 'L' : 'P'},${20 + next(40)},${EDUCATION[next(7)]},${OCCUPATION[next(6)]},${scores},${next(4) === 0 ? 'Pelayanan sudah baik' : ''}`;
  };
}

function makeWorkspace(name: string, rows: number, population: number): string {
  const root = path.join(DATA, name);
  const csv = path.join(root, 'periods/2023-s1/responses.csv');
  if (fs.existsSync(csv)) return root;
  fs.rmSync(root, { recursive: true, force: true });
  fs.cpSync(BASE, root, { recursive: true });
  const period = path.join(root, 'periods/2023-s1/period.yaml');
  fs.writeFileSync(period, fs.readFileSync(period, 'utf8').replace('size: 10', `size: ${population}`).replace('stated: 10', 'stated: 384'));
  const row = rowGenerator();
  const handle = fs.openSync(csv, 'w');
  let batch: string[] = [HEADER];
  for (let index = 1; index <= rows; index++) {
    batch.push(row(index));
    if (batch.length === 10_000) {
      fs.writeSync(handle, `${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) fs.writeSync(handle, `${batch.join('\n')}\n`);
  fs.closeSync(handle);
  return root;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => void, repeats: number, warmups = 3): number {
  for (let index = 0; index < warmups; index++) run();
  const times: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function benchTenThousand(): void {
  const root = makeWorkspace('lint-10k', 10_000, 100_000);
  const disk = new FsFiles(root);
  const files = new MemoryFiles(new Map(disk.list().map((file) => [file, disk.read(file) ?? ''])));
  let count = 0;
  const milliseconds = time(() => {
    count = lintWorkspace(files).diagnostics.length;
  }, 15);
  console.log(
    `lint, 10,000 responses, warm in-process: ${milliseconds.toFixed(1)} ms (median of 15; ${count} diagnostics; target ≤ 100 ms)`,
  );
}

function benchOneMillion(): void {
  const root = makeWorkspace('lint-1m', 1_000_000, 1_000_000);
  const size = fs.statSync(path.join(root, 'periods/2023-s1/responses.csv')).size;
  const child = spawnSync(process.execPath, [__filename, '--stream-child', root], { encoding: 'utf8' });
  if (child.status !== 0) {
    console.log(`1,000,000-row CSV: child failed (${child.status}): ${child.stderr}`);
    return;
  }
  const { milliseconds, maxRssKb, diagnostics } = JSON.parse(child.stdout) as {
    milliseconds: number;
    maxRssKb: number;
    diagnostics: number;
  };
  console.log(
    `lint, 1,000,000-row responses.csv (${(size / 1024 / 1024).toFixed(0)} MB), streaming, fresh process: ${(milliseconds / 1000).toFixed(2)} s, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB (${diagnostics} diagnostics; targets ≤ 3 s, ≤ 300 MB)`,
  );
}

function streamChild(root: string): void {
  const start = performance.now();
  const diagnostics = lintRoot(root).length;
  const milliseconds = performance.now() - start;
  process.stdout.write(JSON.stringify({ milliseconds, maxRssKb: process.resourceUsage().maxRSS, diagnostics }));
}

/** A minimal LSP client over stdio: Content-Length framing, requests with ids, notifications. */
class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly listeners: ((method: string, params: unknown) => void)[] = [];
  private readonly process;

  constructor(serverPath: string) {
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  onNotification(listener: (method: string, params: unknown) => void): void {
    this.listeners.push(listener);
  }

  stop(): void {
    this.process.kill();
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1] ?? 0);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {
        id?: number;
        method?: string;
        params?: unknown;
        result?: unknown;
      };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.method !== undefined && message.id !== undefined) {
        // A request from the server (workspace/configuration, client/registerCapability …).
        const items = (message.params as { items?: unknown[] } | undefined)?.items;
        const result =
          message.method === 'workspace/configuration'
            ? (items ?? []).map(() => ({ validate: true, format: { enable: false }, schemaStore: { enable: false } }))
            : null;
        this.send({ jsonrpc: '2.0', id: message.id, result });
      } else if (message.method !== undefined) {
        for (const listener of this.listeners) listener(message.method, message.params);
      } else if (message.id !== undefined) {
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
      }
    }
  }
}

async function benchLanguageServer(): Promise<void> {
  const schemaPath = path.resolve('schemas/responses.schema.json');
  const rows = 2_000;
  const row = rowGenerator();
  const lines = [`# yaml-language-server: $schema=${pathToFileURL(schemaPath).href}`];
  for (let index = 1; index <= rows; index++) {
    const [id, date, slot, service, gender, age, education, occupation, ...rest] = row(index).split(',');
    const scores = rest
      .slice(0, 9)
      .map((score, unsur) => `U${unsur + 1}: ${score}`)
      .join(', ');
    lines.push(
      `- { id: ${id}, date: ${date}, time: "${slot}", service: ${service}, gender: ${gender}, age: ${age}, education: ${education}, occupation: ${occupation}, ${scores} }`,
    );
  }
  // Two deliberate problems so that both tools have something to report.
  lines.push('- { id: bad1, date: 2023-02-30, U1: 3 }', '- { id: bad2, time: "9-12", U1: [4] }');
  const text = `${lines.join('\n')}\n`;
  const file = path.join(DATA, 'responses-lsp.yaml');
  fs.mkdirSync(DATA, { recursive: true });
  fs.writeFileSync(file, text);

  let ourCount = 0;
  const ours = time(() => {
    ourCount = validateYaml('responses', parseYaml('responses.yaml', text)).length;
  }, 15);

  const serverPath = path.resolve('node_modules/yaml-language-server/bin/yaml-language-server');
  const client = new LspClient(serverPath);
  const uri = pathToFileURL(file).href;
  let resolveDiagnostics: ((count: number) => void) | undefined;
  client.onNotification((method, params) => {
    if (method !== 'textDocument/publishDiagnostics') return;
    const published = params as { uri: string; diagnostics: unknown[]; version?: number };
    if (published.uri === uri && resolveDiagnostics && published.diagnostics.length > 0) resolveDiagnostics(published.diagnostics.length);
  });
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(DATA).href,
    capabilities: { workspace: { configuration: true } },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, format: { enable: false }, schemaStore: { enable: false } } },
  });
  const serverTimes: number[] = [];
  let serverCount = 0;
  for (let version = 1; version <= 8; version++) {
    const start = performance.now();
    const published = new Promise<number>((resolve) => (resolveDiagnostics = resolve));
    if (version === 1) client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    else client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: `${text}# ${version}\n` }] });
    serverCount = await Promise.race([published, new Promise<number>((resolve) => setTimeout(() => resolve(-1), 30_000))]);
    serverTimes.push(performance.now() - start);
  }
  client.stop();
  // The first round includes loading the schema; warm rounds are compared.
  const server = median(serverTimes.slice(3));
  console.log(
    `validate responses.yaml (${rows} rows, ${(text.length / 1024).toFixed(0)} KB) against schemas/responses.schema.json, warm median:`,
  );
  console.log(`  ours (yaml + ajv, in-process): ${ours.toFixed(1)} ms, ${ourCount} diagnostics`);
  console.log(
    `  yaml-language-server 1.x (stdio LSP, didChange → publishDiagnostics): ${server.toFixed(1)} ms, ${serverCount} diagnostics (first round, with schema load: ${serverTimes[0]?.toFixed(1)} ms)`,
  );
  console.log(`  ratio yaml-language-server / ours: ${(server / ours).toFixed(1)}×`);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--stream-child') {
    streamChild(process.argv[3] ?? '');
    return;
  }
  benchTenThousand();
  benchOneMillion();
  await benchLanguageServer();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
