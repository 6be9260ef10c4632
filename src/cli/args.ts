/**
 * Argument parsing for every `skm` command, on `node:util.parseArgs`: each command declares its
 * options once (an `OptionTable`); this module parses, rejects unknown options with a
 * did-you-mean, checks enumerated values and missing values, and adds the shared `-h/--help` and
 * the `--json` alias of `--format json`.
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { didYouMean } from '../core/text/did-you-mean';
import { t } from '../core/text/messages';
import { UserError } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once; the value is then a string array. */
  multiple?: boolean;
  /** The only values a string option accepts; anything else is a usage error with did-you-mean. */
  values?: readonly string[];
  /** Used when the option is absent. */
  default?: string;
  /** Placeholder shown in help (`--out <folder>`): a catalogue key or a literal. */
  placeholder?: string;
  /** Help line: a catalogue key. */
  help: string;
}

export type OptionTable = Record<string, OptionSpec>;

export type FlagValue = string | boolean | string[] | undefined;

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, FlagValue>;
}

/** Options every command has. */
export const COMMON_OPTIONS: OptionTable = {
  help: { type: 'boolean', short: 'h', help: 'cli.opt.help' },
};

/** The full option table of a command: its own, `--help`, and `--json` where `--format json` exists. */
export function optionTable(options: OptionTable): OptionTable {
  const table: OptionTable = { ...options, ...COMMON_OPTIONS };
  if (options['format']?.values?.includes('json')) table['json'] = { type: 'boolean', help: 'cli.opt.json' };
  return table;
}

/** Parses `argv` against a command's options. Throws `UserError` (exit 2) for any misuse. */
export function parseCommandArgs(argv: readonly string[], options: OptionTable): ParsedArgs {
  const table = optionTable(options);
  const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(table))
    config[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  const { values, positionals, tokens } = nodeParseArgs({
    args: [...argv],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const longNames = Object.keys(table);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = table[token.name];
    if (!spec) {
      const suggestion = didYouMean(token.name, longNames);
      throw new UserError(
        suggestion
          ? t('cli.unknown-option-suggest', { option: token.rawName, suggestion: `--${suggestion}` })
          : t('cli.unknown-option', { option: token.rawName }),
      );
    }
    if (spec.type === 'string' && token.value === undefined) throw new UserError(t('cli.needs-value', { option: `--${token.name}` }));
    if (spec.type === 'boolean' && token.value !== undefined) throw new UserError(t('cli.no-value', { option: `--${token.name}` }));
    if (!spec.multiple && tokens.filter((other) => other.kind === 'option' && other.name === token.name).length > 1)
      throw new UserError(t('cli.repeated', { option: `--${token.name}` }));
  }
  const flags: Record<string, FlagValue> = {};
  for (const [name, value] of Object.entries(values)) flags[name] = value;
  if (flags['json'] === true) {
    if (typeof flags['format'] === 'string' && flags['format'] !== 'json')
      throw new UserError(t('cli.json-conflict', { format: flags['format'] }));
    flags['format'] = 'json';
  }
  delete flags['json'];
  for (const [name, spec] of Object.entries(table)) {
    const value = flags[name];
    if (value === undefined) {
      if (spec.default !== undefined) flags[name] = spec.default;
      continue;
    }
    if (!spec.values) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string' || spec.values.includes(item)) continue;
      const suggestion = didYouMean(item, spec.values);
      throw new UserError(
        t(suggestion ? 'cli.bad-value-suggest' : 'cli.bad-value', {
          option: `--${name}`,
          value: item,
          values: spec.values.join(', '),
          suggestion: suggestion ?? '',
        }),
      );
    }
  }
  return { positionals, flags };
}

/** A string flag's value, or undefined. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable flag's values (empty when absent). */
export function listFlag(args: ParsedArgs, name: string): string[] {
  const value = args.flags[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function booleanFlag(args: ParsedArgs, name: string): boolean {
  return args.flags[name] === true;
}
