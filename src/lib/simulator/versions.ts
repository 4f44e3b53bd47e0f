// Where the outcome of a GOPROXY walk depends on the Go release, with the source that says so
// (tags as in FACTS.md) and an example the UI can run under both releases to show the difference.
import { parseGoproxy } from '../goproxy/list.ts';
import type { I18n, SimulateInput, Trace } from './model.ts';

export interface VersionDifference {
  id: string;
  /** First release with the newer behaviour. */
  since: string;
  /** A release with the older behaviour, to simulate side by side. */
  before: string;
  text: I18n;
  sources: string[];
  /** Input whose trace differs between `before` and `since` (the `go` field is set by the caller). */
  example: Omit<SimulateInput, 'go'>;
  /**
   * Whether this rule is at work for an input (`since` is its trace under the newer release).
   * Several rules change in the same release, so a different result alone does not say which.
   */
  applies: (input: SimulateInput, since: Trace) => boolean;
}

const patterns = (i: SimulateInput) => [i.goprivate, i.gonoproxy, i.gonosumdb].flatMap((p) => (p ?? '').split(','));

export const VERSION_DIFFERENCES: VersionDifference[] = [
  {
    id: 'pipe-separator',
    since: '1.15',
    before: '1.14',
    text: {
      en: '`|` separates entries and falls through on any error only since Go 1.15. Go 1.13–1.14 split on `,` only, so `|` stays inside the URL and every download fails with a URL parse error.',
      'zh-CN':
        '从 Go 1.15 起 `|` 才是分隔符（出现任何错误都尝试下一项）。Go 1.13–1.14 只按 `,` 分割，`|` 留在 URL 里，每次下载都因 URL 解析错误而失败。',
    },
    sources: [
      'Go 1.15 release notes (go.dev/doc/go1.15)',
      'CL faa53e17, golang/go#37367',
      'cmd/go/internal/modfetch/proxy.go proxyList (1.13 vs 1.15+)',
    ],
    example: { goproxy: 'https://proxy.golang.org|direct', outcomes: ['500', 'ok'] },
    applies: (i) => i.goproxy.includes('|'),
  },
  {
    id: 'error-ranking',
    since: '1.15',
    before: '1.14',
    text: {
      en: 'Go 1.15+ prints the most useful error (direct/noproxy errors, then proxy errors, then “not found”); Go 1.13–1.14 print the error of the last entry tried. Visible with GOPRIVATE modules and lists without `direct`.',
      'zh-CN':
        'Go 1.15+ 打印最有用的错误（direct/noproxy 的错误，其次是代理错误，最后是“未找到”）；Go 1.13–1.14 打印最后尝试的条目的错误。在 GOPRIVATE 模块和不含 `direct` 的列表中可以看到差别。',
    },
    sources: ['CL 0cfe1fb8 (cmd/go/internal/modfetch TryProxies ranking)', 'cmd/go/internal/modfetch/proxy.go TryProxies (1.13 vs 1.19)'],
    example: { goproxy: 'https://goproxy.cn', outcomes: ['200'], goprivate: 'example.com', vcs: 'unknown-revision' },
    // The printed error is not the last one tried.
    applies: (_, t) => t.result === 'failure' && t.errorStep !== t.steps.at(-1)?.id,
  },
  {
    id: 'empty-list',
    since: '1.15',
    before: '1.14',
    text: {
      en: 'A GOPROXY with no entries (`,` or spaces) fails with “GOPROXY list is not the empty string, but contains no entries” since Go 1.15; Go 1.13–1.14 behave as `off`.',
      'zh-CN':
        '没有任何条目的 GOPROXY（`,` 或空格）从 Go 1.15 起报错“GOPROXY list is not the empty string, but contains no entries”；Go 1.13–1.14 等同于 `off`。',
    },
    sources: [
      'CL 234857 “cmd/go: report error for empty GOPROXY list”',
      'cmd/go/internal/modfetch/proxy.go TryProxies in 1.13: f("off") for an empty list',
    ],
    example: { goproxy: ',', outcomes: [] },
    applies: (i) => i.goproxy !== '' && parseGoproxy(i.goproxy).entries.length === 0,
  },
  {
    id: 'x509-text',
    since: '1.20',
    before: '1.19',
    text: {
      en: 'An untrusted TLS certificate reads “x509: certificate signed by unknown authority” up to Go 1.19 and “tls: failed to verify certificate: x509: …” from Go 1.20. The walk itself is the same.',
      'zh-CN':
        '证书不受信任时，Go 1.19 及以前报“x509: certificate signed by unknown authority”，Go 1.20 起报“tls: failed to verify certificate: x509: …”。查找过程本身相同。',
    },
    sources: [
      'Go 1.20 release notes (crypto/tls CertificateVerificationError)',
      'lab run: go1.19.8 and go1.23.5 against a self-signed 127.0.0.1 server',
    ],
    example: { goproxy: 'https://goproxy.cn,direct', outcomes: ['tls', 'ok'] },
    applies: (_, t) => t.error.includes('x509'),
  },
  {
    id: 'trailing-slash-pattern',
    since: '1.18',
    before: '1.17',
    text: {
      en: 'A trailing `/` in GOPRIVATE/GONOPROXY (e.g. `example.com/`) matches since Go 1.18; in Go 1.13–1.17 such a pattern matches nothing, so the module goes to the proxies.',
      'zh-CN':
        'GOPRIVATE/GONOPROXY 中末尾带 `/` 的模式（如 `example.com/`）从 Go 1.18 起才能匹配；Go 1.13–1.17 中它什么都不匹配，模块会发给代理。',
    },
    sources: ['golang.org/x/mod CL 351319 (commit dd30a60), vendored in Go 1.18'],
    example: { goproxy: 'https://goproxy.cn,direct', outcomes: ['404', 'ok'], goprivate: 'example.com/' },
    applies: (i) => patterns(i).some((p) => p.endsWith('/')),
  },
  {
    id: 'default-from-go-env',
    since: '1.21',
    before: '1.20',
    text: {
      en: 'An empty GOPROXY means the default `https://proxy.golang.org,direct` in every release, but since Go 1.21 that default is read from $GOROOT/go.env; without the file the go command fails with “GOPROXY list is not the empty string, but contains no entries”.',
      'zh-CN':
        '空的 GOPROXY 在所有版本中都表示默认值 `https://proxy.golang.org,direct`，但 Go 1.21 起该默认值从 $GOROOT/go.env 读取；缺少该文件时 go 命令报错“GOPROXY list is not the empty string, but contains no entries”。',
    },
    sources: [
      'cmd/go/internal/cfg/cfg.go @55860925 (EnvOrAndChanged("GOPROXY", ""))',
      'commit e39f2dab “introduce GOROOT/go.env”',
      'golang/go#61928, #62485',
    ],
    example: { goproxy: '', outcomes: ['404', 'ok'] },
    applies: (i) => i.goproxy === '',
  },
];
