// Interface text of the go env linter page, in both languages. Findings come from src/lib/lint in
// both languages already; these are the page's own words. The page passes one table to the island
// as a prop, so the browser does not download the other language's interface text as JavaScript.
/** Commands the help text tells readers to run (tests/unit/lint-island.test.tsx runs the Unix ones). */
export const HELP_COMMANDS = {
  osEnvUnix: "env | grep -i -E '^(go|https?_proxy|no_proxy|all_proxy)'",
  osEnvCmd: 'set',
  goEnvFileUnix: 'cat "$(go env GOENV)"',
  goEnvFilePowerShell: 'Get-Content (go env GOENV)',
};
const C = HELP_COMMANDS;

const en = {
  pageTitle: 'go env linter',
  pageDescription:
    'Paste your go env output (Linux, macOS, Windows or go env -json) and see which GOPROXY, GOPRIVATE, GOSUMDB, GOFLAGS and proxy settings break module downloads, with the fix.',
  pageIntro:
    'Paste what go env prints and get each setting that breaks or weakens go mod tidy and go get: what is wrong, why, the command that fixes it and the guide section that explains it.',
  pageFormats: "Accepted: go env output from Linux and macOS (GOPROXY='…'), from Windows (set GOPROXY=…), or go env -json.",
  browserOnly:
    'Everything runs in your browser: nothing you paste is sent anywhere or stored. Passwords and tokens are shown masked as xxxxx.',
  noJs: 'The checker needs JavaScript. Without it, compare your settings with the guides.',
  doctorHint: 'Have an error message instead of settings?',
  doctorLink: 'Use the error doctor',
  goEnvLabel: 'Your go env output',
  goEnvHelp: 'Run go env (or go env -json) in the same terminal, container or CI job where go fails, and paste everything it prints.',
  examples: 'Or try an example:',
  'example.linux': 'Linux, Go 1.23: common mistakes',
  'example.windows': 'Windows, with go.mod and a password in GOPROXY',
  check: 'Check',
  clear: 'Clear',
  more: 'More inputs (optional)',
  moreHelp: 'They let the linter check more: the Go version your module needs and what your environment overrides.',
  goModLabel: 'go.mod',
  goModHelp: 'The go and toolchain lines are enough. Used to check GOTOOLCHAIN against the Go version the module needs.',
  osEnvLabel: 'OS environment variables',
  osEnvHelp: `Variables set in your shell profile, Dockerfile or CI override go env -w. Linux and macOS: ${C.osEnvUnix} — Windows (cmd): ${C.osEnvCmd}`,
  goEnvFileLabel: 'The go env file (what go env -w wrote)',
  goEnvFileHelp: `Linux and macOS: ${C.goEnvFileUnix} — Windows (PowerShell): ${C.goEnvFilePowerShell}`,
  goVersionLabel: 'Go version',
  goVersionHelp: 'Only needed when the paste has no GOVERSION line, e.g. 1.22.6: some rules differ between Go releases.',
  goVersionBad: '"{v}" is not a Go version. Write it like 1.22.6 or go1.22.6.',
  resultsHeading: 'Findings',
  idle: 'Paste your go env output above; the findings appear here.',
  checking: 'Checking…',
  cannotCheck: 'Cannot check this yet:',
  emptyHint: 'Paste the text that go env prints.',
  crash:
    'The check failed unexpectedly. Nothing you pasted was sent anywhere; please report the problem with the go env lines that cause it (without secrets).',
  summary: '{count} findings — errors: {error}, warnings: {warning}, notes: {info}.',
  summaryOne: '1 finding — errors: {error}, warnings: {warning}, notes: {info}.',
  readAs: 'Read as {format}.',
  rulesFor: 'Rules for Go {version} ({from}).',
  'from.GOVERSION': 'from GOVERSION',
  'from.option': 'as you entered it',
  rulesUnknown:
    'The paste has no GOVERSION, so the rules of the newest Go release apply; enter your Go version under "More inputs" if it is older.',
  'format.unix': 'go env output from Linux or macOS',
  'format.windows': 'go env output from Windows',
  'format.json': 'go env -json output',
  'format.env-listing': 'an environment listing (KEY=value lines)',
  'sev.error': 'Error',
  'sev.warning': 'Warning',
  'sev.info': 'Note',
  'input.go-env': 'go env output',
  'input.os-env': 'OS environment',
  'input.go-env-file': 'go env file',
  'input.go-mod': 'go.mod',
  evidence: '{input}, line {line}:',
  fix: 'Fix:',
  command: 'Command:',
  commands: 'Commands (alternatives — run the one the fix describes):',
  copy: 'Copy',
  copied: 'Copied.',
  copyFallback: 'Could not copy: the command is selected, press {key} to copy it.',
  guide: 'Guide: {title}',
  goVersions: 'Applies to Go {v}.',
  source: 'Source: {s}',
  clean: 'No problems found.',
  cleanDetail: 'Checked {n} module settings from the paste: {names}.',
  checkedWhat:
    'What is checked: GOPROXY entries, their order and URLs; GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE patterns and whether they cover each other; GOSUMDB; GOFLAGS; GO111MODULE; GOTOOLCHAIN (against go.mod when given); GOAUTH and GOVCS; HTTP(S)_PROXY and NO_PROXY when present; misspelt variable names; and, when given, OS variables that override go env -w.',
  notChecked: 'Not checked: whether the hosts are reachable from your network. For an error message, use the error doctor.',
  settingsRead: 'Settings read from the paste ({n})',
  settingsNone: 'No module settings (GOPROXY, GOPRIVATE, …) were found in the paste.',
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const zh: Strings = {
  pageTitle: 'go env 检查器',
  pageDescription:
    '粘贴 go env 的输出（Linux、macOS、Windows 或 go env -json），查看哪些 GOPROXY、GOPRIVATE、GOSUMDB、GOFLAGS 和代理设置会让模块下载失败，以及如何修正。',
  pageIntro:
    '粘贴 go env 打印的内容，逐条列出会让 go mod tidy 和 go get 失败或变得不安全的设置：哪里不对、为什么、修正它的命令，以及讲解它的指南章节。',
  pageFormats: "支持：Linux 和 macOS 上的 go env 输出（GOPROXY='…'）、Windows 上的输出（set GOPROXY=…），以及 go env -json。",
  browserOnly: '所有检查都在你的浏览器中完成：粘贴的内容不会发送到任何地方，也不会被保存。密码和令牌显示为 xxxxx。',
  noJs: '检查器需要 JavaScript。没有 JavaScript 时，请对照指南检查你的设置。',
  doctorHint: '手里是报错信息而不是设置？',
  doctorLink: '使用错误诊断',
  goEnvLabel: '你的 go env 输出',
  goEnvHelp: '在 go 出错的同一个终端、容器或 CI 任务中运行 go env（或 go env -json），把它打印的全部内容粘贴到这里。',
  examples: '或者试试示例：',
  'example.linux': 'Linux，Go 1.23：常见错误',
  'example.windows': 'Windows，带 go.mod，GOPROXY 中含密码',
  check: '检查',
  clear: '清空',
  more: '更多输入（可选）',
  moreHelp: '提供它们可以检查更多内容：模块需要的 Go 版本，以及环境变量覆盖了哪些设置。',
  goModLabel: 'go.mod',
  goModHelp: '只需要 go 和 toolchain 两行。用于对照模块需要的 Go 版本检查 GOTOOLCHAIN。',
  osEnvLabel: '系统环境变量',
  osEnvHelp: `在 shell 配置文件、Dockerfile 或 CI 中设置的变量会覆盖 go env -w。Linux 和 macOS：${C.osEnvUnix}；Windows（cmd）：${C.osEnvCmd}`,
  goEnvFileLabel: 'go env 配置文件（go env -w 写入的内容）',
  goEnvFileHelp: `Linux 和 macOS：${C.goEnvFileUnix}；Windows（PowerShell）：${C.goEnvFilePowerShell}`,
  goVersionLabel: 'Go 版本',
  goVersionHelp: '只在粘贴的内容没有 GOVERSION 行时需要，例如 1.22.6：有些规则因 Go 版本而异。',
  goVersionBad: '“{v}”不是 Go 版本号。请写成 1.22.6 或 go1.22.6 的形式。',
  resultsHeading: '检查结果',
  idle: '在上方粘贴 go env 的输出，检查结果会显示在这里。',
  checking: '正在检查…',
  cannotCheck: '暂时无法检查：',
  emptyHint: '请粘贴 go env 打印的文本。',
  crash: '检查意外失败。你粘贴的内容没有发送到任何地方；请报告这个问题，并附上导致它的 go env 行（去掉密码等机密）。',
  summary: '共 {count} 条：错误 {error} 个，警告 {warning} 个，提示 {info} 个。',
  summaryOne: '共 1 条：错误 {error} 个，警告 {warning} 个，提示 {info} 个。',
  readAs: '识别为：{format}。',
  rulesFor: '按 Go {version} 的规则检查（{from}）。',
  'from.GOVERSION': '来自 GOVERSION',
  'from.option': '你填写的版本',
  rulesUnknown: '粘贴的内容中没有 GOVERSION，因此按最新 Go 版本的规则检查；如果你的版本更旧，请在“更多输入”中填写。',
  'format.unix': 'Linux 或 macOS 上的 go env 输出',
  'format.windows': 'Windows 上的 go env 输出',
  'format.json': 'go env -json 输出',
  'format.env-listing': '环境变量列表（KEY=value 行）',
  'sev.error': '错误',
  'sev.warning': '警告',
  'sev.info': '提示',
  'input.go-env': 'go env 输出',
  'input.os-env': '系统环境变量',
  'input.go-env-file': 'go env 配置文件',
  'input.go-mod': 'go.mod',
  evidence: '{input}，第 {line} 行：',
  fix: '修正：',
  command: '命令：',
  commands: '命令（几种做法，按上面的修正说明选一条运行）：',
  copy: '复制',
  copied: '已复制。',
  copyFallback: '无法自动复制：命令已选中，请按 {key} 复制。',
  guide: '指南：{title}',
  goVersions: '适用于 Go {v}。',
  source: '依据：{s}',
  clean: '没有发现问题。',
  cleanDetail: '检查了粘贴内容中的 {n} 项模块设置：{names}。',
  checkedWhat:
    '检查内容：GOPROXY 的各个条目、顺序和 URL；GOPRIVATE、GONOPROXY、GONOSUMDB 和 GOINSECURE 的模式以及它们是否互相覆盖；GOSUMDB；GOFLAGS；GO111MODULE；GOTOOLCHAIN（提供 go.mod 时与之对照）；GOAUTH 和 GOVCS；出现时的 HTTP(S)_PROXY 和 NO_PROXY；拼错的变量名；以及在提供时，覆盖 go env -w 的系统环境变量。',
  notChecked: '不检查：这些主机在你的网络中能否访问。如果你手里是报错信息，请使用错误诊断。',
  settingsRead: '从粘贴内容中读到的设置（{n} 项）',
  settingsNone: '粘贴的内容中没有找到模块相关的设置（GOPROXY、GOPRIVATE 等）。',
};

export const STRINGS: Record<'en' | 'zh-CN', Strings> = { en, 'zh-CN': zh };

/** One string with {placeholders} filled in. */
export function fmt(s: string, params: Record<string, string | number> = {}): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function tr(lang: 'en' | 'zh-CN', key: StringKey, params?: Record<string, string | number>): string {
  return fmt(STRINGS[lang][key], params);
}
