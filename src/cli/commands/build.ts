/**
 * `skm build <period|workspace> [--report skm|lhtl|all] [--out dir] [--html] [--pdf] [--check] [--draft] [--format text|json]`
 *
 * Writes the Laporan SKM and the Laporan Hasil Tindak Lanjut of a period as Markdown (always), and
 * with `--html` / `--pdf` as HTML and PDF (pandoc, then Chromium). A workspace folder builds every
 * period; the LHTL only for periods with `rtl.yaml` unless `--report lhtl` names it. Default
 * output: `<workspace>/reports/<period>/`; with `--out dir`, `dir` for one period and
 * `dir/<period>/` for a workspace. Every write is atomic.
 *
 * `--check` writes nothing and compares the committed Markdown byte for byte: exit 1 listing the
 * stale or missing files, 0 when all are current.
 *
 * The lint runs first (the build gate): with an error in the files of a period being built (or in
 * the unit's), nothing is written and the errors are listed, exit 1. `--draft` builds anyway. A
 * report built with `--draft`, or with open warnings that touch printed figures
 * (`MARKING_CODES`), is marked: DRAF watermark, marks in place, annex "Catatan Pemeriksaan".
 *
 * Exit codes: 0 built (a draft included); 1 a lint error (no `--draft`), a stale report (`--check`), a missing pandoc or
 * Chromium (named with its Debian package; the Markdown is still written) or a failed conversion;
 * 2 a usage mistake. `SOURCE_DATE_EPOCH` adds a build stamp; without it output has no timestamp.
 */
import { renderHistoryMarkdown } from '../../core/history/render-history';
import { readRtlHistory } from '../../node/rtl-history';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildReport, REPORT_FILES } from '../../core/report/build-report';
import { mdt } from '../../core/report/safe';
import { PAGE_BREAK } from '../../core/report/signature';
import type { Diagnostic } from '../../core/model/diagnostic';
import { compareDiagnostics } from '../../core/model/diagnostic';
import type { Period } from '../../core/model/types';
import { MARKING_CODES, concernsPeriod, isMarked, reviewForPeriod } from '../../core/report/review';
import { getLocale, withLocale, t } from '../../core/text/messages';
import { writeFileAtomic } from '../../node/atomic-write';
import { ReportRenderer } from '../../node/render-report';
import { checkTool } from '../../node/tool-check';
import type { ToolCheck } from '../../node/tool-check';
import { booleanFlag, stringFlag } from '../args';
import { EXIT, UserError } from '../io';
import type { CliIo } from '../io';
import { buildTargets } from '../build-targets';
import type { BuildJob } from '../build-targets';
import { BuildOutput } from '../build-output';
import type { ReportKind } from '../../core/report/build-report';
import type { Command } from './command';
import { lintRoot } from './lint';

export const buildCommand: Command = {
  name: 'build',
  summary: 'cli.build.summary',
  synopsis: 'cli.build.synopsis',
  details: 'cli.build.details',
  options: {
    report: { type: 'string', values: ['skm', 'lhtl', 'all'], default: 'all', help: 'cli.opt.report' },
    out: { type: 'string', placeholder: 'cli.placeholder.folder', help: 'cli.opt.out' },
    html: { type: 'boolean', help: 'cli.opt.html' },
    pdf: { type: 'boolean', help: 'cli.opt.pdf' },
    check: { type: 'boolean', help: 'cli.opt.check' },
    draft: { type: 'boolean', help: 'cli.opt.draft' },
    'with-history': { type: 'boolean', help: 'cli.opt.with-history' },
    format: { type: 'string', values: ['text', 'json'], default: 'text', help: 'cli.opt.format' },
  },
  async run(args, io) {
    const report = (stringFlag(args, 'report') ?? 'all') as ReportKind | 'all';
    if (args.positionals.length > 1) throw new UserError(t('build.one-target'));
    const check = booleanFlag(args, 'check');
    const wantHtml = booleanFlag(args, 'html');
    const wantPdf = booleanFlag(args, 'pdf');
    if (check && (wantHtml || wantPdf)) throw new UserError(t('build.check-conflict'));
    const epochText = io.env['SOURCE_DATE_EPOCH'];
    if (epochText !== undefined && epochText !== '' && !/^\d+$/.test(epochText))
      throw new UserError(t('build.bad-epoch', { value: epochText }));
    const sourceDateEpoch = epochText ? Number(epochText) : undefined;
    const outFlag = stringFlag(args, 'out');
    const out = outFlag === undefined ? undefined : path.resolve(io.cwd, outFlag);
    const output = new BuildOutput(io, stringFlag(args, 'format') === 'json');
    const { opened, jobs } = buildTargets(args.positionals[0], io.cwd, report, out);

    const shown = (absolute: string): string => path.relative(io.cwd, absolute) || '.';
    const draft = booleanFlag(args, 'draft');
    let exitCode: number = EXIT.ok;
    const diagnostics = new Map<string, Diagnostic>();
    // The workspace is a boundary: a file named by it that lies outside is an error of the build too.
    for (const diagnostic of opened.loaded.diagnostics)
      if (diagnostic.code === 'workspace.outside-path') diagnostics.set(diagnosticKey(diagnostic), diagnostic);

    // The gate: lint first; an error in what is being built stops the build unless --draft.
    const gate = lintForBuild(opened.root, [...new Set(jobs.map((job) => job.period))]);
    // Listed: the errors, and the warnings that mark a report.
    for (const diagnostic of gate.shown)
      if (diagnostic.severity === 'error' || (diagnostic.severity === 'warning' && MARKING_CODES.has(diagnostic.code)))
        diagnostics.set(diagnosticKey(diagnostic), diagnostic);
    const errors = gate.shown.filter((diagnostic) => diagnostic.severity === 'error').length;
    if (errors > 0 && !draft && !check) {
      for (const diagnostic of [...diagnostics.values()].sort(compareDiagnostics))
        output.diagnostic(diagnostic, shown(path.join(opened.root, diagnostic.file)));
      io.stderr(`${t('build.gate', { errors })}\n`);
      output.finish(EXIT.problems);
      return EXIT.problems;
    }
    const marked: { file: string; findings: number }[] = [];
    const built: { job: BuildJob; markdown: string; file: string }[] = [];
    for (const job of jobs) {
      const assetBase = `${path.relative(job.folder, opened.root).split(path.sep).join('/') || '.'}/`;
      const review = reviewForPeriod(gate.forReport, job.period, draft);
      const result = buildReport({
        workspace: opened.workspace,
        periodId: job.period.id,
        kind: job.kind,
        texts: opened.loaded.texts,
        assetBase,
        review,
        ...(sourceDateEpoch === undefined ? {} : { sourceDateEpoch }),
      });
      for (const diagnostic of result.diagnostics) diagnostics.set(diagnosticKey(diagnostic), diagnostic);
      let markdown = result.markdown;
      if (booleanFlag(args, 'with-history') && job.kind === 'lhtl' && job.period.rtl) {
        // The RTL audit trail from git, as the LHTL's last lampiran.
        try {
          const history = await readRtlHistory({ cwd: opened.root, file: path.join(opened.root, job.period.rtl.file) });
          markdown = mdt`${markdown}\n${PAGE_BREAK}\n\n# Lampiran. Riwayat Perubahan RTL\n\n${withLocale('id', () => renderHistoryMarkdown(history, job.period?.rtl?.file ?? '', false))}`;
        } catch (error) {
          io.stderr(`${t('build.history-unavailable', { reason: error instanceof Error ? error.message : String(error) })}\n`);
          exitCode = EXIT.problems;
        }
      }
      const file = path.join(job.folder, REPORT_FILES[job.kind]);
      if (isMarked(review)) marked.push({ file, findings: review.findings.length });
      built.push({ job, markdown, file });
    }
    const sorted = [...diagnostics.values()].sort(compareDiagnostics);
    for (const diagnostic of sorted) output.diagnostic(diagnostic, shown(path.join(opened.root, diagnostic.file)));
    if (!draft && sorted.some((diagnostic) => diagnostic.severity === 'error')) exitCode = EXIT.problems;

    if (check) {
      let stale = 0;
      for (const { markdown, file } of built) {
        const current = readOrUndefined(file);
        if (current !== undefined && current.equals(Buffer.from(markdown, 'utf8'))) {
          output.file('current', shown(file));
          continue;
        }
        stale++;
        output.file(current === undefined ? 'missing' : 'stale', shown(file));
      }
      if (stale > 0) {
        io.stderr(`${t('build.check-summary', { stale, total: built.length })}\n`);
        exitCode = EXIT.problems;
      }
      output.finish(exitCode);
      return exitCode;
    }

    for (const { markdown, file } of built) {
      writeFileAtomic(file, markdown);
      output.file('written', shown(file));
    }
    for (const { file, findings } of marked) output.marked(shown(file), findings);
    if (wantHtml || wantPdf) {
      const converted = await convert(built, { wantHtml, wantPdf }, io, shown, output, opened.root);
      if (!converted) exitCode = EXIT.problems;
    }
    output.finish(exitCode);
    return exitCode;
  },
};

/**
 * The lint pass of the build gate, limited to the periods being built (and the unit's files):
 * `shown` in the user's language for stderr, `forReport` in Indonesian for the report's annex.
 */
function lintForBuild(root: string, periods: Period[]): { shown: Diagnostic[]; forReport: Diagnostic[] } {
  const concerned = (diagnostic: Diagnostic): boolean => periods.some((period) => concernsPeriod(diagnostic, period));
  const shown = lintRoot(root).filter(concerned);
  if (getLocale() === 'id') return { shown, forReport: shown };
  return { shown, forReport: withLocale('id', () => lintRoot(root).filter(concerned)) };
}

/** HTML and PDF of every built report; false when a tool is missing or a conversion failed. */
async function convert(
  built: { markdown: string; file: string }[],
  wanted: { wantHtml: boolean; wantPdf: boolean },
  io: CliIo,
  shown: (absolute: string) => string,
  output: BuildOutput,
  workspaceRoot: string,
): Promise<boolean> {
  const pandoc = checkTool('pandoc', io.env);
  const chromium = wanted.wantPdf ? checkTool('chromium', io.env) : undefined;
  if (!pandoc.ok) {
    reportMissing(pandoc, wanted.wantPdf ? 'HTML/PDF' : 'HTML', io);
    return false;
  }
  let ok = true;
  if (chromium && !chromium.ok) {
    reportMissing(chromium, 'PDF', io);
    ok = false;
  }
  let current = '';
  const renderer = new ReportRenderer({
    pandocPath: pandoc.path,
    ...(chromium?.ok ? { chromiumPath: chromium.path } : {}),
    workspaceRoot,
    onRefusedImage: (source) => {
      io.stderr(`${t('build.image-refused', { path: shown(current), source })}\n`);
      ok = false;
    },
  });
  try {
    for (const { markdown, file } of built) {
      current = file;
      const base = file.replace(/\.md$/, '');
      let html: string;
      try {
        html = await renderer.html(markdown, path.dirname(file));
      } catch (error) {
        io.stderr(`${t('build.pandoc-failed', { path: shown(file), message: errorText(error) })}\n`);
        ok = false;
        continue;
      }
      if (wanted.wantHtml) {
        writeFileAtomic(`${base}.html`, html);
        output.file('written', shown(`${base}.html`));
      }
      if (!chromium?.ok) continue;
      try {
        const printed = await renderer.pdf(html, path.dirname(file));
        if (printed.chartsError) {
          io.stderr(`${t('build.charts-failed', { path: shown(file), message: printed.chartsError })}\n`);
          ok = false;
        }
        writeFileAtomic(`${base}.pdf`, printed.pdf);
        output.file('written', shown(`${base}.pdf`));
      } catch (error) {
        io.stderr(`${t('build.chromium-failed', { path: shown(file), message: errorText(error) })}\n`);
        ok = false;
      }
    }
  } finally {
    await renderer.close();
  }
  return ok;
}

function reportMissing(tool: ToolCheck & { ok: false }, skipped: string, io: CliIo): void {
  io.stderr(
    `skm build: ${t('build.tool-missing', { tool: tool.tool === 'pandoc' ? 'pandoc' : 'Chromium', looked: tool.looked, package: tool.debianPackage, skipped })}\n`,
  );
}

function errorText(error: unknown): string {
  if (error instanceof Error) {
    const stderr = (error as Error & { stderr?: unknown }).stderr;
    const firstLine = error.message.split('\n')[0] ?? '';
    return typeof stderr === 'string' && stderr !== '' ? `${firstLine}: ${stderr}` : firstLine;
  }
  return String(error);
}

function diagnosticKey(diagnostic: Diagnostic): string {
  const { start } = diagnostic.range;
  return `${diagnostic.file}:${start.line}:${start.column}:${diagnostic.code}:${diagnostic.message}`;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
