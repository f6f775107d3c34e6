/**
 * The CLI's credentials file: `$TIDELINE_CONNECTIONS`, else `~/.config/tideline/connections.json`
 * (outside any repository). JSON: `{ "connections": [ { name, environment?, brokers, sasl?,
 * tls?, registry? } ] }` (see connections.ts). Any string may reference an environment
 * variable as `${env:NAME}`, so secrets can stay out of the file; `tls.caFile`, `tls.certFile`
 * and `tls.keyFile` name PEM files (relative to the credentials file). A missing default file
 * means no connections; a missing `$TIDELINE_CONNECTIONS` file is an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ConnectionConfigError, parseConnectionSpec, type ConnectionSpec } from './connections';

export const CONNECTIONS_ENV = 'TIDELINE_CONNECTIONS';

export function defaultConnectionsFile(env: NodeJS.ProcessEnv = process.env): string {
  const base = env['XDG_CONFIG_HOME'] || join(homedir(), '.config');
  return join(base, 'tideline', 'connections.json');
}

/** `${env:NAME}` references replaced from `env`; an unset variable is an error naming it and where. */
function substitute(v: unknown, env: NodeJS.ProcessEnv, where: string): unknown {
  if (typeof v === 'string') {
    return v.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => {
      const value = env[name];
      if (value === undefined) throw new ConnectionConfigError(`${where}: environment variable ${name} (referenced as \${env:${name}}) is not set; export it or write the value in the file`);
      return value;
    });
  }
  if (Array.isArray(v)) return v.map((x, i) => substitute(x, env, `${where}[${i}]`));
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x, env, `${where}.${k}`)]));
  return v;
}

/** `tls.caFile` / `certFile` / `keyFile` read into `ca` / `cert` / `key`. */
function readTlsFiles(c: unknown, dir: string, where: string): unknown {
  if (typeof c !== 'object' || c === null) return c;
  const tls = (c as Record<string, unknown>)['tls'];
  if (typeof tls !== 'object' || tls === null) return c;
  const out: Record<string, unknown> = { ...(tls as Record<string, unknown>) };
  for (const [fileKey, key] of [['caFile', 'ca'], ['certFile', 'cert'], ['keyFile', 'key']] as const) {
    const f = out[fileKey];
    if (f === undefined) continue;
    delete out[fileKey];
    if (typeof f !== 'string') throw new ConnectionConfigError(`${where}: tls.${fileKey} must be a file path`);
    try {
      out[key] = readFileSync(resolve(dir, f), 'utf8');
    } catch (e) {
      throw new ConnectionConfigError(`${where}: cannot read tls.${fileKey} ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  return { ...(c as Record<string, unknown>), tls: out };
}

/** Parses the text of a credentials file (`file` names it in messages). */
export function parseConnectionsFile(textIn: string, file: string, env: NodeJS.ProcessEnv = process.env): ConnectionSpec[] {
  let json: unknown;
  try {
    json = JSON.parse(textIn);
  } catch (e) {
    throw new ConnectionConfigError(`${file}: not valid JSON (${(e as Error).message}); expected { "connections": [ ... ] }`);
  }
  const list = Array.isArray(json) ? json : typeof json === 'object' && json !== null ? (json as Record<string, unknown>)['connections'] : undefined;
  if (!Array.isArray(list)) throw new ConnectionConfigError(`${file}: expected { "connections": [ { "name": ..., "brokers": [...] } ] }`);
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const where = `${file}: connections[${i}]`;
    const spec = parseConnectionSpec(substitute(readTlsFiles(raw, dirname(file), where), env, where), where);
    if (seen.has(spec.name)) throw new ConnectionConfigError(`${where}: a second connection named '${spec.name}'; names must be unique`);
    seen.add(spec.name);
    return spec;
  });
}

/** The CLI's connections: from `$TIDELINE_CONNECTIONS` or the default file (none when it does not exist). */
export function loadConnectionsFile(env: NodeJS.ProcessEnv = process.env): { file: string; connections: ConnectionSpec[] } {
  const given = env[CONNECTIONS_ENV];
  const file = given ? resolve(given) : defaultConnectionsFile(env);
  if (!given && !existsSync(file)) return { file, connections: [] };
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConnectionConfigError(`cannot read the connections file ${file} (from ${CONNECTIONS_ENV}): ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return { file, connections: parseConnectionsFile(content, file, env) };
}
