import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../../../engine/audit/audit-log';
import { authorize, METHOD_ACCESS } from '../../../engine/auth/authorize';
import { hasRole, localPrincipal, parseGrant, roleOn } from '../../../engine/auth/roles';
import { AuthError, TokenStore } from '../../../engine/auth/token-store';

const tmp = () => mkdtempSync(join(tmpdir(), 'tideline-auth-'));

describe('API tokens', () => {
  test('tokens are stored hashed with a salt, verified, listed and revoked; another process sees the revocation', async () => {
    const dir = tmp();
    const store = new TokenStore(dir);
    const { token, info } = await store.create('alice', [parseGrant('developer:etl')], 'laptop');
    const second = await store.create('alice', [parseGrant('viewer')]);
    assert.match(token, /^tdl_[a-f0-9]{16}_[A-Za-z0-9_-]{43}$/);
    const file = readFileSync(store.file, 'utf8');
    assert.ok(!file.includes(token.split('_').slice(2).join('_')), 'the secret is not stored');
    assert.equal(statSync(store.file).mode & 0o777, 0o600);
    const rec = JSON.parse(file).tokens[0];
    assert.match(rec.salt, /^[a-f0-9]{32}$/);
    assert.match(rec.hash, /^[a-f0-9]{64}$/);
    const who = store.verify(token);
    assert.equal(who.name, 'alice');
    assert.equal(roleOn(who, 'etl'), 'developer');
    assert.equal(roleOn(who, 'other'), 'viewer');
    assert.deepEqual(store.list().map((t) => t.description), ['laptop', undefined]);
    // revoked through another store instance (as `tideline token revoke` does)
    await new TokenStore(dir).revoke(info.id);
    assert.throws(() => store.verify(token), (e: unknown) => e instanceof AuthError && /API token [a-f0-9]{16} was revoked/.test(e.message));
    assert.equal(store.verify(second.token).name, 'alice');
  });

  test('missing, malformed and unknown tokens are refused without echoing them', async () => {
    const store = new TokenStore(tmp());
    const { token } = await store.create('bob', []);
    assert.throws(() => store.verify(undefined), /missing API token/);
    assert.throws(() => store.verify(42), /missing API token/);
    assert.throws(() => store.verify('hunter2'), (e: unknown) => e instanceof Error && /malformed API token/.test(e.message) && !e.message.includes('hunter2'));
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    assert.throws(() => store.verify(forged), /unknown API token/);
    await assert.rejects(store.revoke('nope'), /no token with id 'nope'/);
    await assert.rejects(store.create('bad name', []), /invalid principal name/);
  });
});

describe('roles and authorization', () => {
  test('roles are ordered and * grants cover every pool; grants parse with clear errors', () => {
    const p = { name: 'x', grants: [parseGrant('viewer'), parseGrant('pool-admin:etl')] };
    assert.ok(hasRole(p, 'etl', 'developer'));
    assert.ok(hasRole(p, 'any', 'viewer'));
    assert.ok(!hasRole(p, 'any', 'developer'));
    assert.throws(() => parseGrant('owner:etl'), /invalid grant 'owner:etl': use ROLE or ROLE:POOL with ROLE one of pool-admin, developer, viewer/);
    assert.ok(hasRole(localPrincipal(), 'whatever', 'pool-admin'), 'the local OS user holds every role');
  });

  test('refusals name the missing role and what is held', () => {
    const viewer = { name: 'vic', grants: [parseGrant('viewer:etl')] };
    assert.throws(() => authorize(viewer, 'statements/submit', { pool: 'etl' }), /principal 'vic' may not call statements\/submit on pool 'etl': needs role developer \(holds viewer\)/);
    assert.throws(() => authorize(viewer, 'pools/update', { pool: 'other' }), /needs role pool-admin \(holds no role there\)/);
    const dev = { name: 'dee', grants: [parseGrant('developer:etl')] };
    authorize(dev, 'statements/stop', { pool: 'etl', owner: 'dee' });
    assert.throws(() => authorize(dev, 'statements/stop', { pool: 'etl', owner: 'ann', statement: 's1' }), /statement 's1' of principal 'ann'.*needs role pool-admin .*own statements/);
    assert.throws(() => authorize(dev, 'pools/explode', {}), /unknown method/);
    assert.ok(Object.keys(METHOD_ACCESS).length >= 14);
  });
});

describe('audit log', () => {
  test('appends JSON lines (time, principal, action, pool, statement text) and reads them filtered', () => {
    const dir = tmp();
    let t = Date.UTC(2026, 5, 1);
    const log = new AuditLog(dir, () => t++);
    log.record({ principal: 'alice', action: 'statements/submit', outcome: 'ok', pool: 'etl', statement: 's1', sql: 'INSERT INTO t SELECT 1' });
    log.record({ principal: 'bob', action: 'pools/create', outcome: 'refused', pool: 'x', detail: 'needs role pool-admin' });
    log.record({ principal: 'root', action: 'tokens', outcome: 'ok' });
    const lines = readFileSync(log.file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.equal(lines[0].time, '2026-06-01T00:00:00.000Z');
    assert.equal(lines[0].sql, 'INSERT INTO t SELECT 1');
    assert.deepEqual(log.read({ pool: 'etl' }).map((e) => e.principal), ['alice']);
    assert.deepEqual(log.read({ pools: new Set(['x']) }).map((e) => e.principal), ['bob']);
    assert.equal(log.read({ pools: new Set(['x']), includeUnpooled: true }).length, 2);
    assert.equal(log.read({ limit: 1 })[0]!.principal, 'root');
    // a second log on the same dir appends
    new AuditLog(dir).record({ principal: 'c', action: 'statements/stop', outcome: 'ok' });
    assert.equal(log.read().length, 4);
  });
});
