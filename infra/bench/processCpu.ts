import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** The kernel's clock ticks per second (`getconf CLK_TCK`), 100 (Linux's usual) when it cannot say. */
function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
}

/**
 * The CPU time (user and system) a process of this machine has used so far, in milliseconds, from
 * /proc (Linux); null when it cannot be read (another system, a process already gone).
 */
export function processCpuMs(pid: number): number | null {
  try {
    // The fields after the command's name, which is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime: the 14th and 15th fields of the line, the 12th and 13th after the name.
    const ticks = Number(fields[11]) + Number(fields[12]);
    ticksPerSecond ??= clockTicksPerSecond();
    return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : null;
  } catch {
    return null;
  }
}
