// Masks secrets in pasted text before anything is shown or returned: passwords in URLs (the way
// Go's url.Redacted prints them, `user:xxxxx@`), tokens used as URL user names, `_authToken=`,
// `password …` in .netrc lines, Authorization headers and well-known token formats.

const MASK = 'xxxxx';

const TOKEN_PREFIX = '(?:ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-)';

const rules: [RegExp, string][] = [
  // scheme://user:password@ → scheme://user:xxxxx@
  [/\b([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^\s/@:'"]*):[^\s/@'"]+@/g, `$1:${MASK}@`],
  // scheme://<token>@ (token as the user name, e.g. https://ghp_…@github.com)
  [new RegExp(String.raw`\b([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)(?:${TOKEN_PREFIX}[^\s/@:'"]*|[A-Za-z0-9_-]{32,})@`, 'g'), `$1${MASK}@`],
  // npm-style and generic key=value secrets
  [/(_auth(?:Token)?\s*=\s*)[^\s'"]+/gi, `$1${MASK}`],
  [/\b((?:password|passwd|token|secret|api[_-]?key|access[_-]?token|private[_-]?token)\s*[=:]\s*)[^\s'"]+/gi, `$1${MASK}`],
  // .netrc: "password <value>" after machine/login/default on the line, or starting a line (not
  // the English word "password" in a sentence, which the findings' own messages use).
  [/(\b(?:machine|login|default)\b[^\n]*?\bpassword[ \t]+)(?![=:])\S+/gi, `$1${MASK}`],
  [/^([ \t]*password[ \t]+)(?![=:])\S+/gim, `$1${MASK}`],
  // HTTP headers
  [/\b(Authorization:\s*(?:Basic|Bearer|token)\s+)\S+/gi, `$1${MASK}`],
  [/\b(PRIVATE-TOKEN:\s*)\S+/gi, `$1${MASK}`],
  // Bare well-known tokens
  [new RegExp(String.raw`\b${TOKEN_PREFIX}[A-Za-z0-9_]{16,}`, 'g'), MASK],
];

export function maskSecrets(text: string): string {
  let out = text;
  for (const [re, replacement] of rules) out = out.replace(re, replacement);
  return out;
}

/** True when the text contains something maskSecrets would hide. */
export function hasSecret(text: string): boolean {
  return maskSecrets(text) !== text;
}
