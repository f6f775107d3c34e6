/**
 * Installs Debian packages the tests need when they are missing (CI machines start clean).
 * Only as root; otherwise it fails with the exact command to run.
 */
import { execFileSync, spawnSync } from 'node:child_process';

let updated = false;

/** True when the Debian package is installed. */
export function hasAptPackage(name: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Installs the missing ones of `packages` with apt-get; `log` gets progress. */
export function ensureAptPackages(packages: readonly string[], log: (line: string) => void): void {
  const missing = packages.filter((p) => !hasAptPackage(p));
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing system packages: ${missing.join(', ')}; install them with: sudo ${command}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: 'inherit' as const, env };
  if (!updated) {
    log('apt-get update');
    execFileSync('apt-get', ['update', '-q'], opts);
    updated = true;
  }
  log(command);
  execFileSync('apt-get', ['install', '-y', '-q', '-o', 'DPkg::Lock::Timeout=600', ...missing], opts);
}
