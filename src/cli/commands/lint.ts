/**
 * `skm lint [paths…] [--format text|json|github]`: lints the workspace(s) containing the given
 * paths (default: the current folder) and prints every diagnostic. Exit 0 = no errors, 1 = errors,
 * 2 = usage or I/O problem. Every responses.csv is read by streaming, in bounded memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../core/model/diagnostic';
import { t } from '../../core/text/messages';
import { findWorkspaceRoot } from '../../node/fs-files';
import { lintRoot } from '../../node/lint-root';
import { stringFlag } from '../args';
import { EXIT, UserError } from '../io';
import type { LintJsonEntry } from '../lint-json';
import type { Command } from './command';

export { lintRoot };

type Format = 'text' | 'json' | 'github';

export interface LocatedDiagnostic extends Diagnostic {
  /** Absolute path of `file`. */
  absolute: string;
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'cli.lint.summary',
  synopsis: 'cli.lint.synopsis',
  details: 'cli.lint.details',
  options: {
    format: { type: 'string', values: ['text', 'json', 'github'], default: 'text', help: 'cli.opt.format' },
  },
  paths: 'all',
  run(args, io) {
    const format = (stringFlag(args, 'format') ?? 'text') as Format;
    const targets = (args.positionals.length > 0 ? args.positionals : ['.']).map((target) => path.resolve(io.cwd, target));
    const byRoot = new Map<string, string[]>();
    for (const target of targets) {
      if (!fs.existsSync(target)) throw new UserError(t('lint.path-missing', { path: target }));
      const root = findWorkspaceRoot(target);
      if (!root) throw new UserError(t('lint.no-workspace', { path: target }));
      byRoot.set(root, [...(byRoot.get(root) ?? []), target]);
    }
    const diagnostics: LocatedDiagnostic[] = [];
    for (const [root, rootTargets] of byRoot) {
      const inScope = (absolute: string): boolean =>
        rootTargets.some((target) => absolute === target || absolute.startsWith(target + path.sep) || target === root);
      for (const diagnostic of lintRoot(root)) {
        const absolute = path.join(root, diagnostic.file);
        if (inScope(absolute)) diagnostics.push({ ...diagnostic, absolute });
      }
    }
    io.stdout(render(diagnostics, format, io.cwd));
    return Promise.resolve(diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? EXIT.problems : EXIT.ok);
  },
};

function render(diagnostics: LocatedDiagnostic[], format: Format, cwd: string): string {
  const relative = (absolute: string): string => path.relative(cwd, absolute).split(path.sep).join('/');
  if (format === 'json') {
    const entries: LintJsonEntry[] = diagnostics.map((diagnostic) => {
      const entry: LintJsonEntry = {
        file: relative(diagnostic.absolute),
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.column + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.column + 1,
        severity: diagnostic.severity,
        code: diagnostic.code,
        message: diagnostic.message,
      };
      if (diagnostic.data) entry.data = diagnostic.data;
      return entry;
    });
    return `${JSON.stringify(entries, null, 2)}\n`;
  }
  if (format === 'github') {
    const command = { error: 'error', warning: 'warning', info: 'notice' } as const;
    return diagnostics
      .map((diagnostic) => {
        const { start, end } = diagnostic.range;
        const properties = `file=${escapeProperty(relative(diagnostic.absolute))},line=${start.line + 1},col=${start.column + 1},endLine=${end.line + 1},endColumn=${end.column + 1},title=${escapeProperty(diagnostic.code)}`;
        return `::${command[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}\n`;
      })
      .join('');
  }
  const lines = diagnostics.map(
    (diagnostic) =>
      `${relative(diagnostic.absolute)}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.column + 1} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}\n`,
  );
  const count = (severity: Diagnostic['severity']): number => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const files = new Set(diagnostics.map((diagnostic) => diagnostic.absolute)).size;
  return `${lines.join('')}${t('lint.summary', { errors: count('error'), warnings: count('warning'), infos: count('info'), files })}\n`;
}

/** Workflow-command escaping (the runner's rules): data escapes %, CR, LF; properties also : and ,. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
