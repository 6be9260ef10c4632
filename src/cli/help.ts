/** The help screens: `skm --help`, `skm help <command>`, `skm <command> -h`. One language each. */
import { t } from '../core/text/messages';
import { optionTable } from './args';
import type { OptionSpec } from './args';
import type { Command } from './commands/command';

export function generalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    t('cli.title'),
    '',
    t('cli.usage-general'),
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${t(command.summary)}`),
    '',
    t('cli.help-more'),
    t('cli.exit-codes'),
    t('cli.language'),
  ].join('\n');
}

function optionLabel(name: string, spec: OptionSpec): string {
  const long = spec.short ? `-${spec.short}, --${name}` : `    --${name}`;
  if (spec.type === 'boolean') return long;
  const value = spec.values ? spec.values.join('|') : `<${t(spec.placeholder ?? 'cli.placeholder.value')}>`;
  return `${long} ${value}`;
}

export function commandHelp(command: Command): string {
  const table = optionTable(command.options);
  const labels = Object.entries(table).map(([name, spec]) => [optionLabel(name, spec), spec] as const);
  const width = Math.max(...labels.map(([label]) => label.length));
  const lines = [
    `${t('cli.usage')}: skm ${command.name} ${t(command.synopsis)} [${t('cli.options').toLowerCase()}]`.replace(/\s+\[/, ' ['),
    '',
    t(command.summary),
  ];
  if (command.details) lines.push('', t(command.details));
  lines.push('', `${t('cli.options')}:`);
  for (const [label, spec] of labels) {
    const extra = spec.default !== undefined ? ` (${t('cli.default', { value: spec.default })})` : '';
    lines.push(`  ${label.padEnd(width)}  ${t(spec.help)}${extra}${spec.multiple ? ` ${t('cli.repeatable')}` : ''}`);
  }
  return lines.join('\n');
}
