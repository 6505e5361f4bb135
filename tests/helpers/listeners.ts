/**
 * Which TCP ports a process tree listens on, and on which address, read from /proc (Linux): the
 * check that no emulator of the twin is reachable from another machine.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface Listener {
  pid: number;
  address: string;
  port: number;
}

/** The pid and every descendant of it, from each process's parent id in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its last ')' do not.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/** /proc/net/tcp* addresses are hex, little-endian per 32-bit word. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  // IPv6: an IPv4-mapped address (::ffff:a.b.c.d) is shown as such, anything else in hex groups.
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return groups.join(':');
}

/** Listening sockets by inode, from /proc/net/tcp and tcp6 (state 0A is LISTEN). */
function listeningSockets(): Map<string, { address: string; port: number }> {
  const sockets = new Map<string, { address: string; port: number }>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length < 10 || fields[3] !== '0A') continue;
      const [address, port] = fields[1]!.split(':') as [string, string];
      sockets.set(fields[9]!, { address: decodeAddress(address), port: Number.parseInt(port, 16) });
    }
  }
  return sockets;
}

/** Every TCP socket the processes listen on. */
export function listenersOf(pids: number[]): Listener[] {
  const sockets = listeningSockets();
  const found: Listener[] = [];
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      const socket = inode ? sockets.get(inode) : undefined;
      if (socket) found.push({ pid, ...socket });
    }
  }
  return found;
}

export const isLoopback = (address: string) =>
  address === '127.0.0.1' || address === '::ffff:127.0.0.1' || address === '0:0:0:0:0:0:0:1';
