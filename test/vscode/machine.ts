/**
 * What else the machine did while a speed figure ran (Node host only, Linux): the cores' busy time
 * and the hypervisor's steal from /proc/stat, and the processes that used the most CPU from
 * /proc/<pid>/stat. A first-open figure is one sample on a 2-core VM whose workbench and webview
 * share one renderer thread; this is the evidence that says whether a slow sample was ours.
 */
import * as fs from 'node:fs';

/** Clock ticks per second of /proc (USER_HZ; 100 on Linux for every architecture we run on). */
const TICK_MS = 10;

interface Snapshot {
  /** user, nice, system, idle, iowait, irq, softirq, steal (ticks, all cores). */
  cpu: number[];
  /** CPU ticks (user + system) by process id. */
  processes: Map<string, number>;
}

function snapshot(): Snapshot | undefined {
  let cpu: number[];
  try {
    cpu = (fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
  } catch {
    return undefined;
  }
  const processes = new Map<string, number>();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  return { cpu, processes };
}

/** A short name for a process: the Chromium or VS Code role it plays, else its program. */
function role(pid: string): string {
  let command: string;
  try {
    command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return `pid ${pid} (ended)`;
  }
  if (command.includes('--type=renderer')) return 'Chromium renderer';
  if (command.includes('--type=gpu-process')) return 'Chromium GPU';
  if (command.includes('--type=utility')) return 'Chromium utility';
  if (/\bchromium\b/.test(command)) return 'Chromium browser';
  if (command.includes('extensionHost')) return 'extension host';
  if (command.includes('code-server')) return 'code-server';
  if (command.includes('test-vscode')) return 'test driver';
  return (command.split(' ')[0] ?? '').split('/').pop() || `pid ${pid}`;
}

const ms = (ticks: number): string => `${(ticks * TICK_MS).toFixed(0)} ms`;

/**
 * Starts watching the machine; the returned function describes the span since, for a figure's
 * detail. Off Linux it says so.
 */
export function watchMachine(): () => string {
  const before = snapshot();
  const startedAt = performance.now();
  return () => {
    const after = snapshot();
    if (!before || !after) return 'machine: not measured (no /proc)';
    const wallMs = performance.now() - startedAt;
    const delta = (index: number): number => (after.cpu[index] ?? 0) - (before.cpu[index] ?? 0);
    // user + nice + system + irq + softirq
    const busy = delta(0) + delta(1) + delta(2) + delta(5) + delta(6);
    const steal = delta(7);
    const top = [...after.processes]
      .map(([pid, ticks]): [string, number] => [pid, ticks - (before.processes.get(pid) ?? 0)])
      .filter(([, ticks]) => ticks > 0)
      .sort((one, two) => two[1] - one[1])
      .slice(0, 4)
      .map(([pid, ticks]) => `${role(pid)} ${ms(ticks)}`);
    return `machine over these ${wallMs.toFixed(0)} ms: cores busy ${ms(busy)}, steal ${ms(steal)}; most CPU: ${top.join(', ') || 'none'}`;
  };
}
