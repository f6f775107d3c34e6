/**
 * API tokens for the shared mode (`tideline serve`). A token is `tdl_<id>_<secret>` with a
 * 256-bit random secret, shown once at creation; the store keeps only a salted SHA-256 of it
 * (`<stateDir>/auth/tokens.json`, mode 0600, written atomically) and compares in constant
 * time. Each token belongs to a principal, whose grants live in the same file. The file is
 * re-read when it changes, so `tideline token revoke` takes effect in a running server.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../catalog/providers/local-files';
import type { Grant, Principal } from './roles';

interface TokenRecord {
  readonly id: string;
  readonly principal: string;
  readonly salt: string;
  readonly hash: string;
  readonly createdAt: number;
  readonly description?: string;
  revokedAt?: number;
}

interface AuthFile {
  version: 1;
  tokens: TokenRecord[];
  principals: Principal[];
}

export interface TokenInfo {
  readonly id: string;
  readonly principal: string;
  readonly createdAt: number;
  readonly description?: string;
  readonly revokedAt?: number;
}

export class AuthError extends Error {}

const TOKEN_RE = /^tdl_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;
const PRINCIPAL_RE = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$/;

function digest(salt: string, secret: string): Buffer {
  return createHash('sha256').update(salt, 'utf8').update('\u0000').update(secret, 'utf8').digest();
}

export class TokenStore {
  readonly file: string;
  private data: AuthFile = { version: 1, tokens: [], principals: [] };
  private loadedMtime = -1;

  constructor(stateDir: string, private readonly now: () => number = Date.now) {
    this.file = join(stateDir, 'auth', 'tokens.json');
    this.reload();
  }

  /** Creates a token for the principal (granting `grants` in addition to what it holds); returns the token text, shown once. */
  async create(principal: string, grants: readonly Grant[], description?: string): Promise<{ token: string; info: TokenInfo }> {
    if (!PRINCIPAL_RE.test(principal)) throw new AuthError(`invalid principal name '${principal.slice(0, 80)}'`);
    this.reload();
    let id: string;
    do id = randomBytes(8).toString('hex');
    while (this.data.tokens.some((t) => t.id === id));
    const secret = randomBytes(32).toString('base64url');
    const salt = randomBytes(16).toString('hex');
    const rec: TokenRecord = { id, principal, salt, hash: digest(salt, secret).toString('hex'), createdAt: this.now(), ...(description ? { description } : {}) };
    this.data.tokens.push(rec);
    const p = this.data.principals.find((x) => x.name === principal);
    const merged = [...(p?.grants ?? [])];
    for (const g of grants) if (!merged.some((m) => m.pool === g.pool && m.role === g.role)) merged.push(g);
    this.data.principals = [...this.data.principals.filter((x) => x.name !== principal), { name: principal, grants: merged }];
    await this.save();
    return { token: `tdl_${id}_${secret}`, info: infoOf(rec) };
  }

  list(): TokenInfo[] {
    this.reload();
    return this.data.tokens.map(infoOf);
  }

  principals(): Principal[] {
    this.reload();
    return this.data.principals.map((p) => ({ name: p.name, grants: [...p.grants] }));
  }

  async revoke(id: string): Promise<TokenInfo> {
    this.reload();
    const rec = this.data.tokens.find((t) => t.id === id);
    if (!rec) throw new AuthError(`no token with id '${id.slice(0, 40)}'`);
    if (rec.revokedAt === undefined) {
      rec.revokedAt = this.now();
      await this.save();
    }
    return infoOf(rec);
  }

  /** The principal a token stands for, or an AuthError saying why it is refused (never echoing the token). */
  verify(token: unknown): Principal {
    if (typeof token !== 'string' || token.length === 0) throw new AuthError('missing API token: authenticate with auth/login { token } first');
    const m = TOKEN_RE.exec(token);
    if (!m) throw new AuthError('malformed API token (expected tdl_<id>_<secret> as printed by `tideline token create`)');
    this.reload();
    const rec = this.data.tokens.find((t) => t.id === m[1]);
    const ok = rec !== undefined && timingSafeEqual(digest(rec.salt, m[2]!), Buffer.from(rec.hash, 'hex'));
    if (!ok || !rec) throw new AuthError('unknown API token');
    if (rec.revokedAt !== undefined) throw new AuthError(`API token ${rec.id} was revoked`);
    return this.data.principals.find((p) => p.name === rec.principal) ?? { name: rec.principal, grants: [] };
  }

  private reload(): void {
    let mtime: number;
    try {
      mtime = statSync(this.file).mtimeMs;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    if (mtime === this.loadedMtime) return;
    this.data = JSON.parse(readFileSync(this.file, 'utf8')) as AuthFile;
    this.loadedMtime = mtime;
  }

  private async save(): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(this.data, null, 2) + '\n');
    chmodSync(this.file, 0o600);
    this.loadedMtime = statSync(this.file).mtimeMs;
  }
}

function infoOf(r: TokenRecord): TokenInfo {
  return {
    id: r.id,
    principal: r.principal,
    createdAt: r.createdAt,
    ...(r.description ? { description: r.description } : {}),
    ...(r.revokedAt !== undefined ? { revokedAt: r.revokedAt } : {}),
  };
}
