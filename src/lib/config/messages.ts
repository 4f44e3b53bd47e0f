// Validation messages by issue code, one table per language (messages-en.ts, messages-zh.ts).
// The zod schema's failures (via zodMessage) and the cross-field rules (validate.ts) read them here.
// The tables are loaded, not imported: the generator page fetches only its own language, and
// only once there is an issue to show; Node (CLI, tests, the static build) loads both up front.
import { fill, type Locale } from './i18n.ts';

export type MessageTable = Record<string, string>;

const tables: Partial<Record<Locale, MessageTable>> = {};

/** Loads a language's table (once); message() needs it before it can say anything. */
export async function loadMessages(locale: Locale): Promise<void> {
  tables[locale] ??= locale === 'zh-CN' ? (await import('./messages-zh.ts')).MESSAGES_ZH : (await import('./messages-en.ts')).MESSAGES_EN;
}

export const hasMessages = (locale: Locale): boolean => tables[locale] !== undefined;

// Outside a browser nothing is downloaded, and every caller of validateConfig expects text at once.
if (typeof process !== 'undefined') await Promise.all([loadMessages('en'), loadMessages('zh-CN')]);

/** The message for a code (unknown codes: 'invalid') in a loaded language; '' while the page is still fetching the table. */
export function message(code: string, locale: Locale, params?: Record<string, string | number>): string {
  const table = tables[locale];
  if (!table) return '';
  return fill((Object.hasOwn(table, code) ? table[code] : table.invalid) ?? '', params);
}

interface ZodIssueLike {
  code?: string;
  input?: unknown;
  params?: { code?: string };
  expected?: unknown;
  values?: readonly unknown[];
  keys?: readonly string[];
  maximum?: unknown;
  minimum?: unknown;
}

/** zod error map: the message for a schema failure, in the caller's language. */
export function zodMessage(iss: ZodIssueLike, locale: Locale): string {
  if (iss.code === 'custom') return message(iss.params?.code ?? 'invalid', locale);
  if (iss.code === 'invalid_type' && iss.input === undefined) return message('required', locale);
  const params = {
    expected: String(iss.expected ?? ''),
    values: (iss.values ?? []).map((v) => JSON.stringify(v)).join(', '),
    keys: (iss.keys ?? []).join(', '),
    max: String(iss.maximum ?? ''),
    min: String(iss.minimum ?? ''),
  };
  return message(iss.code ?? 'invalid', locale, params);
}
