import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@ykb/common';
import {
  gatewayRequest,
  startTestPlatform,
  type TestPlatform,
} from '../support/platform.js';

/**
 * Sign-out through the gateway, every subgraph a separate process: once the
 * gateway's session cache (set to 500 ms here, 15 s by default) has expired,
 * a signed-out token is anonymous in the cases and licenses subgraphs too,
 * not only in identity.
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
  it('makes the token anonymous in every subgraph', async () => {
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
    expect(me.errors).toBeUndefined();
    expect(me.data.me).toBeNull();
  });

  it('keeps public queries working with a signed-out token', async () => {
    const token = await signIn('13800138000');
    await gatewayRequest(url, 'mutation { signOut }', {}, token);
    const search = await gatewayRequest(
      url,
      'query { searchItems(keyword: "个体户") { id } }',
      {},
      token,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data.searchItems.length).toBeGreaterThan(0);
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
