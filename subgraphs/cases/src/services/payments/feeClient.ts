import { callSubgraph, subgraphUrl } from '@ykb/common';
import type { PaymentLineDocument } from './model.js';

const FEES_QUERY = `query CaseItemFees($id: ID!) {
  item(id: $id) { id version fees { name amountFen basis } }
}`;

/** Fee items of an item and the catalogue version they were read from. */
export interface ItemFees {
  version: number;
  fees: PaymentLineDocument[];
}

/** Reads an item's fee items (name, amount in fen, legal basis) from the items subgraph; null for an unknown item. */
export async function findItemFees(
  itemId: string,
  requestId?: string,
): Promise<ItemFees | null> {
  const data = await callSubgraph<{ item: ItemFees | null }>(
    subgraphUrl('items'),
    'cases',
    FEES_QUERY,
    { id: itemId },
    requestId,
  );
  return data.item;
}

/**
 * Fiscal account (财政专户) that a department's fees are cleared to, from
 * YKB_FISCAL_ACCOUNTS, a JSON object of department code to account. The
 * items catalogue records no fiscal account, so a department missing from
 * that setting clears to `FISCAL-<department code>`.
 */
export function fiscalAccountFor(departmentCode: string): string {
  const raw = process.env.YKB_FISCAL_ACCOUNTS;
  if (raw) {
    const accounts = JSON.parse(raw) as Record<string, unknown>;
    const account = accounts[departmentCode];
    if (typeof account === 'string' && account) return account;
  }
  return `FISCAL-${departmentCode}`;
}
