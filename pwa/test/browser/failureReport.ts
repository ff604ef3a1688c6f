// Records what the open browser contexts displayed and logged, so that a
// failed browser test reports the page's text and not only the wait that
// timed out. The test setup file tests/support/failure-report.ts prints the
// report. This module imports only types from playwright-core, so the setup
// file adds no import cost to test files without a browser.
import type { BrowserContext, Page, Request, Response } from 'playwright-core';

/** How many console lines and GraphQL errors each context keeps. */
const KEPT_ENTRIES = 30;

interface Watched {
  context: BrowserContext;
  /** Requests sent and still without a response, with the time each was sent. */
  pending: Map<Request, string>;
  /** Console errors and warnings, uncaught page errors, failed requests and GraphQL errors, newest last. */
  events: string[];
}

const watched = new Set<Watched>();

function keep(events: string[], line: string): void {
  events.push(`${new Date().toISOString()} ${line}`);
  if (events.length > KEPT_ENTRIES) events.shift();
}

async function recordGraphqlErrors(
  events: string[],
  response: Response,
): Promise<void> {
  if (!new URL(response.url()).pathname.endsWith('/graphql')) return;
  try {
    const body = (await response.json()) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
    };
    for (const error of body.errors ?? [])
      keep(
        events,
        `graphql ${response.status()} ${error.extensions?.code ?? 'NO_CODE'}: ${error.message ?? ''}`,
      );
  } catch {
    // A response without a readable JSON body has no GraphQL errors to record.
  }
}

/** Starts keeping the console errors, page errors, failed requests and GraphQL errors of `context`. */
export function watchContext(context: BrowserContext): void {
  const entry: Watched = { context, pending: new Map(), events: [] };
  watched.add(entry);
  context.on('request', (request) =>
    entry.pending.set(request, new Date().toISOString()),
  );
  context.on('requestfinished', (request) => entry.pending.delete(request));
  context.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      keep(entry.events, `console.${message.type()}: ${message.text()}`);
  });
  context.on('weberror', (error) =>
    keep(entry.events, `page error: ${error.error().message}`),
  );
  context.on('requestfailed', (request) => {
    entry.pending.delete(request);
    keep(
      entry.events,
      `request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`,
    );
  });
  context.on('response', (response) => {
    void recordGraphqlErrors(entry.events, response);
  });
  context.on('close', () => watched.delete(entry));
}

async function describePage(page: Page): Promise<string> {
  const main = await page
    .locator('main')
    .first()
    .innerText({ timeout: 1000 })
    .catch(() => null);
  const body =
    main ??
    (await page
      .locator('body')
      .innerText({ timeout: 1000 })
      .catch(() => '(page text unreadable)'));
  return `page ${page.url()} reads:\n${body.trim()}`;
}

/** Names a request still waiting for its response, with the GraphQL operation it carries. */
function describePending(request: Request, sentAt: string): string {
  let operation = '';
  try {
    const body = request.postDataJSON() as { operationName?: string } | null;
    if (body?.operationName) operation = ` (${body.operationName})`;
  } catch {
    // A body that is not JSON names no operation.
  }
  return `${sentAt} ${request.method()} ${request.url()}${operation}`;
}

/** Describes every open page, its unanswered requests and the recent events of its context, or returns '' when no browser is open. */
export async function describeOpenBrowsers(): Promise<string> {
  const parts: string[] = [];
  for (const { context, events, pending } of watched) {
    for (const page of context.pages()) parts.push(await describePage(page));
    if (pending.size > 0)
      parts.push(
        `requests without a response:\n${[...pending]
          .map(([request, sentAt]) => describePending(request, sentAt))
          .join('\n')}`,
      );
    if (events.length > 0)
      parts.push(`recent browser events:\n${events.join('\n')}`);
  }
  return parts.join('\n\n');
}
