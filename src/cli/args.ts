import { UserError } from './io';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean>;
}

/**
 * A small argument parser: `--flag`, `--key value`, `--key=value`. `valued` names the flags that
 * take a value; any flag not in `valued` or `boolean` is a usage error.
 */
export function parseArgs(argv: readonly string[], spec: { valued?: readonly string[]; boolean?: readonly string[] }): ParsedArgs {
  const valued = new Set(spec.valued ?? []);
  const booleans = new Set([...(spec.boolean ?? []), 'help']);
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!argument.startsWith('--')) {
      positionals.push(argument);
      continue;
    }
    const [name = '', inlineValue] = argument.slice(2).split(/=(.*)/s, 2);
    if (valued.has(name)) {
      const value = inlineValue ?? argv[++index];
      if (value === undefined) throw new UserError(`--${name} memerlukan nilai / needs a value`);
      flags[name] = value;
    } else if (booleans.has(name)) {
      flags[name] = true;
    } else {
      throw new UserError(`Opsi tidak dikenal / unknown option: --${name}`);
    }
  }
  return { positionals, flags };
}
