import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connection } from 'mongoose';
import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { GraphQLError } from 'graphql';
import {
  createAuditLog,
  ErrorCode,
  forbidden,
  readBody,
  subgraphPort,
  type AuditLog,
  type ExtraRoute,
  type Logger,
} from '@ykb/common';
import type { IdentityModels } from '../model.js';
import { normalizeAccount } from '../personInput.js';
import { checkCredentials } from '../signIn.js';
import {
  deleteExpiredRecords,
  revokeGrant,
  registerOidcModels,
  type OidcStore,
} from './adapter.js';
import { departmentalClientsFromEnv } from './clients.js';
import {
  loadOrCreateOidcKeys,
  registerOidcKeyModel,
  type OidcKeys,
} from './keys.js';
import { errorPage, loginPage } from './pages.js';
import {
  createProvider,
  handleWithProvider,
  OIDC_MOUNT_PATH,
  oidcIssuer,
} from './provider.js';

interface BackchannelLogoutClient {
  backchannelLogout(sub: string, sid: string): Promise<void>;
}

/** How often expired sessions, codes and tokens are deleted. */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/** Largest accepted login form body. */
const MAX_FORM_BYTES = 16 * 1024;

const INTERACTION_PATH = new RegExp(
  `^${OIDC_MOUNT_PATH}/interaction/([\\w-]{1,64})(/login)?$`,
);

/** The OpenID Provider of the platform, served by the identity subgraph under /oidc. */
export interface OidcService {
  /** Serves /oidc/*: the provider's endpoints and the login pages. */
  route: ExtraRoute;
  /** Generates or loads the shared keys and starts the sweep of expired records; runs once at start, after indexes exist. */
  prepare: () => Promise<void>;
  /** Stops the sweep. */
  stop: () => void;
  /**
   * Ends every single sign-on session of a user, as RP-initiated logout
   * does: each departmental system of each session receives a back-channel
   * logout token, the sessions' grants and tokens are revoked and the
   * sessions deleted. Returns the number of sessions ended.
   */
  endAccountSessions: (accountId: string) => Promise<number>;
}

export interface OidcServiceOptions {
  connection: Connection;
  models: IdentityModels;
  log: Logger;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded'))
    throw Object.assign(new Error('unsupported content type'), {
      status: 415,
    });
  return new URLSearchParams(await readBody(req, MAX_FORM_BYTES));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(html);
}

/** Chinese message of a rejected sign-in, followed by the English one of the GraphQL API. */
function rejectionMessage(error: GraphQLError): string {
  if (error.extensions.code === ErrorCode.AccountLocked)
    return `连续登录失败次数过多，账号已暂时锁定。${error.message}`;
  if (error.extensions.code === ErrorCode.Forbidden)
    return `部门业务系统仅供工作人员登录。${error.message}`;
  if (error.extensions.code === ErrorCode.AccountDisabled)
    return `账号已停用。${error.message}`;
  return `账号或密码错误。${error.message}`;
}

export function createOidcService(options: OidcServiceOptions): OidcService {
  const { models, log } = options;
  const store: OidcStore = registerOidcModels(options.connection);
  const keyModel = registerOidcKeyModel(options.connection);
  const audit: AuditLog = createAuditLog(options.connection, 'identity', log);
  const clients = departmentalClientsFromEnv();
  let keys: Promise<OidcKeys> | undefined;
  let provider: Promise<Provider> | undefined;
  let listeningPort: number | undefined;

  function loadKeys(): Promise<OidcKeys> {
    const secret = process.env.YKB_TOKEN_SECRET;
    if (!secret || secret.length < 32)
      throw new Error(
        'YKB_TOKEN_SECRET is missing or shorter than 32 characters; the OIDC keys are encrypted under a key derived from it.',
      );
    keys ??= loadOrCreateOidcKeys(keyModel, secret, log);
    return keys;
  }

  /**
   * Checks every configured client's metadata as oidc-provider does on first
   * use, so a wrong YKB_OIDC_CLIENTS entry stops the start instead of failing
   * that system's first sign-in.
   */
  async function validateClients(loaded: OidcKeys): Promise<void> {
    const probe = createProvider({
      issuer: oidcIssuer(subgraphPort('identity')),
      keys: loaded,
      clients,
      models,
      store,
      log,
    });
    for (const client of clients) {
      try {
        await probe.Client.find(client.client_id);
      } catch (error) {
        const reason =
          (error as { error_description?: string }).error_description ??
          String(error);
        throw new Error(
          `YKB_OIDC_CLIENTS entry ${client.client_id} is invalid: ${reason}.`,
        );
      }
    }
  }

  // The default issuer needs the port identity listens on, known from the first request.
  function getProvider(): Promise<Provider> {
    provider ??= loadKeys().then((loaded) => {
      const created = createProvider({
        issuer: oidcIssuer(listeningPort ?? subgraphPort('identity')),
        keys: loaded,
        clients,
        models,
        store,
        log,
      });
      auditProtocolRefusals(created);
      return created;
    });
    return provider;
  }

  /**
   * Writes a REFUSED audit record for each request the provider rejects at
   * its authorization, token, user-info and logout endpoints, such as a
   * missing PKCE challenge, a wrong redirect URI or a reused code. The code
   * is the OAuth error, such as `invalid_grant`.
   */
  function auditProtocolRefusals(created: Provider): void {
    const record = (event: string, ctx: KoaContextWithOIDC, error: unknown) => {
      const { error: code, error_description: description } = error as {
        error?: string;
        error_description?: string;
      };
      const param = ctx.oidc?.params?.client_id;
      audit
        .record({
          action: `oidc:${event}`,
          outcome: 'REFUSED',
          code: code ?? 'server_error',
          details: {
            clientId:
              ctx.oidc?.client?.clientId ??
              (typeof param === 'string' ? param : null),
            description: description?.slice(0, 200) ?? null,
          },
        })
        .catch(() => undefined);
    };
    created.on('authorization.error', (ctx, error) =>
      record('authorization.error', ctx, error),
    );
    created.on('grant.error', (ctx, error) =>
      record('grant.error', ctx, error),
    );
    created.on('userinfo.error', (ctx, error) =>
      record('userinfo.error', ctx, error),
    );
    created.on('end_session.error', (ctx, error) =>
      record('end_session.error', ctx, error),
    );
  }

  async function sendLoginPage(
    oidc: Provider,
    res: ServerResponse,
    uid: string,
    clientId: string,
    failure?: { status: number; account: string; error: string },
  ): Promise<void> {
    const client = await oidc.Client.find(clientId);
    sendHtml(
      res,
      failure?.status ?? 200,
      loginPage({
        action: `${OIDC_MOUNT_PATH}/interaction/${uid}/login`,
        clientName: client?.clientName ?? clientId,
        account: failure?.account,
        error: failure?.error,
      }),
    );
  }

  async function showLogin(
    oidc: Provider,
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
  ): Promise<void> {
    const details = await oidc.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const clientId = String(details.params.client_id);
    if (details.prompt.name === 'login') {
      await sendLoginPage(oidc, res, uid, clientId);
      return;
    }
    if (details.prompt.name !== 'consent' || !details.session)
      throw new Error(`unexpected prompt ${details.prompt.name}`);
    // loadExistingGrant grants what registered systems request, so this runs only if a grant was lost in between.
    const grant = new oidc.Grant({
      clientId,
      accountId: details.session.accountId,
    });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    const grantId = await grant.save();
    await oidc.interactionFinished(
      req,
      res,
      { consent: { grantId } },
      { mergeWithLastSubmission: true },
    );
  }

  async function submitLogin(
    oidc: Provider,
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
  ): Promise<void> {
    const details = await oidc.interactionDetails(req, res);
    if (details.uid !== uid || details.prompt.name !== 'login')
      throw new Error('interaction mismatch');
    const form = await readForm(req);
    const account = form.get('account') ?? '';
    const clientId = String(details.params.client_id);
    try {
      const user = await checkCredentials(
        models,
        log,
        (event) =>
          audit.record({ ...event, details: { ...event.details, clientId } }),
        account,
        form.get('password') ?? '',
        'oidcSignIn',
      );
      // Departmental systems are back-office systems: only staff sign in to them.
      if (user.kind !== 'STAFF') {
        await audit.record({
          action: 'oidcSignIn',
          outcome: 'REFUSED',
          code: ErrorCode.Forbidden,
          actorId: user._id,
          details: { clientId, reason: 'not a staff account' },
        });
        throw forbidden('Departmental systems accept staff accounts only.');
      }
      await audit.record({
        action: 'oidcSignIn',
        outcome: 'SUCCEEDED',
        actorId: user._id,
        details: { clientId },
      });
      await oidc.interactionFinished(
        req,
        res,
        { login: { accountId: user._id, amr: ['pwd'] } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      await sendLoginPage(oidc, res, uid, clientId, {
        status: 401,
        account,
        error: rejectionMessage(error),
      });
    }
  }

  const route: ExtraRoute = async ({ req, res, url }) => {
    listeningPort ??= req.socket.localPort;
    if (
      url.pathname !== OIDC_MOUNT_PATH &&
      !url.pathname.startsWith(`${OIDC_MOUNT_PATH}/`)
    )
      return false;
    const oidc = await getProvider();
    const interaction = INTERACTION_PATH.exec(url.pathname);
    if (!interaction) {
      await handleWithProvider(oidc, req, res);
      return true;
    }
    const uid = interaction[1]!;
    const isSubmit = interaction[2] === '/login';
    try {
      if (isSubmit && req.method === 'POST')
        await submitLogin(oidc, req, res, uid);
      else if (!isSubmit && req.method === 'GET')
        await showLogin(oidc, req, res, uid);
      else sendHtml(res, 405, errorPage('method_not_allowed'));
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 413 || status === 415) {
        // The rest of an oversized body is never read, so this connection cannot carry another request.
        if (status === 413) res.setHeader('connection', 'close');
        sendHtml(res, status, errorPage('invalid_request'));
        return true;
      }
      // A missing or expired interaction cookie lands here: the user starts again from the departmental system.
      log.warn({ err: error }, 'OIDC interaction failed');
      if (!res.headersSent)
        sendHtml(res, 400, errorPage('interaction_expired'));
    }
    return true;
  };

  async function endAccountSessions(accountId: string): Promise<number> {
    const sessions = await store.Record.find({
      kind: 'Session',
      accountId,
    }).lean();
    if (sessions.length === 0) return 0;
    const oidc = await getProvider();
    for (const record of sessions) {
      const session = JSON.parse(record.payload) as {
        authorizations?: Record<string, { sid?: string; grantId?: string }>;
      };
      for (const [clientId, authorization] of Object.entries(
        session.authorizations ?? {},
      )) {
        // @types/oidc-provider 9.12.1 leaves backchannelLogout untyped; oidc-provider 9.13.3 has it on every client.
        const client = (await oidc.Client.find(clientId)) as
          | (InstanceType<Provider['Client']> & BackchannelLogoutClient)
          | undefined;
        if (client?.backchannelLogoutUri && authorization.sid) {
          await client
            .backchannelLogout(accountId, authorization.sid)
            .catch((err: unknown) =>
              log.warn({ err, clientId }, 'back-channel logout not delivered'),
            );
        }
        if (authorization.grantId)
          await revokeGrant(store, authorization.grantId);
      }
      await store.Record.deleteOne({ _id: record._id });
    }
    log.info(
      { userId: accountId, sessions: sessions.length },
      'ended single sign-on sessions',
    );
    return sessions.length;
  }

  let sweep: NodeJS.Timeout | undefined;
  return {
    route,
    prepare: async () => {
      await validateClients(await loadKeys());
      sweep = setInterval(() => {
        deleteExpiredRecords(store).catch((err: unknown) =>
          log.error({ err }, 'expired OIDC records could not be deleted'),
        );
      }, SWEEP_INTERVAL_MS);
      sweep.unref();
    },
    stop: () => clearInterval(sweep),
    endAccountSessions,
  };
}
