/**
 * How much memory a Chromium instance holds, from Linux's /proc: the browser process whose command line names
 * the profile, and every process it started (zygotes, renderers, GPU, utilities). PSS (proportional set size,
 * /proc/<pid>/smaps_rollup) counts shared pages once across the tree, so the sum is what the browser costs;
 * RSS (/proc/<pid>/status) is used where PSS cannot be read, and is said so.
 */
import { readFileSync, readdirSync } from 'node:fs';

interface Process {
  readonly pid: number;
  readonly ppid: number;
  readonly args: readonly string[];
}

function readProcess(pid: number): Process | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": the name may hold spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    // Chromium's child processes rewrite their title into one space-separated string; split that too.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .flatMap((arg) => arg.split(' '))
      .filter(Boolean);
    return { pid, ppid, args };
  } catch {
    return null; // gone meanwhile
  }
}

/** The browser process of `profileDir` and all its descendants. */
export function chromiumProcesses(profileDir: string): Process[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcess(Number(name)))
    .filter((p): p is Process => p !== null);
  const roots = all.filter((p) => p.args.includes(`--user-data-dir=${profileDir}`) && !p.args.some((a) => a.startsWith('--type=')));
  const found = new Map(roots.map((p) => [p.pid, p]));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.set(p.pid, p);
        grew = true;
      }
    }
  }
  return [...found.values()];
}

/**
 * One process's memory in KiB: PSS where readable, else RSS. `ownKib` is the part of PSS in anonymous and
 * shared-memory pages (heaps, decoded images, canvases, Chromium's shared-memory buffers): unlike the part in
 * files (the Chromium binary, fonts), it does not change when another Chromium on the machine shares the files.
 */
function processMemory(pid: number): { kib: number; ownKib: number | null; measure: 'PSS' | 'RSS' } | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? Number.NaN);
    const pss = field('Pss');
    const own = field('Pss_Anon') + field('Pss_Shmem');
    if (!Number.isNaN(pss)) return { kib: pss, ownKib: Number.isNaN(own) ? null : own, measure: 'PSS' };
  } catch {
    // no smaps_rollup (older kernel) or no permission: RSS below
  }
  try {
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return rss ? { kib: Number(rss[1]), ownKib: null, measure: 'RSS' } : null;
  } catch {
    return null;
  }
}

export interface BrowserMemory {
  /** All the browser's processes together, in MiB. */
  totalMib: number;
  /** Of that, anonymous and shared memory (PSS), in MiB; null where some process could not say. */
  ownMib: number | null;
  /** PSS, RSS, or "PSS+RSS" when some processes could only give RSS. */
  measure: string;
  /** MiB by Chromium process type (browser, renderer, gpu-process, utility, zygote). */
  byType: Record<string, number>;
  processes: number;
}

export function browserMemory(profileDir: string): BrowserMemory {
  const byType: Record<string, number> = {};
  const measures = new Set<string>();
  let totalKib = 0;
  let ownKib: number | null = 0;
  let processes = 0;
  for (const p of chromiumProcesses(profileDir)) {
    const memory = processMemory(p.pid);
    if (!memory) continue;
    const type = p.args.find((a) => a.startsWith('--type='))?.slice('--type='.length) ?? 'browser';
    byType[type] = (byType[type] ?? 0) + memory.kib / 1024;
    measures.add(memory.measure);
    totalKib += memory.kib;
    ownKib = ownKib === null || memory.ownKib === null ? null : ownKib + memory.ownKib;
    processes++;
  }
  if (processes === 0) throw new Error(`No Chromium process found for ${profileDir} (this reads /proc: Linux only).`);
  return {
    totalMib: totalKib / 1024,
    ownMib: ownKib === null ? null : ownKib / 1024,
    measure: [...measures].sort().join('+'),
    byType,
    processes,
  };
}
