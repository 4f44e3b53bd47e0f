// Masks secrets in pasted text before anything is shown or returned: passwords and tokens in URLs,
// npm-style `_authToken=`, .netrc `password`, Authorization headers, KEY=value secrets and
// well-known token formats. Applied to every line the doctor keeps, so evidence, extracted values
// and fix steps built from them never carry a secret.

export const MASK = '***';

// Quick gate: lines without any of these cannot hold a secret we mask.
const MAY_HOLD_SECRET = /@|passw|token|secret|auth|machine|gh[pousr]_|github_pat_|glpat-|AKIA|xox[abprs]-/i;

const RULES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // scheme://user:password@host — keep the user, hide the password (Go itself prints xxxxx).
  [/([a-z][a-z0-9+.-]*:\/\/)([^\s/@:'"]*):([^\s/@'"]+)@/gi, (_m, scheme, user, pw) => `${scheme}${user}:${pw === 'xxxxx' || pw === MASK ? pw : MASK}@`],
  // scheme://TOKEN@host — a user part that is a token (long, or a known token prefix).
  [/([a-z][a-z0-9+.-]*:\/\/)((?:gh[pousr]_|github_pat_|glpat-)[^\s/@:'"]*|[A-Za-z0-9_-]{32,})@/gi, `$1${MASK}@`],
  // npm / yarn style.
  [/(_authToken|_auth|_password)(\s*=\s*)("?)[^\s"]+/gi, `$1$2$3${MASK}`],
  // .netrc: `machine h login u password p` on one line, or a `password p` line.
  [/(\b(?:machine|login|default)\b[^\n]*?\bpassword\s+)(\S+)/gi, `$1${MASK}`],
  [/^(\s*password\s+)(\S+)/gi, `$1${MASK}`],
  // HTTP headers as printed by -x or by GOAUTH helpers.
  [/((?:proxy-)?authorization:\s*(?:basic|bearer|token)\s+)\S+/gi, `$1${MASK}`],
  [/((?:private|job|deploy)-token:\s*)\S+/gi, `$1${MASK}`],
  // KEY=value / --password value style secrets (GITHUB_TOKEN=…, CI_JOB_TOKEN=…, password=…).
  [/\b([A-Za-z0-9_]*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_KEY)[A-Za-z0-9_]*|password|passwd|token|secret)(\s*[=:]\s*)("?)(?!\*\*\*)[^\s"',;]+/g, `$1$2$3${MASK}`],
  // Well-known token formats anywhere.
  [/\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g, MASK],
];

/** Returns `line` with secrets replaced by `***`. */
export function maskSecrets(line: string): string {
  if (!MAY_HOLD_SECRET.test(line)) return line;
  let s = line;
  for (const [re, to] of RULES) s = s.replace(re, to as string);
  return s;
}
