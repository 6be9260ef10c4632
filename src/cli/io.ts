/** What a CLI command may touch of the outside world; tests pass an in-memory one. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** stdout is a terminal. */
  isTTY: boolean;
  /** stderr is a terminal: progress is drawn only then. */
  stderrIsTTY?: boolean;
  /** stdin is a terminal: `skm init` asks questions only then. */
  stdinIsTTY?: boolean;
  /** Reads one answer line from the user (interactive `skm init`); absent = not interactive. */
  prompt?: (question: string) => Promise<string>;
}

/** A mistake in how the command was invoked (unknown flag, missing argument): exit code 2. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
