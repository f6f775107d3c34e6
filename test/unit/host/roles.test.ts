/** Every role against every method of the engine API (allowed and refused), through tokens as in shared mode. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../../../engine/audit/audit-log';
import { METHOD_ACCESS } from '../../../engine/auth/authorize';
import { parseGrant } from '../../../engine/auth/roles';
import { TokenStore } from '../../../engine/auth/token-store';
import { ApiError, EngineApi, ErrorCodes, type Session } from '../../../engine/host/api';
import { Notifier } from '../../../engine/host/notifications';
import { HostConnections } from '../../../engine/host/host-connections';
import { parseConnectionSpec } from '../../../engine/kafka/connections';
import { openHostEngine } from '../../../engine/host/runner-binding';
import { catalogSession } from '../../../engine/job/run-script';
import { parseScript } from '../../../engine/sql';
import { PoolService } from '../../../engine/pools/pool-service';
import { FakeRunner } from '../pools/fake-runner';

type Caller = 'global' | 'admin' | 'dev' | 'viewer' | 'none';
const CALLERS: readonly Caller[] = ['global', 'admin', 'dev', 'viewer', 'none'];
const GRANTS: Record<Caller, string[]> = { global: ['pool-admin'], admin: ['pool-admin:p'], dev: ['developer:p'], viewer: ['viewer:p'], none: ['viewer:q'] };

interface World {
  api: EngineApi;
  tokens: Record<Caller, string>;
  session(c: Caller): Promise<Session>;
}

async function world(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'tideline-roles-'));
  const svc = await PoolService.open(dir, new FakeRunner());
  await svc.createPool({ name: 'p', maxCfu: 8 });
  await svc.createPool({ name: 'q', maxCfu: 1 });
  const store = new TokenStore(dir);
  const tokens = {} as Record<Caller, string>;
  for (const c of CALLERS) tokens[c] = (await store.create(c, GRANTS[c].map(parseGrant))).token;
  for (const [name, owner] of [['dev-run', 'dev'], ['dev-stopped', 'dev'], ['adm-run', 'global'], ['adm-stopped', 'global']] as const) {
    await svc.submit({ name, pool: 'p', principal: owner, sql: 'SELECT 1' });
    if (name.endsWith('stopped')) await svc.stop(name);
  }
  const api = new EngineApi(svc, new AuditLog(dir), store);
  api.engine = await openHostEngine(dir);
  api.notifier = new Notifier(api);
  api.connections = HostConnections.open(dir, api.engine.catalogs.manager, { refreshIntervalMs: 0 });
  return {
    api,
    tokens,
    async session(c) {
      const s: Session = { principal: undefined };
      await api.handle('auth/login', { token: tokens[c] }, s);
      return s;
    },
  };
}

interface Case {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly allowed: readonly Caller[];
  readonly prepare?: (w: World) => Promise<void>;
}

const ALL = CALLERS;
const ON_P = ['global', 'admin', 'dev', 'viewer'] as const;
const DEV_UP = ['global', 'admin', 'dev'] as const;
const ADMINS = ['global', 'admin'] as const;

const CASES: readonly Case[] = [
  { method: 'engine/ping', params: {}, allowed: ALL },
  { method: 'auth/whoami', params: {}, allowed: ALL },
  { method: 'pools/list', params: {}, allowed: ALL },
  { method: 'pools/get', params: { name: 'p' }, allowed: ON_P },
  { method: 'pools/create', params: { name: 'p2', maxCfu: 2 }, allowed: ['global'] },
  { method: 'pools/update', params: { name: 'p', maxCfu: 3 }, allowed: ADMINS },
  {
    method: 'pools/delete',
    params: { name: 'p' },
    allowed: ADMINS,
    prepare: async (w) => {
      for (const n of ['dev-run', 'adm-run']) await w.api.service.stop(n);
    },
  },
  { method: 'statements/list', params: { pool: 'p' }, allowed: ON_P },
  { method: 'statements/list', params: {}, allowed: ALL },
  { method: 'statements/get', params: { name: 'dev-run' }, allowed: ON_P },
  { method: 'statements/submit', params: { sql: 'SELECT 2', pool: 'p', name: 'new' }, allowed: DEV_UP },
  { method: 'statements/stop', params: { name: 'dev-run' }, allowed: DEV_UP },
  { method: 'statements/stop', params: { name: 'adm-run' }, allowed: ADMINS },
  { method: 'statements/resume', params: { name: 'dev-stopped' }, allowed: DEV_UP },
  { method: 'statements/resume', params: { name: 'adm-stopped' }, allowed: ADMINS },
  { method: 'statements/delete', params: { name: 'dev-stopped' }, allowed: DEV_UP },
  { method: 'statements/delete', params: { name: 'adm-stopped' }, allowed: ADMINS },
  { method: 'usage/get', params: { pool: 'p' }, allowed: ON_P },
  { method: 'usage/get', params: {}, allowed: ALL },
  { method: 'statements/explain', params: { sql: 'SELECT 1' }, allowed: ALL },
  { method: 'results/subscribe', params: { name: 'dev-run' }, allowed: ON_P },
  { method: 'results/unsubscribe', params: { name: 'dev-run' }, allowed: ON_P },
  { method: 'catalog/tree', params: {}, allowed: ALL },
  { method: 'catalog/describe', params: { path: ['examples', 'marketplace', 'clicks'] }, allowed: ALL },
  {
    method: 'catalog/drop',
    params: { path: ['local', 'scratch'] },
    allowed: ['global'],
    prepare: async (w) => {
      const manager = w.api.engine!.catalogs.manager;
      const sql = 'CREATE DATABASE `local`.scratch';
      await catalogSession(manager, { catalog: 'local', database: 'default' }, () => ({})).execute(parseScript(sql).statements[0]!.statement!, sql);
    },
  },
  { method: 'audit/list', params: { pool: 'p' }, allowed: ADMINS },
  { method: 'audit/list', params: {}, allowed: ALL },
  // Connections belong to the whole host: roles on '*' (only `global` holds one).
  { method: 'connections/list', params: {}, allowed: ['global'] },
  { method: 'connections/set', params: { name: 'c1', brokers: ['127.0.0.1:1'] }, allowed: ['global'] },
  { method: 'connections/test', params: { name: 'c1' }, allowed: ['global'], prepare: async (w) => void (await w.api.connections!.set(parseConnectionSpec({ name: 'c1', brokers: ['127.0.0.1:1'] }, 'test'))) },
  { method: 'connections/delete', params: { name: 'c1' }, allowed: ['global'], prepare: async (w) => void (await w.api.connections!.set(parseConnectionSpec({ name: 'c1', brokers: ['127.0.0.1:1'] }, 'test'))) },
];

describe('access control: every role against every method', () => {
  test('every method of the API has cases', () => {
    const covered = new Set(CASES.map((c) => c.method));
    for (const m of Object.keys(METHOD_ACCESS)) assert.ok(covered.has(m), `no role cases for ${m}`);
  });

  for (const c of CASES) {
    test(`${c.method} ${JSON.stringify(c.params)}: allowed for ${c.allowed.join(', ')}`, async () => {
      for (const who of CALLERS) {
        const w = await world();
        await c.prepare?.(w);
        const s = await w.session(who);
        const allowed = c.allowed.includes(who);
        try {
          await w.api.handle(c.method, c.params, s);
          assert.ok(allowed, `${who} should be refused ${c.method}`);
        } catch (e) {
          assert.ok(e instanceof ApiError, String(e));
          assert.ok(!allowed, `${who} should be allowed ${c.method}, got: ${e.message}`);
          assert.equal(e.code, ErrorCodes.Forbidden, e.message);
          const role = METHOD_ACCESS[c.method]!.role!;
          assert.match(e.message, new RegExp(`principal '${who}' may not call ${c.method}.*needs role (${role}|pool-admin)`));
        }
      }
    });
  }

  test('filtered calls without a pool show only what the caller may see', async () => {
    const w = await world();
    const list = async (c: Caller) => ((await w.api.handle('statements/list', {}, await w.session(c))) as { statements: unknown[] }).statements.length;
    assert.equal(await list('dev'), 4);
    assert.equal(await list('none'), 0);
    const audit = async (c: Caller) => ((await w.api.handle('audit/list', {}, await w.session(c))) as { entries: unknown[] }).entries.length;
    await w.api.handle('statements/submit', { sql: 'SELECT 3', pool: 'p' }, await w.session('dev'));
    assert.equal(await audit('admin'), 1);
    assert.equal(await audit('viewer'), 0);
  });

  test('missing, malformed and revoked tokens are refused; a revoked token stops working mid-session', async () => {
    const w = await world();
    const anon: Session = { principal: undefined };
    await assert.rejects(w.api.handle('pools/list', {}, anon), (e: unknown) => e instanceof ApiError && e.code === ErrorCodes.Unauthenticated && /missing API token/.test(e.message));
    assert.ok(await w.api.handle('engine/ping', {}, anon), 'ping needs no token');
    await assert.rejects(w.api.handle('auth/login', {}, anon), /missing required field 'token'/);
    await assert.rejects(w.api.handle('auth/login', { token: 'tdl_x' }, anon), /malformed API token/);
    const s = await w.session('dev');
    await w.api.handle('pools/list', {}, s);
    const id = w.tokens.dev.split('_')[1]!;
    await w.api.tokens!.revoke(id);
    await assert.rejects(w.api.handle('pools/list', {}, s), (e: unknown) => e instanceof ApiError && e.code === ErrorCodes.Unauthenticated && /was revoked/.test(e.message));
    await assert.rejects(w.api.handle('auth/login', { token: w.tokens.dev }, { principal: undefined }), /was revoked/);
    await assert.rejects(w.api.handle('pools/list', {}, s), /missing API token/);
  });

  test('changes and refusals are audited with principal, pool and statement text', async () => {
    const w = await world();
    await w.api.handle('statements/submit', { sql: 'SELECT 42', pool: 'p', name: 'audited' }, await w.session('dev'));
    await assert.rejects(w.api.handle('pools/delete', { name: 'p' }, await w.session('viewer')));
    const entries = w.api.audit.read();
    const submit = entries.find((e) => e.action === 'statements/submit' && e.statement === 'audited')!;
    assert.deepEqual([submit.principal, submit.pool, submit.sql, submit.outcome], ['dev', 'p', 'SELECT 42', 'ok']);
    const refused = entries.find((e) => e.action === 'pools/delete')!;
    assert.equal(refused.outcome, 'refused');
    assert.match(refused.detail!, /needs role pool-admin/);
    assert.ok(!JSON.stringify(entries).includes(w.tokens.dev.slice(21)), 'no token in the audit log');
  });
});
