import { createServer, type Server } from 'node:http';
import { readBody, sendJson } from '@ykb/common';
import {
  signedHeaders,
  verifySigned,
  type DepartmentSystemEndpoint,
  type DepartmentUpdate,
} from './departmentSystems.js';

/** A case as the sandbox departmental system received it. */
export interface ReceivedCase {
  caseId: string;
  caseNumber: string;
  itemId: string;
  applicant: { name: string; idNumber: string | null };
  [field: string]: unknown;
}

/**
 * Sandbox departmental system (部门业务系统): a local stand-in for a
 * department's own approval system, for development and tests. It listens
 * on loopback, accepts cases pushed by the cases subgraph only when they
 * carry a valid signature, stores each case once per case id (a repeated
 * push is answered like the first), and can fail the next pushes with HTTP
 * 503 like a system under maintenance. `report` sends a signed process or
 * result update back to the cases subgraph, as the real system would.
 */
export class SandboxDepartmentSystem {
  readonly received = new Map<string, ReceivedCase>();
  /** Every push request, also refused and repeated ones. */
  pushes = 0;
  private failures = 0;
  private server: Server | undefined;
  url = '';

  constructor(
    readonly systemId: string,
    private readonly secret: string,
    private readonly casesBaseUrl: () => string,
  ) {}

  /** The endpoint entry for YKB_DEPARTMENT_SYSTEM_ENDPOINTS. */
  endpoint(): DepartmentSystemEndpoint {
    return { systemId: this.systemId, url: this.url, secret: this.secret };
  }

  /** Answers the next `count` pushes with HTTP 503. */
  failNext(count: number): void {
    this.failures = count;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      readBody(req, 1024 * 1024).then(
        (body) => {
          this.pushes++;
          const self = [this.endpoint()];
          if (!verifySigned(self, req.headers, body)) {
            sendJson(res, 401, { error: 'bad signature' });
            return;
          }
          if (this.failures > 0) {
            this.failures--;
            sendJson(res, 503, { error: 'under maintenance' });
            return;
          }
          const pushed = JSON.parse(body) as ReceivedCase;
          if (!this.received.has(pushed.caseId))
            this.received.set(pushed.caseId, pushed);
          sendJson(res, 200, { received: pushed.caseId });
        },
        () => sendJson(res, 413, { error: 'too large' }),
      );
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(0, '127.0.0.1', resolve),
    );
    const address = this.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    this.url = `http://127.0.0.1:${port}/cases`;
  }

  /** Sends a signed update to the cases subgraph and returns its HTTP status and answer. */
  async report(
    update: DepartmentUpdate,
    options: { secret?: string; at?: number } = {},
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const body = JSON.stringify(update);
    const response = await fetch(
      `${this.casesBaseUrl()}/department-api/v1/updates`,
      {
        method: 'POST',
        headers: signedHeaders(
          this.systemId,
          options.secret ?? this.secret,
          body,
          options.at,
        ),
        body,
      },
    );
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
    };
  }

  async stop(): Promise<void> {
    await new Promise<void>(
      (resolve) => this.server?.close(() => resolve()) ?? resolve(),
    );
  }
}
