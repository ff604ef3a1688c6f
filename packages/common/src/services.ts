/**
 * Ports and URLs of the platform's processes. Every port derives from
 * YKB_PORT_BASE (default 4000) so that a test run can sit beside a running
 * platform: the gateway listens on the base and subgraph i on base + i.
 */

export const SUBGRAPHS = [
  'identity',
  'items',
  'cases',
  'licenses',
  'intermediaries',
  'halls',
  'data',
] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export function portBase(): number {
  const raw = process.env.YKB_PORT_BASE ?? '4000';
  const base = Number(raw);
  if (!Number.isInteger(base) || base < 1024 || base > 65000) {
    throw new Error(
      `YKB_PORT_BASE must be an integer port between 1024 and 65000, got ${raw}.`,
    );
  }
  return base;
}

export function gatewayPort(): number {
  return portBase();
}

export function subgraphPort(name: SubgraphName): number {
  return portBase() + 1 + SUBGRAPHS.indexOf(name);
}

/** URL of a subgraph's GraphQL endpoint, overridable with YKB_<NAME>_URL for deployments. */
export function subgraphUrl(name: SubgraphName): string {
  return (
    process.env[`YKB_${name.toUpperCase()}_URL`] ??
    `http://127.0.0.1:${subgraphPort(name)}/graphql`
  );
}

export function gatewayUrl(): string {
  return (
    process.env.YKB_GATEWAY_URL ?? `http://127.0.0.1:${gatewayPort()}/graphql`
  );
}
