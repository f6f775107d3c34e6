/**
 * code-server 4.100.3 (VS Code 1.100.3, the last release on Node 20) for the in-VS-Code tests:
 * installed from npm into ~/.cache/tideline/code-server-4.100.3 (once; a marker file says it is
 * complete) and started on 127.0.0.1 with a fresh user-data dir, extensions dir, XDG dirs and a
 * fresh copy of the workspace fixture, so nothing lands in ~ and typed text never leaks between
 * runs. See TESTBED.md for why each install step is there.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureAptPackages } from './apt';

export const CODE_SERVER_VERSION = '4.100.3';
const MARKER = '.tideline-install-complete';

export type Log = (line: string) => void;

export function cacheRoot(): string {
  return process.env.TIDELINE_CACHE ?? join(homedir(), '.cache', 'tideline');
}

export function codeServerDir(): string {
  return join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

function entryOf(dir: string): string {
  return join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function run(log: Log, cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  const t0 = Date.now();
  log(`  ${command} ${args.join(' ')}   (in ${cwd})`);
  try {
    execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer; message: string };
    const tail = `${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`.split('\n').slice(-30).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${tail}`);
  }
  log(`    done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Node headers next to the running node (Debian's nodejs has them in /usr/include/node), so node-gyp needs no download. */
function nodeDirEnv(): NodeJS.ProcessEnv {
  const prefix = dirname(dirname(process.execPath));
  return existsSync(join(prefix, 'include', 'node', 'node.h')) ? { npm_config_nodedir: prefix } : {};
}

function which(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Installs code-server unless the marker says it is there; returns the path of its entry.js.
 * Builds into a sibling directory and renames it into place, so an interrupted install never
 * looks complete.
 */
export function ensureCodeServer(log: Log = console.log): string {
  const dir = codeServerDir();
  if (existsSync(join(dir, MARKER)) && existsSync(entryOf(dir))) return entryOf(dir);
  const t0 = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (first run only)`);
  // libkrb5-dev for the kerberos module, ripgrep for search, a compiler toolchain for node-gyp.
  ensureAptPackages(['libkrb5-dev', 'ripgrep', 'g++', 'make', 'python3'], log);
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on PATH after installing it');

  const work = `${dir}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true, description: 'code-server for Tideline tests' }));
  const gyp = nodeDirEnv();
  run(log, work, 'npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund']);
  run(log, work, 'npm', ['rebuild', 'argon2'], gyp);

  const vscodeDir = join(work, 'node_modules', 'code-server', 'lib', 'vscode');
  run(log, vscodeDir, 'npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
  // @vscode/ripgrep's install script downloads rg from GitHub; the system rg stands in.
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  copyFileSync(rg, join(rgBin, 'rg'));
  run(log, vscodeDir, 'npm', ['rebuild'], { ...gyp, npm_config_yes: 'true' });
  // The links code-server's postinstall.sh makes.
  const link = (target: string, path: string) => {
    rmSync(path, { recursive: true, force: true });
    symlinkSync(target, path);
  };
  link('node_modules', join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  run(log, join(vscodeDir, 'extensions'), 'npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], gyp);

  writeFileSync(join(work, MARKER), `${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
  if (existsSync(join(dir, MARKER))) {
    rmSync(work, { recursive: true, force: true }); // another run finished first
  } else {
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
  }
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return entryOf(dir);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface CodeServerOptions {
  /** A folder copied fresh into the temp dir and opened as the workspace. */
  readonly workspaceFixture: string;
  /** Extra environment for code-server and so for the extension host it starts. */
  readonly env?: NodeJS.ProcessEnv;
  /** User settings written to the fresh user-data dir. */
  readonly settings?: Record<string, unknown>;
  readonly log?: Log;
  readonly startTimeoutMs?: number;
}

export interface RunningCodeServer {
  readonly port: number;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** The fresh copy of the workspace fixture. */
  readonly workspace: string;
  /** Root of everything this instance wrote (user data, extensions, XDG dirs, logs, workspace). */
  readonly tempDir: string;
  readonly logFile: string;
  /** The workbench URL with the workspace open and optional `payload` entries. */
  url(payload?: ReadonlyArray<readonly [string, string]>): string;
  /** `vscode-remote://127.0.0.1:PORT/abs/path`: how the browser workbench names a server-side path. */
  remoteUri(absPath: string): string;
  /** Why code-server is no longer running, or undefined while it runs. */
  exitReason(): string | undefined;
  stop(): Promise<void>;
}

const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'git.enabled': false,
  'window.restoreWindows': 'none',
};

async function waitHealthy(origin: string, child: ChildProcess, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (${child.signalCode ?? child.exitCode}); log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs} ms; log:\n${tail(logFile)}`);
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Installs if needed, then starts code-server; call stop() when done. */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const log = options.log ?? console.log;
  const entry = ensureCodeServer(log);
  const tempDir = mkdtempSync(join(tmpdir(), 'tideline-code-server-'));
  const userData = join(tempDir, 'user-data');
  const extensions = join(tempDir, 'extensions');
  const workspace = join(tempDir, 'workspace');
  const xdgConfig = join(tempDir, 'xdg-config');
  const xdgData = join(tempDir, 'xdg-data');
  for (const d of [userData, extensions, xdgConfig, xdgData]) mkdirSync(d, { recursive: true });
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
  cpSync(options.workspaceFixture, workspace, { recursive: true });
  const config = join(tempDir, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = join(tempDir, 'code-server.log');
  const out = openSync(logFile, 'a');
  const t0 = Date.now();
  const child = spawn(
    process.execPath,
    [
      entry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--config', config,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      workspace,
    ],
    {
      cwd: tempDir,
      detached: true, // its own process group, so stop() also ends the extension host and its children
      stdio: ['ignore', out, out],
      env: { ...process.env, XDG_CONFIG_HOME: xdgConfig, XDG_DATA_HOME: xdgData, ...options.env },
    },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    const group = -child.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitHealthy(origin, child, options.startTimeoutMs ?? 60_000, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  log(`code-server ${CODE_SERVER_VERSION} listening on ${origin} after ${((Date.now() - t0) / 1000).toFixed(1)} s (workspace ${workspace})`);
  const remoteUri = (absPath: string) => `vscode-remote://127.0.0.1:${port}${absPath}`;
  return {
    port,
    origin,
    workspace,
    tempDir,
    logFile,
    remoteUri,
    exitReason: () => (child.exitCode !== null || child.signalCode !== null ? `code-server exited (${child.signalCode ?? child.exitCode})` : undefined),
    url(payload) {
      const q = new URLSearchParams({ folder: workspace });
      if (payload && payload.length) q.set('payload', JSON.stringify(payload));
      return `${origin}/?${q.toString()}`;
    },
    stop,
  };
}
