/**
 * Shared plumbing for provisioning real services in tests: the download cache
 * (~/.cache/tideline, or $TIDELINE_CACHE), atomic "build into a staging dir, then rename"
 * installs, progress lines with elapsed seconds for slow steps, free ports on 127.0.0.1,
 * running commands with their output kept for error messages, and detached child processes
 * that are killed as a whole process group.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureAptPackages } from './apt';

export type Log = (line: string) => void;

/** Root of the download cache; everything provisioned for tests lives below it. */
export function cacheRoot(): string {
  return process.env.TIDELINE_CACHE ?? join(homedir(), '.cache', 'tideline');
}

/** Marker written last into a completed install; a folder without it is rebuilt. */
const COMPLETE = '.tideline-complete';

export function isInstalled(dir: string): boolean {
  return existsSync(join(dir, COMPLETE));
}

/**
 * Makes `dir` exist with complete contents: when it is missing, `build(staging)` fills a
 * staging folder next to it, which is then renamed into place. Concurrent provisioners
 * (two test processes) cannot leave a half-built folder behind: the loser of the rename
 * race discards its copy. With `inPlace` (for things that cannot move, like a Python venv)
 * `build(dir)` runs under a lock folder instead, and only the marker makes it count.
 */
export async function installOnce(dir: string, build: (target: string) => Promise<void>, opts: { inPlace?: boolean } = {}): Promise<void> {
  if (isInstalled(dir)) return;
  mkdirSync(dirname(dir), { recursive: true });
  if (opts.inPlace) {
    const release = await lock(`${dir}.lock`);
    try {
      if (isInstalled(dir)) return;
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      await build(dir);
      writeFileSync(join(dir, COMPLETE), new Date().toISOString() + '\n');
    } finally {
      release();
    }
    return;
  }
  const staging = `${dir}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    await build(staging);
    writeFileSync(join(staging, COMPLETE), new Date().toISOString() + '\n');
    if (isInstalled(dir)) return; // someone else finished first
    rmSync(dir, { recursive: true, force: true }); // an incomplete leftover
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A lock folder holding the owner's pid; a lock whose owner is dead is taken over. */
async function lock(path: string): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, 'pid'), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner = 0;
      try {
        owner = Number(readFileSync(join(path, 'pid'), 'utf8'));
      } catch {
        /* being written */
      }
      if (owner && !alive(owner)) rmSync(path, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` while printing "<label> … 12 s" every few seconds, then "<label>: done in 14.2 s".
 * Returns fn's result.
 */
export async function withProgress<T>(log: Log, label: string, fn: () => Promise<T>, everyMs = 5000): Promise<T> {
  const t0 = Date.now();
  log(`${label} …`);
  const timer = setInterval(() => log(`${label} … ${Math.round((Date.now() - t0) / 1000)} s`), everyMs);
  try {
    const result = await fn();
    log(`${label}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  } finally {
    clearInterval(timer);
  }
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion; rejects with the tail of its output when it fails. */
export function run(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (b: Buffer) => {
      out += b.toString('utf8');
      if (out.length > 200_000) out = out.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail(out, 40)}`));
    });
  });
}

export function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** True when `cmd` is found on PATH. */
export function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Java (17+) and Maven, installed with apt when missing. */
export function ensureJavaAndMaven(log: Log): void {
  const missing: string[] = [];
  if (!onPath('java')) missing.push('openjdk-17-jdk-headless');
  if (!onPath('mvn')) missing.push('maven');
  if (missing.length) ensureAptPackages(missing, log);
}

/** Maven's command line, batch mode, quiet, with the user's ~/.m2 cache. */
export function mvn(args: readonly string[], cwd?: string): Promise<string> {
  return run('mvn', ['-B', '-q', '-ntp', ...args], { cwd });
}

/** A long-running process in its own process group, its output appended to a log file. */
export interface Daemon {
  readonly child: ChildProcess;
  readonly logFile: string;
  /** Resolves when the process has exited (with its code or signal). */
  readonly exited: Promise<string>;
  isRunning(): boolean;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once it is gone. */
  stop(graceMs?: number): Promise<void>;
  /** The last lines of its log, for error messages. */
  logTail(lines?: number): string;
}

const live = new Set<Daemon>();

export function startDaemon(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string }): Daemon {
  const fd = openSync(opts.logFile, 'a');
  const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  let running = true;
  const exited = new Promise<string>((resolve) => {
    child.on('exit', (code, signal) => {
      running = false;
      live.delete(daemon);
      resolve(signal ?? `exit ${code}`);
    });
    child.on('error', (err) => {
      running = false;
      live.delete(daemon);
      resolve(`failed to start: ${err.message}`);
    });
  });
  const signalGroup = (sig: NodeJS.Signals) => {
    if (!running || child.pid === undefined) return;
    try {
      process.kill(-child.pid, sig);
    } catch {
      /* already gone */
    }
  };
  const daemon: Daemon = {
    child,
    logFile: opts.logFile,
    exited,
    isRunning: () => running,
    async stop(graceMs = 5000) {
      if (!running) return;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      signalGroup('SIGKILL'); // stragglers in the group
    },
    logTail(lines = 30) {
      try {
        return tail(readFileSync(opts.logFile, 'utf8'), lines);
      } catch {
        return '';
      }
    },
  };
  live.add(daemon);
  installExitHooks();
  return daemon;
}

let hooked = false;

/** Kills every live daemon's process group synchronously; used when the parent is dying. */
export function killAllDaemonsNow(): void {
  for (const d of live) {
    if (d.child.pid !== undefined) {
      try {
        process.kill(-d.child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
  live.clear();
}

/** Temp folders to remove when the process dies before its owner's stop() ran. */
const tempDirs = new Set<string>();

export function removeOnExit(dir: string): () => void {
  tempDirs.add(dir);
  return () => {
    tempDirs.delete(dir);
    rmSync(dir, { recursive: true, force: true });
  };
}

function cleanUpNow(): void {
  killAllDaemonsNow();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/**
 * Daemons die with this process: on exit, and on SIGINT/SIGTERM/SIGHUP, after which the
 * signal is raised again so the process still ends the way it would have (other handlers,
 * such as startServices' graceful stop, run as well).
 */
function installExitHooks(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', cleanUpNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = () => {
      const others = process.listenerCount(sig) > 1;
      if (others) return; // someone else (startServices) stops things gracefully and exits
      cleanUpNow();
      process.removeListener(sig, handler);
      process.kill(process.pid, sig);
    };
    process.on(sig, handler);
  }
}

/** Polls `probe` until it resolves true; fails early when `daemon` exits, or after timeoutMs. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  opts: { daemon?: Daemon; timeoutMs: number; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError = '';
  for (;;) {
    if (opts.daemon && !opts.daemon.isRunning()) {
      throw new Error(`${what}: the process exited (${await opts.daemon.exited}) before it was ready. Log ${opts.daemon.logFile}:\n${opts.daemon.logTail()}`);
    }
    try {
      if (await probe()) return;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() > deadline) {
      const log = opts.daemon ? `\nLog ${opts.daemon.logFile}:\n${opts.daemon.logTail()}` : '';
      throw new Error(`${what}: not ready after ${opts.timeoutMs / 1000} s${lastError ? ` (last error: ${lastError})` : ''}${log}`);
    }
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 250));
  }
}

/**
 * A free port can be taken by someone else between freePort() and the server's bind; when a
 * start fails that way, start again on fresh ports (up to three attempts).
 */
export async function retryOnPortClash<T>(start: () => Promise<T>, log: Log = () => {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (attempt >= 3 || !/Address already in use|BindException/.test(message)) throw err;
      log(`a port was taken meanwhile; starting again on other ports (attempt ${attempt + 1})`);
    }
  }
}
