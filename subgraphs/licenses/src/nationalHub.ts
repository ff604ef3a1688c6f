import type { KeyObject } from 'node:crypto';
import {
  canonicalJson,
  appError,
  buildLicenceIdentifier,
  creditCodeCheckChar,
  ErrorCode,
  isDuplicateKeyError,
} from '@ykb/common';
import { ensurePlatformKey } from './keySet.js';
import type { LicenceModels } from './model.js';
import {
  decryptSealPrivateKey,
  signContent,
  verifyContent,
} from './sealCrypto.js';

/**
 * Adapter for the national licence-sharing hub (全国一体化政务服务平台电子证照
 * 共享服务): this city publishes its licence catalogue and licence changes,
 * answers other provinces' verification requests, and fetches other
 * provinces' licences for local cases. The hub signs every copy it returns.
 */

export interface HubCatalogueEntry {
  code: string;
  name: string;
  departmentCode: string;
  faceElements: string[];
}

export interface HubLicenceRequest {
  identifier: string;
  purpose: string;
  /** This city's case number the request is for. */
  caseReference: string;
}

/** A licence of another province as the hub describes it. */
export interface HubLicence {
  identifier: string;
  regionCode: string;
  typeName: string;
  holderName: string;
  /** Holder's identity number: the unified social credit code of an organisation, the ID-card number of a person. */
  holderIdNumber: string;
  issuerName: string;
  data: Record<string, unknown>;
  status: 'VALID' | 'EXPIRED' | 'REVOKED';
}

/** A licence copy as the hub returns it; `signature` covers the canonical JSON of every other field. */
export interface HubLicenceCopy extends HubLicence {
  signature: string;
}

export interface HubEventNotice {
  id: string;
  kind: string;
  identifier: string;
  newIdentifier: string | null;
}

export interface NationalLicenceHub {
  /** Publishes this city's catalogue; returns the number of types the hub holds for it. */
  publishCatalogue(entries: HubCatalogueEntry[]): Promise<number>;
  /** Publishes licence changes so other provinces that used them learn of them. */
  publishEvents(events: HubEventNotice[]): Promise<void>;
  /** Fetches a licence of another province; HUB_UNAVAILABLE or NOT_FOUND on failure. */
  fetchLicence(request: HubLicenceRequest): Promise<HubLicenceCopy>;
  /** PEM public key the hub signs copies with. */
  publicKeyPem(): string;
}

/** Province-level division code of Chongqing, the region of this city's licences. */
export const CITY_REGION_CODE = '50';

/** Province code (2 digits) of a licence identifier: the issuer credit code's registration-authority division. */
export function regionOfIdentifier(identifier: string): string | null {
  const parts = identifier.split('.');
  const issuer = parts[6];
  return issuer && issuer.length === 18 ? issuer.slice(2, 4) : null;
}

/** Verifies the hub's signature over a copy. */
export function verifyHubCopy(
  copy: HubLicenceCopy,
  hubPublicKeyPem: string,
): boolean {
  const { signature, ...fields } = copy;
  return verifyContent(canonicalJson(fields), signature, hubPublicKeyPem);
}

/** Verifier of other provinces' requests about this city's licences. */
export type InboundVerifier = (
  identifier: string,
  regionCode: string,
) => Promise<{ found: boolean; authentic: boolean; status: string | null }>;

/** Id of the sandbox hub's signing key among the platform keys. */
const SANDBOX_HUB_KEY_ID = 'sandbox-national-hub';

/**
 * Local sandbox of the national hub. It stores published catalogues and
 * events in this subgraph's database, so they survive a restart. It serves
 * two licences of other provinces (Sichuan 51 and Guizhou 52), signs copies
 * with its own Ed25519 key kept encrypted among the platform keys, and fails
 * like the real hub: regions listed in YKB_HUB_FAIL_REGIONS (default 63) are
 * unreachable, and unknown identifiers are NOT_FOUND. `requestVerification`
 * plays another province asking this city to verify one of its licences.
 * Call `open` before use.
 */
export class SandboxNationalHub implements NationalLicenceHub {
  private signingKey: { publicKeyPem: string; privateKey: KeyObject } | null =
    null;
  private readonly licences = new Map<string, HubLicence>();
  private readonly failRegions: Set<string>;
  private inbound: InboundVerifier | null = null;

  constructor(
    private readonly models: LicenceModels,
    private readonly masterKey: Buffer,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.failRegions = new Set(
      (env.YKB_HUB_FAIL_REGIONS ?? '63')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    );
    for (const licence of SANDBOX_REMOTE_LICENCES)
      this.licences.set(licence.identifier, licence);
  }

  /** Loads the hub's signing key, making it on the first start. */
  async open(): Promise<void> {
    const key = await ensurePlatformKey(
      this.models,
      this.masterKey,
      SANDBOX_HUB_KEY_ID,
    );
    this.signingKey = {
      publicKeyPem: key.publicKeyPem,
      privateKey: decryptSealPrivateKey(
        key._id,
        key.encryptedPrivateKey,
        this.masterKey,
      ),
    };
  }

  private requireKey() {
    if (!this.signingKey)
      throw new Error('SandboxNationalHub.open must run before the hub signs.');
    return this.signingKey;
  }

  /** Identifiers of the other provinces' licences the sandbox holds. */
  remoteIdentifiers(): string[] {
    return [...this.licences.keys()];
  }

  /** Registers this city's answerer of inbound verification requests. */
  answerInboundWith(verifier: InboundVerifier): void {
    this.inbound = verifier;
  }

  publicKeyPem(): string {
    return this.requireKey().publicKeyPem;
  }

  async publishCatalogue(entries: HubCatalogueEntry[]): Promise<number> {
    const now = new Date();
    for (const entry of entries)
      await this.models.SandboxHubCatalogue.updateOne(
        { _id: entry.code },
        {
          $set: {
            name: entry.name,
            departmentCode: entry.departmentCode,
            faceElements: entry.faceElements,
            publishedAt: now,
          },
        },
        { upsert: true },
      );
    return this.models.SandboxHubCatalogue.countDocuments();
  }

  async publishEvents(events: HubEventNotice[]): Promise<void> {
    const now = new Date();
    for (const event of events) {
      try {
        await this.models.SandboxHubEvent.create({
          _id: event.id,
          kind: event.kind,
          identifier: event.identifier,
          newIdentifier: event.newIdentifier,
          receivedAt: now,
        });
      } catch (error) {
        // A push retried after a failure that followed the hub's insert is stored once.
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
  }

  async fetchLicence(request: HubLicenceRequest): Promise<HubLicenceCopy> {
    const region = regionOfIdentifier(request.identifier);
    if (region && this.failRegions.has(region))
      throw appError(
        ErrorCode.HubUnavailable,
        `The national hub could not reach region ${region}; try again later.`,
        { regionCode: region },
      );
    if (region === CITY_REGION_CODE)
      throw appError(
        ErrorCode.BadUserInput,
        `Licence ${request.identifier} was issued in this city; use useLicence for it.`,
        { field: 'identifier' },
      );
    const licence = this.licences.get(request.identifier);
    if (!licence)
      throw appError(
        ErrorCode.NotFound,
        `The national hub has no licence ${request.identifier}.`,
        { field: 'identifier' },
      );
    const fields = { ...licence };
    return {
      ...fields,
      signature: signContent(
        canonicalJson(fields),
        this.requireKey().privateKey,
      ),
    };
  }

  /** Plays another province asking this city to verify one of its licences through the hub. */
  async requestVerification(regionCode: string, identifier: string) {
    if (!this.inbound)
      throw appError(
        ErrorCode.HubUnavailable,
        'No answerer of inbound hub requests is registered.',
      );
    return this.inbound(identifier, regionCode);
  }
}

/** Completes a demo unified social credit code with its GB 32100 check character. */
function sandboxCreditCode(first17: string): string {
  return first17 + creditCodeCheckChar(first17);
}

/** Licences of other provinces that the sandbox hub holds. */
export const SANDBOX_REMOTE_LICENCES: HubLicence[] = [
  {
    identifier: buildLicenceIdentifier(
      '11510000MB0000001A001',
      '11510000MB0000001A',
      '20240000001',
      1,
    ),
    regionCode: '51',
    typeName: '营业执照',
    holderName: '成都示例商贸有限公司',
    holderIdNumber: sandboxCreditCode('91510107MA0000001'),
    issuerName: '四川省市场监督管理局',
    data: {
      businessName: '成都示例商贸有限公司',
      premisesAddress: '四川省成都市武侯区示例路1号',
    },
    status: 'VALID',
  },
  {
    identifier: buildLicenceIdentifier(
      '11520000MB0000002B001',
      '11520000MB0000002B',
      '20230000009',
      1,
    ),
    regionCode: '52',
    typeName: '食品经营许可证',
    holderName: '贵阳示例餐饮店',
    holderIdNumber: sandboxCreditCode('92520102MA0000002'),
    issuerName: '贵州省市场监督管理局',
    data: { businessName: '贵阳示例餐饮店', foodCategory: '热食类食品制售' },
    status: 'REVOKED',
  },
];
