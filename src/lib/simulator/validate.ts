// Input validation for the simulator (CLI, island, URL state), with messages in English and
// Simplified Chinese. The GOPROXY value's own problems are the go command's (parseGoproxy);
// this layer adds what only the simulator needs: one valid outcome per entry.
import * as z from 'zod/mini';
import { atLeast, compareGo, LATEST_GO, parseGoVersion } from '../goversion.ts';
import { DIRECT_OUTCOMES, FILE_OUTCOMES, type I18n, type SimulateInput, URL_OUTCOMES } from './model.ts';
import { DEFAULT_GOPROXY, outcomeSlots, parseGosumdb } from './simulate.ts';
import { parseGoproxy } from '../goproxy/list.ts';

export interface Issue extends I18n {
  /** Where the problem is: `goproxy`, `outcomes`, `outcomes.2`, `module`, … */
  path: string;
}

export type Validated = { ok: true; input: SimulateInput } | { ok: false; issues: Issue[] };

/** Module path: a lower-case dotted first element (go get rejects others), then path elements. */
const MODULE_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[A-Za-z0-9._~+-]+)*$/;
/** Canonical semantic version, as a module version must be. */
const VERSION_RE = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+incompatible)?$/;

const ALL_OUTCOMES = [...URL_OUTCOMES, ...DIRECT_OUTCOMES];
const list = (xs: readonly string[]) => xs.join(', ');

type Params = Record<string, string | number>;
const MESSAGES: Record<string, (p: Params) => I18n> = {
  'bad-outcome': () => ({
    en: `unknown outcome; use one of ${list(ALL_OUTCOMES)}`,
    'zh-CN': `未知的结果；可用：${list(ALL_OUTCOMES)}`,
  }),
  'bad-goproxy': () => ({ en: 'GOPROXY must be given as a string', 'zh-CN': 'GOPROXY 必须是字符串' }),
  'bad-outcomes': () => ({ en: 'outcomes must be a list', 'zh-CN': 'outcomes 必须是列表' }),
  'bad-module': () => ({
    en: 'module path must look like example.com/hello (lower-case host with a dot first)',
    'zh-CN': '模块路径应形如 example.com/hello（第一段是带点的小写主机名）',
  }),
  'bad-version': () => ({
    en: 'version must be a canonical semantic version such as v1.0.0',
    'zh-CN': '版本必须是规范的语义化版本，例如 v1.0.0',
  }),
  'bad-go': () => ({
    en: `Go version must be between 1.13 (GOPROXY lists appeared) and ${LATEST_GO.major}.${LATEST_GO.minor}, e.g. 1.19`,
    'zh-CN': `Go 版本须在 1.13（开始支持 GOPROXY 列表）到 ${LATEST_GO.major}.${LATEST_GO.minor} 之间，例如 1.19`,
  }),
  'goproxy-invalid': (p) => ({
    en: `GOPROXY is invalid; the go command would fail every download with: ${p.goMessage}${p.word ? ` (“${p.word}” is neither a URL nor a keyword; the only keywords are direct and off, in lower case)` : ''}`,
    'zh-CN': `GOPROXY 无效；go 命令会让每次下载都失败并报错：${p.goMessage}${p.word ? `（“${p.word}”既不是 URL 也不是关键字；关键字只有小写的 direct 和 off）` : ''}`,
  }),
  'outcome-count': (p) => ({
    en: `GOPROXY has ${p.expected} entr${p.expected === 1 ? 'y that needs' : 'ies that need'} an outcome (${p.entries || 'none'}; \`off\` takes none), but ${p.got} outcome${p.got === 1 ? ' was' : 's were'} given`,
    'zh-CN': `GOPROXY 中有 ${p.expected} 个条目需要结果（${p.entries || '无'}；\`off\` 不需要），但给出了 ${p.got} 个`,
  }),
  'outcome-kind': (p) => ({
    en: `outcome '${p.outcome}' does not apply to ${p.kind} entry ${p.entry}; use one of ${p.allowed}`,
    'zh-CN': `结果 '${p.outcome}' 不适用于${p.kindZh}条目 ${p.entry}；可用：${p.allowed}`,
  }),
  'sumdb-count': (p) => ({
    en: `give one checksum-database outcome per proxy URL entry (${p.expected}), not ${p.got}`,
    'zh-CN': `校验和数据库结果应与代理 URL 条目一一对应（${p.expected} 个），而不是 ${p.got} 个`,
  }),
  'vcs-conflict': (p) => ({
    en: `the VCS outcome '${p.vcs}' contradicts the outcome '${p.direct}' given for direct (both use the same repository)`,
    'zh-CN': `版本控制结果 '${p.vcs}' 与 direct 的结果 '${p.direct}' 矛盾（两者访问同一个仓库）`,
  }),
  'gosumdb-invalid': (p) => ({
    en: `GOSUMDB is invalid; the go command would print: ${p.goMessage}`,
    'zh-CN': `GOSUMDB 无效；go 命令会报错：${p.goMessage}`,
  }),
};

function message(key: string, params: Params = {}): I18n {
  const m = MESSAGES[key];
  // zod's own wording for shape errors (wrong type, missing field).
  return m ? m(params) : { en: key, 'zh-CN': `输入无效：${key}` };
}

const outcome = z.enum(ALL_OUTCOMES, { error: 'bad-outcome' });
const urlOutcome = z.enum(URL_OUTCOMES, { error: 'bad-outcome' });

const schema = z
  .object({
    goproxy: z.string({ error: 'bad-goproxy' }),
    outcomes: z.array(outcome, { error: 'bad-outcomes' }),
    module: z.optional(z.string().check(z.regex(MODULE_RE, 'bad-module'))),
    version: z.optional(z.string().check(z.regex(VERSION_RE, 'bad-version'))),
    goprivate: z.optional(z.string()),
    gonoproxy: z.optional(z.string()),
    gonosumdb: z.optional(z.string()),
    gosumdb: z.optional(z.string()),
    noproxy: z.optional(z.boolean()),
    nosumdb: z.optional(z.boolean()),
    vcs: z.optional(z.enum(DIRECT_OUTCOMES, { error: 'bad-outcome' })),
    sumdbOutcomes: z.optional(z.array(urlOutcome)),
    sumdbDirect: z.optional(urlOutcome),
    sumdbLookup: z.optional(urlOutcome),
    go: z.optional(
      z.string().check(
        z.refine((v) => {
          const g = parseGoVersion(v);
          return g !== null && atLeast(g, 13) && compareGo(g, { ...LATEST_GO, patch: 99 }) <= 0;
        }, 'bad-go'),
      ),
    ),
  })
  .check(
    z.superRefine((v, ctx) => {
      const add = (path: Array<string | number>, key: string, params: Params = {}) =>
        ctx.issues.push({ code: 'custom', path, message: key, input: v, params });
      const go = v.go ? (parseGoVersion(v.go) ?? undefined) : undefined;
      const value = v.goproxy === '' ? DEFAULT_GOPROXY : v.goproxy;
      const problem = parseGoproxy(value, go).problem;
      // Before Go 1.15 an all-empty list behaves as `off` instead of failing.
      if (problem && !(problem.code === 'no-entries' && !atLeast(go, 15))) {
        // A bare word (no `.`, `:` or `/`) is usually a misspelt keyword such as `Direct` or `none`.
        const word = problem.code === 'missing-scheme' && !/[.:/]/.test(problem.entry) ? problem.entry : '';
        add(['goproxy'], 'goproxy-invalid', { goMessage: problem.goMessage, word });
        return;
      }
      const slots = outcomeSlots(v.goproxy, go);
      if (v.outcomes.length !== slots.length) {
        add(['outcomes'], 'outcome-count', { expected: slots.length, got: v.outcomes.length, entries: slots.map((s) => s.raw).join(', ') });
        return;
      }
      slots.forEach((s, i) => {
        const o = v.outcomes[i] as string;
        const file = s.kind === 'url' && (s.url ?? '').startsWith('file:');
        const allowed: readonly string[] = s.kind === 'direct' ? DIRECT_OUTCOMES : file ? FILE_OUTCOMES : URL_OUTCOMES;
        if (!allowed.includes(o)) {
          const kind = s.kind === 'direct' ? 'direct' : file ? 'file://' : 'proxy URL';
          const kindZh = s.kind === 'direct' ? ' direct ' : file ? ' file:// ' : '代理 URL ';
          add(['outcomes', i], 'outcome-kind', { outcome: o, entry: s.raw, kind, kindZh, allowed: list(allowed) });
        }
      });
      const urlCount = slots.filter((s) => s.kind === 'url').length;
      if (v.sumdbOutcomes && v.sumdbOutcomes.length !== urlCount) {
        add(['sumdbOutcomes'], 'sumdb-count', { expected: urlCount, got: v.sumdbOutcomes.length });
      }
      const d = slots.findIndex((s) => s.kind === 'direct');
      if (v.vcs && d >= 0 && v.outcomes[d] !== v.vcs) add(['vcs'], 'vcs-conflict', { vcs: v.vcs, direct: v.outcomes[d] as string });
      const sumdb = parseGosumdb(v.gosumdb ?? '');
      if ('error' in sumdb) add(['gosumdb'], 'gosumdb-invalid', { goMessage: sumdb.error });
    }),
  );

/** Checks simulator input; returns it typed, or every problem in both languages. */
export function validateSimulateInput(raw: unknown): Validated {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, input: r.data as SimulateInput };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({
      path: i.path.join('.'),
      ...message(i.message, (i as { params?: Params }).params ?? {}),
    })),
  };
}
