// validateConfig: the zod schema for shape and values, then the cross-field rules (checks.ts).
// The generator page loads this module only once the reader edits something or opens a link.
import { checkConfig, type Issue, type ValidationResult } from './checks.ts';
import type { Locale } from './i18n.ts';
import { message, zodMessage } from './messages.ts';
import { ConfigSchema, MODEL_VERSION } from './schema.ts';

export type { Issue, ValidationResult } from './checks.ts';

export function validateConfig(input: unknown, locale: Locale = 'en'): ValidationResult {
  const errors: Issue[] = [];
  const v = (input as { version?: unknown } | null)?.version;
  if (typeof v === 'number' && v > MODEL_VERSION) {
    errors.push({ path: 'version', code: 'newer-version', message: message('newer-version', locale, { v }) });
    return { ok: false, errors, warnings: [] };
  }
  const parsed = ConfigSchema.safeParse(input, { error: (iss) => zodMessage(iss, locale) });
  if (!parsed.success) {
    for (const iss of parsed.error.issues) {
      const code = (iss as { params?: { code?: string } }).params?.code ?? iss.code;
      errors.push({ path: iss.path.join('.'), code, message: iss.message });
    }
    return { ok: false, errors, warnings: [] };
  }
  return checkConfig(parsed.data, locale);
}
