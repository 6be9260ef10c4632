/**
 * Lint speed, whole processes: `skm lint --format json` over generated realistic workspaces (10k,
 * 100k and 1M rows; 5M with `--5m`) against DuckDB making the same row checks (duplicate ids,
 * dates outside the period, blank scores) over the same CSV in the same run, and against the
 * floor (a bare node read). Targets (issue 12): 10k ≤ 0,3 s, 1M ≤ 2 s; ≤ 1,0× DuckDB.
 * Then validating a YAML file with yaml-language-server over stdio (LSP) and with ours.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseYaml } from '../src/core/parse/parse-yaml';
import { validateYaml } from '../src/core/validate/validate-yaml';
import { duckdb, DUCKDB_LINT, floor } from './anchors';
import { DATA, mb, measure, median, pair, report, rowGenerator, SKM, summary, workspace } from './harness';

const REPEATS = 3;

function figure(rows: number, seconds: number | undefined): void {
  const { root, csv, bytes } = workspace(rows);
  const label = `lint ${rows.toLocaleString('en')} rows (${mb(bytes)})`;
  const ours = () => measure(process.execPath, [SKM, 'lint', root, '--format', 'json'], { okCodes: [0, 1] });
  const { ours: a, anchor: b } = pair(REPEATS, ours, () => duckdb(csv, 'utf-8', DUCKDB_LINT));
  report(label, a, 'DuckDB', b, { ratio: 1, ...(seconds === undefined ? {} : { seconds }), rssMb: 200 });
  const found = JSON.parse(a.last.stdout) as { code: string }[];
  const codes = [...new Set(found.map((entry) => entry.code))].sort().join(', ');
  console.log(`  ${found.length} diagnostics (${codes})`);
  if (rows === 10_000) {
    const { ours: c, anchor: d } = pair(REPEATS, ours, () => floor(csv));
    report(`${label} against the floor`, c, 'floor', d, {});
  }
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
  figure(10_000, 0.3);
  figure(100_000, undefined);
  figure(1_000_000, 2);
  if (process.argv.includes('--5m')) figure(5_000_000, undefined);
  await benchLanguageServer();
  summary();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
