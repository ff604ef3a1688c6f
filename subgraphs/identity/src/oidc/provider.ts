import type { IncomingMessage } from 'node:http';
import Provider, {
  type Configuration,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import type { Logger } from '@ykb/common';
import type { IdentityModels, UserDocument } from '../model.js';
import { toClientMetadata, type DepartmentalClientConfig } from './clients.js';
import type { OidcKeys } from './keys.js';
import { MongoOidcAdapter, type OidcStore } from './adapter.js';
import { errorPage, loggedOutPage, logoutPage } from './pages.js';

/** Lifetime of a single sign-on session and its grants: one working day. */
const SSO_SESSION_SECONDS = 8 * 3600;

/** Path of the provider on identity's HTTP server. */
export const OIDC_MOUNT_PATH = '/oidc';

/**
 * Returns the issuer: YKB_OIDC_ISSUER, or the provider's address on
 * identity's loopback port. The issuer's path must be /oidc, because the
 * provider builds its endpoint URLs from that mount path.
 */
export function oidcIssuer(port: number): string {
  const configured = process.env.YKB_OIDC_ISSUER?.trim();
  const issuer = configured || `http://127.0.0.1:${port}${OIDC_MOUNT_PATH}`;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`YKB_OIDC_ISSUER must be an absolute URL, got ${issuer}.`);
  }
  if (url.pathname !== OIDC_MOUNT_PATH || url.search || url.hash)
    throw new Error(
      `YKB_OIDC_ISSUER must be an http(s) URL whose path is ${OIDC_MOUNT_PATH}, got ${issuer}.`,
    );
  return issuer;
}

/** Claims of an ID token and of userinfo, by the scope that releases them. */
const CLAIMS_BY_SCOPE = {
  openid: ['sub'],
  profile: ['name'],
  roles: ['roles'],
  jurisdiction: ['division', 'department'],
};

function accountClaims(user: UserDocument) {
  return {
    sub: user._id,
    name: user.name,
    roles: user.roles,
    division: user.divisionCode ?? null,
    department: user.departmentCode ?? null,
  };
}

export interface ProviderDependencies {
  issuer: string;
  keys: OidcKeys;
  clients: DepartmentalClientConfig[];
  models: IdentityModels;
  store: OidcStore;
  log: Logger;
}

/**
 * Only the registered back-channel logout URIs may be fetched. They come from
 * configuration, not from clients, and departmental systems sit on loopback
 * or intranet addresses that oidc-provider's own fetch guard rejects as
 * special-use, so that guard is replaced by this list.
 */
function registeredUriFetch(clients: DepartmentalClientConfig[]) {
  const allowed = new Set(
    clients.map((client) => new URL(client.backchannel_logout_uri).href),
  );
  return (
    url: URL | string,
    options: RequestInit & { dispatcher?: unknown },
  ) => {
    const href = new URL(url).href;
    if (!allowed.has(href))
      return Promise.reject(
        new Error(`${href} is not a registered back-channel logout URI.`),
      );
    const { dispatcher: _guard, ...rest } = options;
    return fetch(href, rest);
  };
}

/** Builds the configured oidc-provider instance. */
export function createProvider(deps: ProviderDependencies): Provider {
  const { models, store, log } = deps;
  const configuration: Configuration = {
    adapter: (name: string) => new MongoOidcAdapter(name, store),
    clients: deps.clients.map(toClientMetadata),
    jwks: deps.keys.jwks as Configuration['jwks'],
    cookies: { keys: deps.keys.cookieKeys },
    claims: CLAIMS_BY_SCOPE,
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = loggedOutPage();
        },
      },
    },
    interactions: {
      url: (_ctx, interaction) =>
        `${OIDC_MOUNT_PATH}/interaction/${interaction.uid}`,
    },
    findAccount: async (_ctx, sub) => {
      const user = await models.User.findById(sub).lean<UserDocument>();
      if (!user) return undefined;
      return { accountId: sub, claims: () => accountClaims(user) };
    },
    // Registered departmental systems are first-party, so what they request is granted without a consent page.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId =
        ctx.oidc.result?.consent?.grantId ??
        session.grantIdFor(client.clientId);
      const grant =
        (grantId ? await provider.Grant.find(grantId) : undefined) ??
        new provider.Grant({
          clientId: client.clientId,
          accountId: session.accountId,
        });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      const claims = [...ctx.oidc.requestParamClaims];
      if (claims.length > 0) grant.addOIDCClaims(claims);
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error, out.error_description);
    },
    clientBasedCORS: () => false,
    fetch: registeredUriFetch(deps.clients) as Configuration['fetch'],
    ttl: {
      AccessToken: 10 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 30 * 60,
      Session: SSO_SESSION_SECONDS,
      Grant: SSO_SESSION_SECONDS,
    },
  };
  const provider = new Provider(deps.issuer, configuration);
  // Behind a TLS-terminating proxy the issuer is https, and the proxy's X-Forwarded-* headers are trusted.
  provider.proxy = deps.issuer.startsWith('https:');
  provider.on('server_error', (_ctx, err) =>
    log.error({ err }, 'OIDC provider error'),
  );
  provider.on('backchannel.error', (_ctx, err, client) =>
    log.warn(
      { err, clientId: client.clientId },
      'back-channel logout not delivered',
    ),
  );
  return provider;
}

/** Passes a request under /oidc to the provider, which sees paths relative to that mount. */
export async function handleWithProvider(
  provider: Provider,
  req: IncomingMessage & { originalUrl?: string },
  res: Parameters<ReturnType<Provider['callback']>>[1],
): Promise<void> {
  const url = req.url ?? '/';
  req.originalUrl = url;
  req.url = url.slice(OIDC_MOUNT_PATH.length) || '/';
  await provider.callback()(req, res);
}
