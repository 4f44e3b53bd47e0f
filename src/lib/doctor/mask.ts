// Masks secrets in pasted text before anything is shown or returned: passwords and tokens in URLs,
// npm-style `_authToken=`, .netrc `password`, Authorization headers, KEY=value secrets and
// well-known token formats. Applied to every line the doctor keeps, so evidence, extracted values
// and fix steps built from them never carry a secret.

export const MASK = '***';

interface MaskRule {
  /** Cheap test first: most lines of go output hold no secret. */
  gate: RegExp;
  re: RegExp;
  to: string | ((...m: string[]) => string);
}

const RULES: MaskRule[] = [
  // scheme://user:password@host — keep the user, hide the password (Go itself prints xxxxx).
  {
    gate: /:\/\/[^\s/@]*:[^\s/@]*@/,
    re: /([a-z][a-z0-9+.-]*:\/\/)([^\s/@:'"]*):([^\s/@'"]+)@/gi,
    to: (_m, scheme, user, pw) => `${scheme}${user}:${pw === 'xxxxx' || pw === MASK ? pw : MASK}@`,
  },
  // scheme://TOKEN@host — a user part that is a token (a known token prefix, or long and random).
  {
    gate: /:\/\/[^\s/@:]{20,}@|:\/\/(?:gh[pousr]_|github_pat_|glpat-)/,
    re: /([a-z][a-z0-9+.-]*:\/\/)((?:gh[pousr]_|github_pat_|glpat-)[^\s/@:'"]*|[A-Za-z0-9_-]{32,})@/gi,
    to: `$1${MASK}@`,
  },
  // npm / yarn style.
  { gate: /_auth|_password/i, re: /(_authToken|_auth|_password)(\s*=\s*)("?)[^\s"]+/gi, to: `$1$2$3${MASK}` },
  // .netrc: `machine h login u password p` on one line, or a `password p` line.
  { gate: /password\s/i, re: /(\b(?:machine|login|default)\b[^\n]*?\bpassword\s+)(\S+)/gi, to: `$1${MASK}` },
  { gate: /^\s*password\s/i, re: /^(\s*password\s+)(\S+)/gi, to: `$1${MASK}` },
  // HTTP headers as printed by -x or by GOAUTH helpers.
  { gate: /authorization:/i, re: /((?:proxy-)?authorization:\s*(?:basic|bearer|token)\s+)\S+/gi, to: `$1${MASK}` },
  { gate: /-token:/i, re: /((?:private|job|deploy)-token:\s*)\S+/gi, to: `$1${MASK}` },
  // KEY=value / key: value secrets (GITHUB_TOKEN=…, CI_JOB_TOKEN=…, password=…).
  {
    gate: /(?:token|passw|secret|api_key)[A-Za-z0-9_]*\s*[=:]/i,
    re: /\b([A-Za-z0-9_]*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_KEY)[A-Za-z0-9_]*|password|passwd|token|secret)(\s*[=:]\s*)("?)(?!\*\*\*)[^\s"',;]+/g,
    to: `$1$2$3${MASK}`,
  },
  // Well-known token formats anywhere.
  {
    gate: /gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AKIA/,
    re: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g,
    to: MASK,
  },
];

// Two tests that together cover every rule's gate: most lines fail both and cost two scans.
const USERINFO = /:\/\/[^\s/@]+@/;
const KEYWORD = /_auth|_password|passw|authorization:|token|secret|api_key|gh[pousr]_|github_pat_|glpat-|xox[abprs]-|AKIA/i;

/** Returns `line` with secrets replaced by `***`. */
export function maskSecrets(line: string): string {
  if (!USERINFO.test(line) && !KEYWORD.test(line)) return line;
  let s = line;
  for (const r of RULES) if (r.gate.test(s)) s = s.replace(r.re, r.to as string);
  return s;
}
