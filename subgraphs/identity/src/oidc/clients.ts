import type { ClientMetadata } from 'oidc-provider';

/** A departmental web system as configured in YKB_OIDC_CLIENTS. */
export interface DepartmentalClientConfig {
  client_id: string;
  client_name?: string;
  /** Absent for a public client, which authenticates at the token endpoint with PKCE alone. */
  client_secret?: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  /** Where the provider POSTs a logout token when the user's single sign-on session ends. */
  backchannel_logout_uri: string;
}

/**
 * The demo departmental system registered on every start. It is a public
 * client whose URIs point at loopback port 5190, where a developer can run a
 * system of their own to try single sign-on.
 */
export const DEMO_CLIENT: DepartmentalClientConfig = {
  client_id: 'demo-department-portal',
  client_name: '演示部门业务系统',
  redirect_uris: ['http://127.0.0.1:5190/oidc/callback'],
  post_logout_redirect_uris: ['http://127.0.0.1:5190/'],
  backchannel_logout_uri: 'http://127.0.0.1:5190/oidc/backchannel-logout',
};

function isStringArray(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => typeof item === 'string' && item.length > 0)
  );
}

function checkClient(value: unknown, index: number): DepartmentalClientConfig {
  const where = `YKB_OIDC_CLIENTS[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${where} must be a JSON object.`);
  const client = value as Record<string, unknown>;
  if (typeof client.client_id !== 'string' || !client.client_id)
    throw new Error(`${where}.client_id must be a non-empty string.`);
  if (!isStringArray(client.redirect_uris))
    throw new Error(
      `${where}.redirect_uris must be a non-empty array of URLs.`,
    );
  if (typeof client.backchannel_logout_uri !== 'string')
    throw new Error(`${where}.backchannel_logout_uri must be a URL.`);
  for (const key of ['client_name', 'client_secret'] as const) {
    if (client[key] !== undefined && typeof client[key] !== 'string')
      throw new Error(`${where}.${key} must be a string when present.`);
  }
  if (
    client.post_logout_redirect_uris !== undefined &&
    !isStringArray(client.post_logout_redirect_uris)
  )
    throw new Error(
      `${where}.post_logout_redirect_uris must be a non-empty array of URLs when present.`,
    );
  return client as unknown as DepartmentalClientConfig;
}

/**
 * Reads the departmental systems from YKB_OIDC_CLIENTS (a JSON array of
 * DepartmentalClientConfig) and adds the demo system. Throws a message
 * naming the variable and the entry when the JSON is malformed.
 */
export function departmentalClientsFromEnv(
  raw = process.env.YKB_OIDC_CLIENTS,
): DepartmentalClientConfig[] {
  if (!raw?.trim()) return [DEMO_CLIENT];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('YKB_OIDC_CLIENTS must be a JSON array of client objects.');
  }
  if (!Array.isArray(parsed))
    throw new Error('YKB_OIDC_CLIENTS must be a JSON array of client objects.');
  const clients = parsed.map(checkClient);
  const ids = new Set([DEMO_CLIENT.client_id]);
  for (const client of clients) {
    if (ids.has(client.client_id))
      throw new Error(
        `YKB_OIDC_CLIENTS registers client_id ${client.client_id} twice.`,
      );
    ids.add(client.client_id);
  }
  return [DEMO_CLIENT, ...clients];
}

/**
 * Converts a configured system to oidc-provider client metadata: the
 * authorization-code flow only, ID tokens signed with RS256, and back-channel
 * logout tokens that carry the session id.
 */
export function toClientMetadata(
  client: DepartmentalClientConfig,
): ClientMetadata {
  const metadata: ClientMetadata = {
    client_id: client.client_id,
    client_name: client.client_name ?? client.client_id,
    redirect_uris: client.redirect_uris,
    post_logout_redirect_uris: client.post_logout_redirect_uris ?? [],
    backchannel_logout_uri: client.backchannel_logout_uri,
    backchannel_logout_session_required: true,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: 'RS256',
  };
  if (client.client_secret) {
    metadata.client_secret = client.client_secret;
    metadata.token_endpoint_auth_method = 'client_secret_basic';
  } else {
    metadata.token_endpoint_auth_method = 'none';
  }
  return metadata;
}
