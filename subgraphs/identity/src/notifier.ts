import { randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { integerFromEnv, type Logger } from '@ykb/common';
import type { IdentityModels } from './model.js';

/** Text-message templates the platform sends; the id selects the wording. */
export const SMS_TEMPLATES = {
  ACCOUNT_ACTIVATION:
    '【渝快办】您的工作人员账号{account}已开通，激活验证码{code}，{hours}小时内有效，请用它设置密码，勿告知他人。',
  PASSWORD_RESET:
    '【渝快办】您正在重置账号{account}的密码，验证码{code}，{minutes}分钟内有效。如非本人操作，请忽略本短信。',
} as const;

export type SmsTemplateId = keyof typeof SMS_TEMPLATES;

/** One text message to a mainland mobile number. */
export interface SmsRequest {
  /** 11 digits starting with 13 to 19, without country code or separators. */
  mobile: string;
  templateId: SmsTemplateId;
  /** Values of the template's placeholders. */
  params: Record<string, string>;
}

/** Reason a gateway did not accept a message. */
export type NotifierFailureReason =
  'INVALID_NUMBER' | 'PROVIDER_FAILURE' | 'PROVIDER_RATE_LIMITED';

/** A message the gateway did not accept; nothing was delivered. */
export class NotifierError extends Error {
  constructor(
    readonly reason: NotifierFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'NotifierError';
  }
}

/**
 * A text-message (SMS) gateway. Production deployments plug in the
 * government SMS platform; the sandbox notifier writes to a local outbox.
 * `send` resolves once the gateway accepted the message and rejects with a
 * NotifierError when it did not, or with another error when it could not be
 * reached.
 */
export interface Notifier {
  /** Short name for logs, such as `sandbox`. */
  readonly name: string;
  send(request: SmsRequest): Promise<{ messageId: string }>;
}

/** Fills a template's `{name}` placeholders; a missing parameter stays as written. */
export function renderSmsText(
  templateId: SmsTemplateId,
  params: Record<string, string>,
): string {
  return SMS_TEMPLATES[templateId].replace(
    /\{(\w+)\}/gu,
    (placeholder, name: string) => params[name] ?? placeholder,
  );
}

export interface SandboxNotifierOptions {
  models: Pick<IdentityModels, 'SmsOutbox'>;
  log: Logger;
  /** JSON-lines file every accepted message is appended to; `<YKB_DATA_DIR>/outbox/sms.jsonl` by default. */
  outboxFile?: string;
  /** Numbers ending in this suffix fail as if the provider were down; `0000` by default, empty for none. */
  failingSuffix?: string;
  /** Messages one number may receive per hour before the provider rejects more. */
  hourlyLimitPerNumber?: number;
  now?: () => Date;
}

/** Path of the sandbox outbox file for a data folder (YKB_DATA_DIR, `./data` by default). */
export function defaultOutboxFile(
  dataDir = process.env.YKB_DATA_DIR ?? 'data',
): string {
  return resolve(dataDir, 'outbox', 'sms.jsonl');
}

const MOBILE_PATTERN = /^1[3-9]\d{9}$/u;
const HOUR_MS = 3600 * 1000;

/**
 * Creates the sandbox SMS gateway, which never contacts a provider. It
 * behaves like one towards callers: it rejects numbers that are not 11
 * digits starting with 13 to 19, fails for numbers ending in the failing
 * suffix, and rejects a number's messages beyond the hourly limit. An
 * accepted message is stored in the `sms_outbox` collection and appended as
 * one JSON line to the outbox file, where a person running the demo reads
 * the codes.
 */
export function createSandboxNotifier(
  options: SandboxNotifierOptions,
): Notifier {
  const now = options.now ?? (() => new Date());
  const outboxFile = options.outboxFile ?? defaultOutboxFile();
  const failingSuffix =
    options.failingSuffix ?? process.env.YKB_SMS_FAIL_SUFFIX ?? '0000';
  const hourlyLimit =
    options.hourlyLimitPerNumber ??
    integerFromEnv('YKB_SMS_HOURLY_LIMIT', 10, 1, 1000, 'messages');
  const { SmsOutbox } = options.models;

  return {
    name: 'sandbox',
    async send(request) {
      if (!MOBILE_PATTERN.test(request.mobile))
        throw new NotifierError(
          'INVALID_NUMBER',
          'The number is not a mainland mobile number of 11 digits starting with 13 to 19.',
        );
      if (failingSuffix && request.mobile.endsWith(failingSuffix))
        throw new NotifierError(
          'PROVIDER_FAILURE',
          `The sandbox provider fails for numbers ending in ${failingSuffix}.`,
        );
      const sentAt = now();
      // NOTE: two concurrent sends to one number can both pass this count, as with real providers' soft limits.
      const recent = await SmsOutbox.countDocuments({
        mobile: request.mobile,
        sentAt: { $gt: new Date(sentAt.getTime() - HOUR_MS) },
      });
      if (recent >= hourlyLimit)
        throw new NotifierError(
          'PROVIDER_RATE_LIMITED',
          `The provider accepts at most ${hourlyLimit} messages per number per hour.`,
        );

      const message = {
        _id: randomUUID(),
        mobile: request.mobile,
        templateId: request.templateId,
        params: request.params,
        text: renderSmsText(request.templateId, request.params),
        sentAt,
      };
      await SmsOutbox.create(message);
      try {
        await mkdir(dirname(outboxFile), { recursive: true });
        await appendFile(
          outboxFile,
          `${JSON.stringify({ ...message, sentAt: sentAt.toISOString() })}\n`,
          'utf8',
        );
      } catch (error) {
        // The stored message is the delivery; the file is a convenience copy for people.
        options.log.warn(
          { err: error, outboxFile, messageId: message._id },
          'sandbox SMS outbox file could not be written',
        );
      }
      return { messageId: message._id };
    },
  };
}
