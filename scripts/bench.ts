import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../packages/common/src/reference.js';
import { startPlatform } from './lib/platform.js';

/**
 * `npm run bench`: throughput and latency of the hot queries through the
 * gateway, each compared with the same query sent straight to its subgraph,
 * on a fresh platform (FerretDB on a temporary folder, or MONGODB_URI with
 * its own database prefix). Prints a Markdown table; BENCHMARKS.md records
 * past runs with their machine.
 */

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 14500);

interface Scenario {
  name: string;
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors)
    throw new Error(`Benchmark query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Sends statistics queries as an analyst until `until`, counting completed and rate-limited ones. */
async function flood(
  url: string,
  token: string,
  until: () => boolean,
): Promise<{ answered: number; limited: number }> {
  const query =
    'query { caseStatistics(filter: { from: "2026-01-01", to: "2026-12-31" }) { total { submitted decided onTimeRate } byItem(first: 50) { item { id } submitted averageHandlingWorkingDays } byMonth { month submitted } } }';
  const counts = { answered: 0, limited: 0 };
  while (!until()) {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      errors?: { extensions?: { code?: string } }[];
    };
    const code = body.errors?.[0]?.extensions?.code;
    if (code === 'REQUEST_RATE_LIMITED') counts.limited++;
    else if (code)
      throw new Error(`Flood query failed: ${JSON.stringify(body.errors)}`);
    else counts.answered++;
  }
  return counts;
}

async function measure(scenario: Scenario) {
  await post(scenario.url, scenario.query, scenario.variables, scenario.token);
  const latencies: number[] = [];
  const end = Date.now() + DURATION_MS;
  const worker = async () => {
    while (Date.now() < end) {
      const started = performance.now();
      await post(
        scenario.url,
        scenario.query,
        scenario.variables,
        scenario.token,
      );
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[
      Math.min(latencies.length - 1, Math.floor(latencies.length * p))
    ]!.toFixed(1);
  return {
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: pct(0.5),
    p99: pct(0.99),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'ykb-bench-'));
const platform = await startPlatform({
  portBase: PORT_BASE,
  dbPort: PORT_BASE + 90,
  dataDir,
  mongodbUri: process.env.MONGODB_URI,
  dbPrefix: process.env.MONGODB_URI ? `bench${Date.now()}_` : undefined,
  // Sixteen clients of one clerk or citizen would spend a person's per-minute
  // budget in seconds; analysts keep their role budget, which the flood scenario measures.
  env: { LOG_LEVEL: 'warn', YKB_USER_COST_PER_MINUTE: '1000000000000' },
  log: (message) => console.error(message),
});

try {
  const gateway = platform.gatewayUrl;
  const sub = (i: number) => `http://127.0.0.1:${PORT_BASE + i}/graphql`;
  const signIn = async (account: string) =>
    (
      await post(
        gateway,
        'mutation($a: String!, $p: String!) { signIn(account: $a, password: $p) { token } }',
        { a: account, p: DEMO_PASSWORD },
      )
    ).signIn.token as string;
  const citizen = await signIn('13800138000');
  const clerk = await signIn('clerk.chengbei');

  const search =
    'query { searchItems(keyword: "登记", first: 20) { id name department { name } promisedLimitDays } }';
  const worklist =
    'query { worklist(first: 20) { id caseNumber status itemName applicantName timeLimitStatus } }';
  const wallet =
    'query { myLicences { id identifier issuedAt type { name } } }';
  const fourSubgraphs =
    'query { searchItems(keyword: "许可", first: 10) { id name department { name } intermediaryServices { name } } halls(divisionCode: "500238") { id name division { name } } }';

  const scenarios: Scenario[] = [
    { name: 'item search via gateway', url: gateway, query: search },
    { name: 'item search direct to items', url: sub(2), query: search },
    {
      name: 'clerk worklist via gateway',
      url: gateway,
      query: worklist,
      token: clerk,
    },
    {
      name: 'clerk worklist direct to cases',
      url: sub(3),
      query: worklist,
      token: clerk,
    },
    {
      name: 'licence wallet via gateway',
      url: gateway,
      query: wallet,
      token: citizen,
    },
    {
      name: 'licence wallet direct to licenses',
      url: sub(4),
      query: wallet,
      token: citizen,
    },
    {
      name: 'four-subgraph query via gateway',
      url: gateway,
      query: fourSubgraphs,
    },
  ];

  console.log(`| scenario | requests | req/s | p50 ms | p99 ms |`);
  console.log(`| --- | --- | --- | --- | --- |`);
  for (const scenario of scenarios) {
    const result = await measure(scenario);
    console.log(
      `| ${scenario.name} | ${result.requests} | ${result.rps.toFixed(0)} | ${result.p50} | ${result.p99} |`,
    );
  }

  // The clerk worklist again while eight analyst clients send statistics
  // queries as fast as the gateway completes them.
  const analyst = await signIn('analyst.city');
  let flooding = true;
  const floods = Promise.all(
    Array.from({ length: 8 }, () => flood(gateway, analyst, () => !flooding)),
  );
  const underFlood = await measure({
    name: 'clerk worklist via gateway during analyst flood',
    url: gateway,
    query: worklist,
    token: clerk,
  });
  flooding = false;
  const flooded = await floods;
  console.log(
    `| clerk worklist via gateway during analyst flood | ${underFlood.requests} | ${underFlood.rps.toFixed(0)} | ${underFlood.p50} | ${underFlood.p99} |`,
  );
  console.log(
    `\nAnalyst flood: ${flooded.reduce((n, f) => n + f.answered, 0)} statistics queries answered, ${flooded.reduce((n, f) => n + f.limited, 0)} rejected with REQUEST_RATE_LIMITED.`,
  );
  console.log(
    `${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s per scenario, Node ${process.version}.`,
  );
} finally {
  await platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
