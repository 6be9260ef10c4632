/**
 * Reads a whole workspace through the `WorkspaceFiles` port: the unit, every period and its data
 * files. Returns the model, every parsed YAML file (for schema validation and "reveal in source"),
 * and the diagnostics found while reading. Never throws on bad input.
 */
import type { Diagnostic, Range } from '../model/diagnostic';
import { pointRange } from '../model/diagnostic';
import type { Period, Workspace } from '../model/types';
import { decodeText } from '../parse/decode-text';
import { parseYaml, rangeOf } from '../parse/parse-yaml';
import type { ParsedYaml } from '../parse/parse-yaml';
import { t } from '../text/messages';
import { loadPeriod, resolveInside } from './load-period';
import { asObject, asString } from './coerce';
import { loadResponsesCsv, loadResponsesYaml } from './load-responses';
import { loadRtl } from './load-rtl';
import { loadSummary } from './load-summary';
import { loadUnit } from './load-unit';
import type { LoadCache } from './load-cache';
import type { WorkspaceFiles } from './workspace-files';

export const UNIT_FILE = 'skm.yaml';

/** The kind of every file the workspace format defines; each has a schema in `schemas/`. */
export type FileKind = 'unit' | 'period' | 'summary' | 'rtl' | 'responses';

export interface LoadedWorkspace {
  workspace: Workspace | undefined;
  /** Parsed YAML files by path, with their kind. */
  yaml: Map<string, { kind: FileKind; parsed: ParsedYaml }>;
  /** Decoded text of every file read (YAML, CSV, Markdown), by path. */
  texts: Map<string, string>;
  diagnostics: Diagnostic[];
}

const PERIOD_FILE = /^periods\/([^/]+)\/period\.yaml$/;

/** `workspace.outside-path` for a file that leaves the workspace, located where it is named. */
function outsideDiagnostic(path: string, file: string, range: Range): Diagnostic {
  return { code: 'workspace.outside-path', severity: 'error', message: t('workspace.outside-path', { path }), file, range };
}

export function readText(files: WorkspaceFiles, path: string, diagnostics: Diagnostic[]): string | undefined {
  if (files.outside(path)) {
    diagnostics.push(outsideDiagnostic(path, path, pointRange(0, 0)));
    return undefined;
  }
  const content = files.read(path);
  if (content === undefined) return undefined;
  if (typeof content === 'string') return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const decoded = decodeText(path, content);
  diagnostics.push(...decoded.diagnostics);
  return decoded.text;
}

/**
 * `cache` (optional) lets a caller that loads the same workspace again and again — the editor —
 * skip re-parsing responses whose text has not changed. Rows in a cached result are shared
 * between passes: nothing downstream may mutate them.
 */
export function loadWorkspace(files: WorkspaceFiles, root = '', cache?: LoadCache): LoadedWorkspace {
  const diagnostics: Diagnostic[] = [];
  const yaml = new Map<string, { kind: FileKind; parsed: ParsedYaml }>();
  const texts = new Map<string, string>();
  const parse = (path: string, kind: FileKind): ParsedYaml | undefined => {
    const text = readText(files, path, diagnostics);
    if (text === undefined) return undefined;
    texts.set(path, text);
    const parsed = parseYaml(path, text);
    diagnostics.push(...parsed.diagnostics);
    yaml.set(path, { kind, parsed });
    return parsed;
  };

  const unitParsed = parse(UNIT_FILE, 'unit');
  if (!unitParsed) {
    diagnostics.push({
      code: 'workspace.no-unit',
      severity: 'error',
      message: t('workspace.no-unit', { root: root || '.' }),
      file: UNIT_FILE,
      range: pointRange(0, 0),
    });
    return { workspace: undefined, yaml, texts, diagnostics };
  }
  const unit = loadUnit(unitParsed);
  const allFiles = files.list().sort();
  const periods: Period[] = [];
  for (const path of allFiles) {
    const match = PERIOD_FILE.exec(path);
    if (!match?.[1]) continue;
    const id = match[1];
    const folder = `periods/${id}`;
    const periodParsed = parse(path, 'period');
    if (!periodParsed) continue;
    const period = loadPeriod(periodParsed, id, folder);

    const csvPath = `${folder}/responses.csv`;
    const responsesYamlPath = `${folder}/responses.yaml`;
    const summaryPath = `${folder}/summary.yaml`;
    const hasResponses = files.exists(csvPath) || files.exists(responsesYamlPath);
    if (files.exists(csvPath)) {
      const text = readText(files, csvPath, diagnostics) ?? '';
      texts.set(csvPath, text);
      const loaded = cache
        ? cache.responses(csvPath, text, texts.get(UNIT_FILE) ?? '', () => loadResponsesCsv(csvPath, text, unit))
        : loadResponsesCsv(csvPath, text, unit);
      diagnostics.push(...loaded.diagnostics);
      period.responses = loaded.responses;
    } else if (files.exists(responsesYamlPath)) {
      const parsed = parse(responsesYamlPath, 'responses');
      if (parsed) {
        const loaded = loadResponsesYaml(parsed, unit);
        diagnostics.push(...loaded.diagnostics);
        period.responses = loaded.responses;
      }
    }
    if (files.exists(summaryPath)) {
      const parsed = parse(summaryPath, 'summary');
      if (parsed) {
        if (hasResponses) {
          diagnostics.push({
            code: 'period.both-data',
            severity: 'warning',
            message: t('responses.both', { used: csvPath }),
            file: summaryPath,
            range: pointRange(0, 0),
          });
        } else {
          period.summary = loadSummary(parsed);
        }
      }
    }
    const rtlPath = `${folder}/rtl.yaml`;
    if (files.exists(rtlPath)) {
      const parsed = parse(rtlPath, 'rtl');
      if (parsed) {
        period.rtl = loadRtl(parsed, folder);
        // Evidence photos must be files inside the workspace; others are reported and left out.
        const items = asObject(parsed.value)['items'];
        period.rtl.items.forEach((item, index) => {
          const realisation = item.realisation;
          if (!realisation) return;
          const raw = Array.isArray(items) ? asObject(asObject(asObject(items[index])['realisation']))['evidence'] : undefined;
          realisation.evidence = realisation.evidence.filter((evidence, evidenceIndex) => {
            const written = asString(asObject(Array.isArray(raw) ? raw[evidenceIndex] : undefined)['file']) ?? '';
            if (written === '') return true;
            if (resolveInside(folder, written, false) !== undefined && !files.outside(evidence.file)) return true;
            diagnostics.push(outsideDiagnostic(written, rtlPath, evidence.source?.range ?? pointRange(0, 0)));
            return false;
          });
        });
      }
    }
    // Narrative files must be inside the workspace too; the report falls back to the default text.
    const narrativeMap = asObject(asObject(periodParsed.value)['narrative']);
    for (const [key, narrativePath] of Object.entries(period.narrative)) {
      const written = asString(narrativeMap[key]) ?? '';
      if (resolveInside(folder, written, false) === undefined || files.outside(narrativePath)) {
        diagnostics.push(outsideDiagnostic(written, path, rangeOf(periodParsed, ['narrative', key])));
        delete period.narrative[key];
        continue;
      }
      const text = readText(files, narrativePath, diagnostics);
      if (text !== undefined) texts.set(narrativePath, text);
    }
    periods.push(period);
  }
  periods.sort((a, b) => (a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start < b.start ? -1 : 1));
  cache?.endPass();
  return { workspace: { root, unit, periods }, yaml, texts, diagnostics };
}
