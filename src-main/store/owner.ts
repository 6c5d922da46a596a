/**
 * Which process owns a running run or grid: its PID and, where the system says, when it started. A
 * PID alone is not enough: after a reboot or a long time another process can have the same one.
 */
import fs from 'node:fs';

/** Whether a process still runs (EPERM: it does, but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When the process started, in clock ticks since boot (field 22 of /proc/<pid>/stat on Linux); null
 * where the system does not say (then the PID alone decides).
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces or ')'; fields 3.. follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[22 - 3] ?? null;
  } catch {
    return null;
  }
}

/** This process's start time, read once. */
export const ownStartTime: string | null = processStartTime(process.pid);

/** Whether another live process owns the row: its PID runs and (when both are known) started when recorded. */
export function ownedElsewhere(pid: number | null, started: string | null): boolean {
  if (pid === null || pid === process.pid || !isAlive(pid)) return false;
  if (started === null) return true;
  const now = processStartTime(pid);
  return now === null || now === started;
}
