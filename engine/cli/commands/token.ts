/**
 * `tideline token create|list|revoke`: API tokens for `tideline serve`. Tokens are printed
 * once at creation and stored only as salted hashes.
 */
import { formatGrant, parseGrant } from '../../auth/roles';
import { TokenStore } from '../../auth/token-store';
import { hostStateDir } from '../../host/state-dir';
import { optionString, UsageError } from '../args';
import { EXIT_FINDINGS, EXIT_OK, type Command } from '../command';
import { stateDirArgs } from './serve';

export const tokenCommand: Command = {
  name: 'token',
  summary: 'create, list and revoke API tokens for tideline serve',
  usage: 'tideline token create --principal NAME [--grant ROLE[:POOL]]... [--description TEXT] | token list | token revoke ID  [--state-dir DIR]',
  options: [
    { name: 'principal', value: 'NAME', description: 'who the token stands for (create)' },
    { name: 'grant', value: 'ROLE[:POOL]', repeatable: true, description: 'pool-admin, developer or viewer, on POOL or every pool (create; repeatable)' },
    { name: 'description', value: 'TEXT', description: 'a note kept with the token (create)' },
    { name: 'state-dir', value: 'DIR', description: 'default $TIDELINE_STATE_DIR or ~/.tideline' },
  ],
  async run(args, io) {
    const [sub, ...rest] = args.positionals;
    const store = new TokenStore(hostStateDir(stateDirArgs(optionString(args, 'state-dir'), io.cwd)));
    switch (sub) {
      case 'create': {
        if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`);
        const principal = optionString(args, 'principal');
        if (!principal) throw new UsageError('name the principal: --principal NAME');
        const raw = args.options.get('grant');
        let grants;
        try {
          grants = (Array.isArray(raw) ? raw : []).map(parseGrant);
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
        const { token, info } = await store.create(principal, grants, optionString(args, 'description'));
        const held = store.principals().find((p) => p.name === principal)?.grants ?? [];
        io.out(`${token}\n`);
        io.err(`token ${info.id} for principal '${principal}' (roles: ${held.map(formatGrant).join(', ') || 'none'}); it is shown only now\n`);
        return EXIT_OK;
      }
      case 'list': {
        if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`);
        const grants = new Map(store.principals().map((p) => [p.name, p.grants.map(formatGrant).join(',')]));
        for (const t of store.list()) {
          const state = t.revokedAt !== undefined ? `revoked ${new Date(t.revokedAt).toISOString()}` : 'active';
          io.out(`${t.id}  ${t.principal}  ${grants.get(t.principal) || '-'}  ${new Date(t.createdAt).toISOString()}  ${state}${t.description ? `  ${t.description}` : ''}\n`);
        }
        return EXIT_OK;
      }
      case 'revoke': {
        if (rest.length !== 1) throw new UsageError('name one token id: tideline token revoke ID (ids: tideline token list)');
        try {
          const info = await store.revoke(rest[0]!);
          io.err(`token ${info.id} of principal '${info.principal}' revoked\n`);
          return EXIT_OK;
        } catch (e) {
          io.err(`tideline token: ${(e as Error).message}\n`);
          return EXIT_FINDINGS;
        }
      }
      default:
        throw new UsageError(sub === undefined ? 'name a subcommand: create, list or revoke' : `unknown subcommand '${sub}' (create, list or revoke)`);
    }
  },
};
