import { callSubgraph, subgraphUrl } from '@ykb/common';
import type { LicenceHolderKind } from './model.js';

/** A natural or legal person registered on the platform under an identity number. */
export interface RegisteredHolder {
  idNumber: string;
  userId: string;
  kind: LicenceHolderKind;
  name: string;
}

/** Finds the registered holders of identity numbers, keyed by normalised number; unregistered numbers are absent. */
export type RegisteredHolderLookup = (
  idNumbers: readonly string[],
  requestId?: string,
) => Promise<Map<string, RegisteredHolder>>;

const REGISTERED_HOLDERS_QUERY = `query RegisteredHolders($idNumbers: [String!]!) {
  registeredHolders(idNumbers: $idNumbers) { idNumber userId kind name }
}`;

/** Queries the identity subgraph's registeredHolders in one call with a SYSTEM service token. */
export const lookupRegisteredHoldersOverHttp: RegisteredHolderLookup = async (
  idNumbers,
  requestId,
) => {
  const holders = new Map<string, RegisteredHolder>();
  if (idNumbers.length === 0) return holders;
  const data = await callSubgraph<{ registeredHolders: RegisteredHolder[] }>(
    subgraphUrl('identity'),
    'licenses',
    REGISTERED_HOLDERS_QUERY,
    { idNumbers },
    requestId,
  );
  for (const holder of data.registeredHolders)
    holders.set(holder.idNumber.toUpperCase(), holder);
  return holders;
};

/**
 * Reports whether two names of one holder are the same, ignoring white
 * space and the difference between full-width and half-width characters,
 * such as （） and () in company names (Unicode NFKC).
 */
export function sameHolderName(a: string, b: string): boolean {
  const normalise = (name: string) =>
    name.normalize('NFKC').replace(/\s+/gu, '');
  return normalise(a) === normalise(b);
}
