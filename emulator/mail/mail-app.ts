/**
 * Emulated MailApp.
 *
 * Exports:
 *   createMailApp(env: EmuEnv): FakeMailApp       — the `MailApp` global
 *   mailQuota(env, user?): {limit, used, remaining}, mailDayKey(date)
 *
 * Sent mails are pushed to env.mails (SentMail, plus `noReply`). Quota as in
 * Google: recipients (to + cc + bcc) per day and per sending user — 100 for a
 * consumer account, 1,500 for Workspace (env.accountType). The day is the
 * Pacific-time calendar day (America/Los_Angeles), when Google resets quotas,
 * read from the virtual clock. Past the quota: "Service invoked too many times
 * for one day: email."; more than 50 recipients in one message: "Limit
 * Exceeded: Email Recipients Per Message."; a malformed address: "Invalid
 * email: X".
 */
import {blobData} from '../base/blob';
import type {EmuEnv, SentMail} from '../core/env';

type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

export const DAILY_RECIPIENTS = {consumer: 100, workspace: 1500} as const;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;

const PACIFIC = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The quota day of a date: its calendar day in Pacific time, "YYYY-MM-DD". */
export function mailDayKey(d: Date): string {
  return PACIFIC.format(d);
}

function sender(env: EmuEnv): string {
  return env.context()?.user ?? 'user@example.com';
}

function recipientCount(m: SentMail): number {
  return m.to.length + m.cc.length + m.bcc.length;
}

/** Recipients used today by `user` (default: the current user). */
export function mailQuota(
  env: EmuEnv,
  user = sender(env),
): {limit: number; used: number; remaining: number} {
  const limit = DAILY_RECIPIENTS[env.accountType];
  const today = mailDayKey(env.clock.now());
  const used = env.mails
    .filter(m => m.from === user && mailDayKey(m.at) === today)
    .reduce((n, m) => n + recipientCount(m), 0);
  return {limit, used, remaining: Math.max(0, limit - used)};
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Splits "a@x.fr, Name <b@y.fr>" into addresses, checking each. */
function addresses(list: string | undefined | null): string[] {
  if (list === undefined || list === null) return [];
  return String(list)
    .split(',')
    .map(s => s.trim())
    .filter(s => s !== '')
    .map(s => {
      const angle = /<([^>]*)>\s*$/.exec(s);
      const addr = angle ? angle[1].trim() : s;
      if (!ADDRESS.test(addr)) throw new Error(`Invalid email: ${addr}`);
      return addr;
    });
}

export interface FakeMailApp {
  getRemainingDailyQuota(): number;
  sendEmail(message: Params): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(
    recipient: string,
    subject: string,
    body: string,
    options: Params,
  ): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
}

/** The `MailApp` global. */
export function createMailApp(
  env: EmuEnv,
): FakeMailApp & GoogleAppsScript.Mail.MailApp {
  function send(...args: unknown[]): void {
    env.meter.call('MailApp', 'sendEmail', {create: true});
    let p: Params;
    if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
      p = {...(args[0] as Params)};
    } else if (args.length === 4 && typeof args[3] === 'string') {
      p = {
        to: String(args[0]),
        replyTo: String(args[1]),
        subject: String(args[2]),
        body: args[3],
      };
    } else if (args.length >= 3) {
      p = {
        ...((args[3] as Params | undefined) ?? {}),
        to: String(args[0]),
        subject: String(args[1]),
        body: String(args[2]),
      };
    } else {
      throw new Error(
        'The parameters do not match the method signature for MailApp.sendEmail.',
      );
    }
    const to = addresses(p.to);
    const cc = addresses(p.cc);
    const bcc = addresses(p.bcc);
    const n = to.length + cc.length + bcc.length;
    if (n === 0) throw new Error('Failed to send email: no recipient');
    if (n > MAX_RECIPIENTS_PER_MESSAGE) {
      throw new Error('Limit Exceeded: Email Recipients Per Message.');
    }
    const replyTo = p.replyTo ? (addresses(p.replyTo)[0] ?? null) : null;
    const from = sender(env);
    if (mailQuota(env, from).used + n > DAILY_RECIPIENTS[env.accountType]) {
      throw new Error('Service invoked too many times for one day: email.');
    }
    const attachments = (p.attachments ?? []).map(a => {
      const d = blobData(a);
      return {
        name: d.name ?? 'attachment',
        contentType: d.contentType ?? 'application/octet-stream',
        bytes: d.bytes.length,
      };
    });
    if (attachments.reduce((s, a) => s + a.bytes, 0) > MAX_ATTACHMENTS_BYTES) {
      throw new Error('Limit Exceeded: Email Total Attachments Size.');
    }
    const mail: SentMail & {noReply: boolean} = {
      to,
      cc,
      bcc,
      subject: String(p.subject ?? ''),
      body: String(p.body ?? ''),
      htmlBody:
        p.htmlBody === undefined || p.htmlBody === null
          ? null
          : String(p.htmlBody),
      name: p.name === undefined || p.name === null ? null : String(p.name),
      replyTo,
      from,
      at: env.clock.now(),
      attachments,
      // Google honours noReply for Workspace accounts only.
      noReply: Boolean(p.noReply) && env.accountType === 'workspace',
    };
    env.mails.push(mail);
  }
  return {
    getRemainingDailyQuota(): number {
      env.meter.call('MailApp', 'getRemainingDailyQuota');
      return mailQuota(env).remaining;
    },
    sendEmail: send as FakeMailApp['sendEmail'],
  };
}
