import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { creditCodeCheckChar, idCardCheckChar } from '@ykb/common';
import { gatewayRequest, type TestPlatform } from '../support/platform.js';
import { withSubgraphDatabase } from '../support/database.js';
import { gatewayToken, signIn } from './support.js';

/**
 * Steps of the intermediary marketplace that browser tests share: requests
 * through the gateway for the parties a test does not drive in the page,
 * and the page's own certificate sign-in.
 */

/** Sends one request through the gateway and expects no errors. */
export async function apiCall(
  platform: TestPlatform,
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  const result = await gatewayRequest(
    platform.gatewayUrl,
    query,
    variables,
    token,
  );
  expect(result.errors, query).toBeUndefined();
  return result.data;
}

/** The certificate key pair of one account, made in Node for its first use. */
interface AccountKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * Certificate keys by user id, one per account while this module lives, which
 * is one test file. The server rejects a second key while the first is valid
 * unless the first signs it, and a new key sends the account's admitted
 * registrations back to the check, so every call for an account reuses its key.
 */
const accountKeys = new Map<string, AccountKey>();

/** Returns the user id (`sub`) of a gateway token. */
function userIdOf(token: string): string {
  const payload = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { sub?: string };
  if (!payload.sub)
    throw new Error('The gateway token has no subject (sub) claim.');
  return payload.sub;
}

/**
 * Returns the account's certificate key, registering a new ECDSA P-256 key
 * under `serialNumber` on the first call for the account. P-256 is the
 * curve the PWA uses, so the page can import the same key.
 */
async function registeredKey(
  platform: TestPlatform,
  token: string,
  serialNumber: string,
): Promise<AccountKey> {
  const userId = userIdOf(token);
  const known = accountKeys.get(userId);
  if (known) return known;
  const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await apiCall(
    platform,
    'mutation($i: CertificateInput!) { registerCertificate(input: $i) { fingerprint } }',
    {
      i: {
        publicKeyPem: key.publicKey
          .export({ format: 'pem', type: 'spki' })
          .toString(),
        serialNumber,
        validUntil: '2035-12-31',
      },
    },
    token,
  );
  accountKeys.set(userId, key);
  return key;
}

/**
 * Signs the session of `token` in with the account's certificate key, as the
 * marketplace mutations require. The first call for an account registers
 * its key under `serialNumber`, and later calls reuse that key.
 */
export async function certificateSession(
  platform: TestPlatform,
  token: string,
  serialNumber: string,
): Promise<void> {
  const { privateKey } = await registeredKey(platform, token, serialNumber);
  const challenge = (
    await apiCall(
      platform,
      'mutation { certificateChallenge { id nonce } }',
      {},
      token,
    )
  ).certificateChallenge;
  await apiCall(
    platform,
    'mutation($c: ID!, $s: String!) { certificateSignIn(challengeId: $c, signature: $s) { expiresAt } }',
    {
      c: challenge.id,
      s: sign(
        'sha256',
        Buffer.from(challenge.nonce, 'base64'),
        privateKey,
      ).toString('base64'),
    },
    token,
  );
}

/** Builds an agency registration offering the safety evaluation (ZJFW001). */
export function safetyAgencyInput(
  name: string,
  creditCodeFirst17: string,
  idCardFirst17: string,
) {
  const scan = Buffer.from('%PDF-1.4\n').toString('base64');
  return {
    name,
    creditCode: creditCodeFirst17 + creditCodeCheckChar(creditCodeFirst17),
    representative: '赵评价',
    contactName: '钱联络',
    contactMobile: '13900139001',
    address: '重庆市江北区示例大道 8 号',
    qualifications: [
      {
        serviceId: 'is-ZJFW001',
        name: '安全评价机构资质',
        certificateNo: `APJ-${creditCodeFirst17.slice(-6)}`,
        validFrom: '2024-01-01',
        validUntil: '2035-12-31',
      },
    ],
    staff: [
      {
        name: '孙评价师',
        idCardNumber: idCardFirst17 + idCardCheckChar(idCardFirst17),
        qualification: '安全评价师',
        certificateNo: `S-${creditCodeFirst17.slice(-6)}`,
      },
    ],
    serviceIds: ['is-ZJFW001'],
    commitment: '本机构承诺所填信息真实有效，依法依规提供中介服务。',
    documents: [
      'BUSINESS_LICENCE',
      'REPRESENTATIVE_ID',
      'QUALIFICATION',
      'COMMITMENT',
    ].map((kind) => ({
      kind,
      fileName: `${kind}.pdf`,
      contentBase64: scan,
    })),
  };
}

/**
 * Registers a new legal person as an agency through the gateway and puts it
 * on public notice after the administrator's check.
 */
export async function agencyOnNotice(
  platform: TestPlatform,
  name: string,
  index: number,
) {
  const creditCode17 = `91500103MA6BRW${String(index).padStart(3, '0')}`;
  const idCard17 = `50010319800101${String(300 + index)}`;
  const registered = await apiCall(
    platform,
    'mutation($i: RegisterLegalPersonInput!) { registerLegalPerson(input: $i) { token } }',
    {
      i: {
        name,
        creditCode: creditCode17 + creditCodeCheckChar(creditCode17),
        legalRepresentativeName: '周代表',
        legalRepresentativeIdCard: idCard17 + idCardCheckChar(idCard17),
        contactMobile: `1370013700${index}`,
        password: 'Company-2026',
        divisionCode: '500103',
      },
    },
    '',
  );
  const token = registered.registerLegalPerson.token as string;
  await certificateSession(platform, token, `CASELECT${index}`);
  const agency = (
    await apiCall(
      platform,
      'mutation($i: RegistrationInput!, $k: String!) { registerAgency(input: $i, idempotencyKey: $k) { id version } }',
      {
        i: safetyAgencyInput(name, creditCode17, idCard17),
        k: `browser-selection-agency-${index}`,
      },
      token,
    )
  ).registerAgency;
  await apiCall(
    platform,
    'mutation($id: ID!, $v: Int!) { checkRegistration(id: $id, expectedVersion: $v, corrections: []) { state } }',
    { id: agency.id, v: agency.version },
    await gatewayToken(platform.gatewayUrl, 'admin'),
  );
  return { id: agency.id as string, name, token };
}

/**
 * Ends the public notice of the given agencies by moving its end into the
 * past in the test database, then waits for the marketplace job (every
 * second here) to admit them. No mutation shortens the 5 working days.
 */
export async function admitAfterNotice(
  platform: TestPlatform,
  ids: string[],
): Promise<void> {
  await withSubgraphDatabase(
    platform.dbPrefix,
    'intermediaries',
    async (db) => {
      const result = await db
        .collection('parties')
        .updateMany(
          { _id: { $in: ids as never[] } },
          { $set: { noticeEndsAt: new Date(Date.now() - 60_000) } },
        );
      expect(result.matchedCount).toBe(ids.length);
    },
  );
  // expect.poll works only inside a test, and this runs in beforeAll.
  const deadline = Date.now() + 20000;
  for (const id of ids) {
    let status: string | undefined;
    while (status !== 'APPROVED' && Date.now() < deadline) {
      status = (
        await apiCall(
          platform,
          'query($id: ID!) { agency(id: $id) { status } }',
          { id },
          '',
        )
      ).agency?.status;
      if (status !== 'APPROVED')
        await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status, `agency ${id}`).toBe('APPROVED');
  }
}

/**
 * Moves the registration deadline of an announcement into the past by
 * writing its document in the test database, and the selection time an
 * hour into the past (`selection` 'due') or the future ('pending'). No page
 * or mutation moves these times, and a real deadline is days away, so the
 * test shifts them to reach bidding and selection at once. Bids and new bid
 * rounds are accepted only before the selection time, and selection only
 * after it.
 */
export async function closeRegistration(
  platform: TestPlatform,
  announcementId: string,
  selection: 'due' | 'pending' = 'due',
): Promise<void> {
  const hour = 3_600_000;
  await withSubgraphDatabase(
    platform.dbPrefix,
    'intermediaries',
    async (db) => {
      const result = await db.collection('announcements').updateOne(
        { _id: announcementId as never },
        {
          $set: {
            registrationDeadline: new Date(Date.now() - 2 * hour),
            selectionTime: new Date(
              Date.now() + (selection === 'due' ? -hour : hour),
            ),
          },
        },
      );
      expect(result.matchedCount).toBe(1);
    },
  );
}

/**
 * Stores the account's certificate key in the page's IndexedDB, where the
 * PWA keeps its key per user id (database ykb-marketplace-keys, store keys),
 * and signs the page's session in with it on 我的中介服务. The first use of
 * an account registers its key through the gateway under `serialNumber`.
 * The private key is imported as not extractable, as the PWA makes its own.
 */
export async function signInWithBrowserKey(
  page: Page,
  platform: TestPlatform,
  account: string,
  serialNumber: string,
): Promise<void> {
  const token = await gatewayToken(platform.gatewayUrl, account);
  const key = await registeredKey(platform, token, serialNumber);
  await page.evaluate(
    async ({ userId, privateJwk, publicJwk }) => {
      const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
      const pair = {
        privateKey: await crypto.subtle.importKey(
          'jwk',
          privateJwk,
          algorithm,
          false,
          ['sign'],
        ),
        publicKey: await crypto.subtle.importKey(
          'jwk',
          publicJwk,
          algorithm,
          true,
          ['verify'],
        ),
      };
      const opening = indexedDB.open('ykb-marketplace-keys', 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore('keys');
      const db = await new Promise<typeof opening.result>((resolve, reject) => {
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction('keys', 'readwrite');
          transaction.objectStore('keys').put(pair, userId);
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
      } finally {
        db.close();
      }
    },
    {
      userId: userIdOf(token),
      privateJwk: key.privateKey.export({ format: 'jwk' }),
      publicJwk: key.publicKey.export({ format: 'jwk' }),
    },
  );
  await page.getByRole('button', { name: '使用数字证书登录' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: '已使用数字证书登录' })
    .waitFor();
}

export function navigation(page: Page) {
  return page.getByRole('navigation', { name: '主导航' });
}

/**
 * Signs `account` in, opens 我的中介服务 and signs the session in with a
 * certificate key of the account, as the marketplace mutations require.
 */
export async function openMyMarketplace(
  page: Page,
  platform: TestPlatform,
  account: string,
  serialNumber: string,
): Promise<void> {
  await signIn(page, account);
  await navigation(page).getByRole('link', { name: '我的中介服务' }).click();
  await page.getByRole('heading', { level: 1, name: '我的中介服务' }).waitFor();
  await signInWithBrowserKey(page, platform, account, serialNumber);
}

/** Today's date in Asia/Shanghai, as a date input takes it. */
export function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}
