import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@ykb/common';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';

/**
 * Sign-out through the gateway, every subgraph a separate process: once the
 * session caches (set to 500 ms here, 15 s by default) have expired, a
 * signed-out token is refused in the cases and licenses subgraphs too, not
 * only in identity, also when sent straight to a subgraph.
 */

const SESSION_CACHE_MS = 500;

let platform: TestPlatform;
let url: string;

// A 1x1 PNG, so the upload's type check finds PNG magic bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const MY_CASES = 'query { myCases(first: 5) { id } }';
const MY_LICENCES = 'query { myLicences { id holderName } }';
const UPLOAD =
  'mutation($i: UploadMaterialInput!) { uploadMaterial(input: $i) { id } }';
const uploadInput = {
  i: {
    fileName: '申请书.png',
    mimeType: 'image/png',
    contentBase64: PNG.toString('base64'),
  },
};

async function signIn(account: string): Promise<string> {
  const result = await gatewayRequest(
    url,
    'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
    { a: account, p: DEMO_PASSWORD },
  );
  expect(result.errors).toBeUndefined();
  return result.data.signIn.token as string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  // The platform's processes inherit this environment.
  process.env.YKB_SESSION_CACHE_MS = String(SESSION_CACHE_MS);
  platform = await startTestPlatform(
    Number(process.env.YKB_TEST_SIGN_OUT_PORT_BASE ?? 14700),
  );
  url = platform.gatewayUrl;
}, 240000);

afterAll(async () => {
  await platform?.stop();
});

describe('sign-out through the gateway', () => {
  it('makes every subgraph refuse the token', async () => {
    const token = await signIn('13800138000');
    for (const query of [MY_CASES, MY_LICENCES]) {
      const before = await gatewayRequest(url, query, {}, token);
      expect(before.errors, query).toBeUndefined();
    }
    expect(
      (await gatewayRequest(url, UPLOAD, uploadInput, token)).errors,
    ).toBeUndefined();

    const signOut = await gatewayRequest(
      url,
      'mutation { signOut }',
      {},
      token,
    );
    expect(signOut.errors).toBeUndefined();
    expect(signOut.data.signOut).toBe(true);
    await sleep(SESSION_CACHE_MS + 200);

    const cases = await gatewayRequest(url, MY_CASES, {}, token);
    expect(cases.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(cases.data?.myCases).toBeUndefined();

    const licences = await gatewayRequest(url, MY_LICENCES, {}, token);
    expect(licences.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(licences.data?.myLicences).toBeUndefined();

    const upload = await gatewayRequest(url, UPLOAD, uploadInput, token);
    expect(upload.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const me = await gatewayRequest(url, 'query { me { id } }', {}, token);
    expect(me.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
  });

  it('refuses public queries with a signed-out token and serves them without one', async () => {
    const token = await signIn('13800138000');
    await gatewayRequest(url, 'mutation { signOut }', {}, token);
    await sleep(SESSION_CACHE_MS + 200);
    const search = 'query { searchItems(keyword: "个体户") { id } }';
    const refused = await gatewayRequest(url, search, {}, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
    const anonymous = await gatewayRequest(url, search);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.searchItems.length).toBeGreaterThan(0);
  });

  it('signs out everywhere, also for requests sent straight to a subgraph', async () => {
    const phone = await signIn('13800138000');
    const laptop = await signIn('13800138000');
    // The cases subgraph has not seen the phone's session yet, so it asks identity at once.
    const casesUrl = url.replace(
      /:(\d+)\/graphql$/,
      (_match, port: string) => `:${Number(port) + 3}/graphql`,
    );
    const everywhere = await gatewayRequest(
      url,
      'mutation { signOutEverywhere }',
      {},
      laptop,
    );
    expect(everywhere.errors).toBeUndefined();
    expect(everywhere.data.signOutEverywhere).toBeGreaterThanOrEqual(2);
    const direct = await gatewayRequest(casesUrl, MY_CASES, {}, phone);
    expect(direct.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_REVOKED',
    });
  });

  it('refreshes through the gateway and refuses a replayed refresh token', async () => {
    const PAIR =
      'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { accessToken refreshToken } }';
    const REFRESH =
      'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }';
    const first = (
      await gatewayRequest(url, PAIR, { a: '13800138000', p: DEMO_PASSWORD })
    ).data.signIn;
    const second = await gatewayRequest(url, REFRESH, {
      r: first.refreshToken,
    });
    expect(second.errors).toBeUndefined();
    const cases = await gatewayRequest(
      url,
      MY_CASES,
      {},
      second.data.refreshSession.accessToken,
    );
    expect(cases.errors).toBeUndefined();
    const replay = await gatewayRequest(url, REFRESH, {
      r: first.refreshToken,
    });
    expect(replay.errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_REUSED');
  });

  it('leaves other sessions of the user signed in', async () => {
    const stillSignedIn = await signIn('13800138000');
    const ended = await signIn('13800138000');
    await gatewayRequest(url, MY_CASES, {}, ended);
    expect(
      (await gatewayRequest(url, 'mutation { signOut }', {}, ended)).errors,
    ).toBeUndefined();
    await sleep(SESSION_CACHE_MS + 200);

    expect(
      (await gatewayRequest(url, MY_CASES, {}, ended)).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    const cases = await gatewayRequest(url, MY_CASES, {}, stillSignedIn);
    expect(cases.errors).toBeUndefined();
    expect(Array.isArray(cases.data.myCases)).toBe(true);
  });
});
