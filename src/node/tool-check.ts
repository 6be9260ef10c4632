/**
 * Finds the external programs the HTML and PDF outputs need. A missing program is reported once,
 * naming the Debian package that provides it; the caller still writes the Markdown and exits 1.
 *
 * - pandoc: `SKM_PANDOC` (a path, or a name on `PATH`), else `pandoc` on `PATH`; package `pandoc`.
 * - Chromium: `SKM_CHROMIUM` (a path, or a name on `PATH`), else `/usr/bin/chromium`, else `chromium` on `PATH`;
 *   package `chromium`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type ToolName = 'pandoc' | 'chromium';

export interface ToolFound {
  ok: true;
  tool: ToolName;
  path: string;
}

export interface ToolMissing {
  ok: false;
  tool: ToolName;
  /** The Debian package that provides the program. */
  debianPackage: string;
  /** Where we looked, for the message. */
  looked: string;
}

export type ToolCheck = ToolFound | ToolMissing;

const PACKAGES: Record<ToolName, string> = { pandoc: 'pandoc', chromium: 'chromium' };
const OVERRIDES: Record<ToolName, string> = { pandoc: 'SKM_PANDOC', chromium: 'SKM_CHROMIUM' };
const FIXED: Record<ToolName, string[]> = { pandoc: [], chromium: ['/usr/bin/chromium'] };

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, searchPath: string | undefined): string | undefined {
  for (const folder of (searchPath ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const candidate = path.join(folder, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Looks for one tool. An override in the environment is used as given (no fallback): a path when
 * it contains a separator, otherwise a program name looked up on `PATH` (the editor's default
 * settings are the bare names `pandoc` and `chromium`).
 */
export function checkTool(tool: ToolName, env: Record<string, string | undefined>): ToolCheck {
  const override = env[OVERRIDES[tool]];
  if (override !== undefined && override !== '') {
    const found =
      override.includes('/') || override.includes(path.sep)
        ? isExecutable(override)
          ? override
          : undefined
        : onPath(override, env['PATH']);
    return found ? { ok: true, tool, path: found } : { ok: false, tool, debianPackage: PACKAGES[tool], looked: override };
  }
  const found = FIXED[tool].find(isExecutable) ?? onPath(tool, env['PATH']);
  return found ? { ok: true, tool, path: found } : { ok: false, tool, debianPackage: PACKAGES[tool], looked: `PATH` };
}
