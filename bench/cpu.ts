// Server CPU time from /proc: utime + stime of a process and all its descendants (next start's
// workers included), in milliseconds. Read around a measured run and divided by its requests, it
// gives CPU milliseconds per request — steady on a shared machine where req/s drifts.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** The fields after the command name in /proc/<pid>/stat (the name may hold spaces). */
function statFields(pid: number): string[] | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields) parentOf.set(Number(entry), Number(fields[1]));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

/** CPU milliseconds used so far by `root` and its descendants; null where /proc is not there. */
export function processTreeCpuMs(root: number): number | null {
  if (!fs.existsSync(`/proc/${root}/stat`)) return null;
  let ticks = 0;
  for (const pid of processTree(root)) {
    const fields = statFields(pid);
    // utime and stime are fields 14 and 15 of stat: 12 and 13 after the command name.
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
