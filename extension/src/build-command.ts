/**
 * `skm build` from the editor, honouring the build gate. The bundled CLI runs with
 * `--format json`; when it refuses because the lint found errors (exit 1, nothing written), the
 * errors go to the SKM output and the user may open the Problems view or build a draft
 * (`--draft`), which carries the DRAF mark. The message is not awaited, so the command resolves
 * at once (tests and keybindings never wait on a notification).
 */
import * as vscode from 'vscode';
import { tr } from './l10n';
import type { BuildJson } from '../../src/cli/build-output';

export type RunSkm = (args: string[], token?: vscode.CancellationToken) => Promise<{ code: number; stdout: string; stderr: string }>;

export interface BuildOutcome {
  code: number;
  /** The CLI's `BuildJson`, or undefined when it printed none (a usage mistake). */
  json: BuildJson | undefined;
  stderr: string;
}

/** True when the build wrote nothing because the lint found errors. */
export function refusedByGate(outcome: BuildOutcome): boolean {
  return (
    outcome.code === 1 &&
    outcome.json !== undefined &&
    outcome.json.files.length === 0 &&
    outcome.json.diagnostics.some((diagnostic) => diagnostic.severity === 'error')
  );
}

/** Runs `skm build …` once and copies what it reports into the SKM output. */
export async function runBuild(
  run: RunSkm,
  args: string[],
  output: vscode.OutputChannel,
  token?: vscode.CancellationToken,
): Promise<BuildOutcome> {
  const result = await run([...args, '--format', 'json'], token);
  let json: BuildJson | undefined;
  try {
    json = JSON.parse(result.stdout) as BuildJson;
  } catch {
    output.appendLine(result.stdout);
  }
  for (const entry of json?.diagnostics ?? [])
    output.appendLine(`${entry.file}:${entry.line}:${entry.column} ${entry.severity} ${entry.code} ${entry.message}`);
  for (const file of json?.files ?? []) output.appendLine(`${file.status}: ${file.path}`);
  for (const marked of json?.marked ?? []) output.appendLine(`DRAF: ${marked.path} (${marked.findings})`);
  if (result.stderr.trim() !== '') output.appendLine(result.stderr.trimEnd());
  return { code: result.code, json, stderr: result.stderr };
}

/**
 * Tells the user the gate refused the build, naming the first error; "Build as draft" runs
 * `rebuildAsDraft`, "Show problems" opens the Problems view.
 */
export function offerDraft(outcome: BuildOutcome, rebuildAsDraft: () => unknown): void {
  const errors = (outcome.json?.diagnostics ?? []).filter((diagnostic) => diagnostic.severity === 'error');
  const first = errors[0];
  const draft = tr('Build as draft');
  const problems = tr('Show problems');
  void vscode.window
    .showErrorMessage(
      tr(
        'The lint found {0} error(s), so no report was written. First: {1}',
        errors.length,
        first ? `${first.file}:${first.line}:${first.column} ${first.message}` : '',
      ),
      draft,
      problems,
    )
    .then((choice) => {
      if (choice === draft) return rebuildAsDraft();
      if (choice === problems) return vscode.commands.executeCommand('workbench.actions.view.problems');
      return undefined;
    });
}
