// Interface text of the error doctor island, in both languages. Diagnoses (titles, explanations,
// fix steps, input errors) come from src/lib/doctor. The page passes one language's table to the
// island, so the browser never downloads the other language as JavaScript.
const en = {
  pageTitle: 'Go error doctor',
  pageDescription:
    'Paste the output of go mod tidy, go get or docker build: get the cause in plain words, the line that proves it and the fix for your modules and hosts.',
  pageIntro:
    'Paste what go mod tidy, go get, go mod download, go build or a docker build printed. The doctor names the most likely cause, shows the lines that prove it and gives fix steps filled in with your module paths and hosts.',
  browserOnly:
    'Everything runs in your browser: what you paste is never sent anywhere. Tokens and passwords in the text are masked in what is shown.',
  noJs: 'JavaScript is off: the doctor needs it to read your text. The guides cover the same causes.',
  inputLabel: 'Output of the failing command',
  inputHelp:
    'Paste everything from the command to the end, noise included (go: downloading …, docker step prefixes, colours). Up to 10 MB; of a longer log only the last 1 MB is read, where the go command prints its failure. The result updates as you type.',
  examples: 'Or try a real captured output:',
  'example.network': 'Connection reset (proxy.golang.org)',
  'example.private': 'Private module via public proxy',
  'example.checksum': 'Checksum mismatch',
  largePaste:
    'Your paste ({size}) is diagnosed without being shown in the box, so the page stays fast. Type or paste into the box to replace it.',
  diagnose: 'Diagnose',
  clear: 'Clear',
  resultsHeading: 'Diagnosis',
  idle: 'Paste an error above to see its cause.',
  working: 'Reading the output…',
  summaryOne: 'Most likely cause: {title} (confidence: {confidence}).',
  summaryTwo: 'Most likely cause: {title} (confidence: {confidence}). One other possible cause below.',
  summaryMany: 'Most likely cause: {title} (confidence: {confidence}). {more} other possible causes below.',
  summaryNone: 'No known cause matched. General next steps are below.',
  failed: 'The diagnosis stopped unexpectedly. Please try again; if it keeps failing, paste a shorter part of the output.',
  inputProblem: 'Cannot diagnose this input',
  rank: 'Cause {n}',
  otherCauses: 'Other possible causes',
  confidence: 'Confidence',
  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',
  causeId: 'Cause id',
  evidence: 'The lines that show it',
  line: 'line',
  noEvidence: 'No single line proves this; it follows from the whole output.',
  lastLines: 'The last error lines in your paste',
  whatHappened: 'What happened',
  fixHeading: 'How to fix it',
  copy: 'Copy',
  copied: 'Copied.',
  copyFallback: 'The browser refused to copy: the text is selected, press {key}.',
  guide: 'Read more in the guide',
  generator: 'Open in the config generator',
  generatorHelp: 'Opens the generator with a matching situation{filled}.',
  generatorFilled: ', filled in with the values found in your paste',
  noMatchTitle: 'No known cause matched',
  noMatchText:
    'The doctor found no pattern it knows in this text, so it will not guess. These general steps narrow most download problems down:',
  truncated:
    'Your paste is long: only its last part, from line {line} on, was read. The go command prints the failure last, so that is usually enough.',
  goVersions: 'Message printed by Go {versions}',
  goVersionsAll: 'Message printed by every Go release',
  stats: 'Read {lines} lines in {ms} ms.',
};

type StringKey = keyof typeof en;

const zh: Record<StringKey, string> = {
  pageTitle: 'Go 报错诊断',
  pageDescription:
    '粘贴 go mod tidy、go get 或 docker build 的输出：用通俗的话说明原因，指出证明它的那一行，并给出针对你的模块和主机的修复方法。',
  pageIntro:
    '粘贴 go mod tidy、go get、go mod download、go build 或 docker build 打印的内容。诊断工具会给出最可能的原因、证明它的那几行，以及填好你的模块路径和主机名的修复步骤。',
  browserOnly: '一切都在你的浏览器中运行：粘贴的内容不会发送到任何地方。文本中的令牌和密码在显示时会被遮盖。',
  noJs: 'JavaScript 已关闭：诊断工具需要它来读取你的文本。指南中介绍了同样的原因。',
  inputLabel: '失败命令的输出',
  inputHelp:
    '从命令开始一直粘贴到结尾，杂项也一起粘贴（go: downloading …、docker 步骤前缀、颜色代码都可以）。最多 10 MB；较长的日志只读取最后 1 MB（go 命令在最后打印失败原因）。输入时结果会自动更新。',
  examples: '或者试试真实捕获的输出：',
  'example.network': '连接被重置（proxy.golang.org）',
  'example.private': '私有模块走了公共代理',
  'example.checksum': '校验和不匹配',
  largePaste: '你粘贴的内容（{size}）较大，为保持页面流畅，它不会显示在输入框中，但会被完整诊断。在输入框中输入或重新粘贴即可替换。',
  diagnose: '诊断',
  clear: '清空',
  resultsHeading: '诊断结果',
  idle: '在上方粘贴报错即可看到原因。',
  working: '正在读取输出…',
  summaryOne: '最可能的原因：{title}（可信度：{confidence}）。',
  summaryTwo: '最可能的原因：{title}（可信度：{confidence}）。下方还有 1 个其他可能的原因。',
  summaryMany: '最可能的原因：{title}（可信度：{confidence}）。下方还有 {more} 个其他可能的原因。',
  summaryNone: '没有匹配到已知原因。下方是通用的排查步骤。',
  failed: '诊断意外中止。请重试；如果一直失败，请只粘贴输出中的一部分。',
  inputProblem: '无法诊断这段输入',
  rank: '原因 {n}',
  otherCauses: '其他可能的原因',
  confidence: '可信度',
  'confidence.high': '高',
  'confidence.medium': '中',
  'confidence.low': '低',
  causeId: '原因 ID',
  evidence: '证据行',
  line: '行',
  noEvidence: '没有单独某一行能证明它；这是从整段输出推断出来的。',
  lastLines: '你粘贴内容中最后几行错误信息',
  whatHappened: '发生了什么',
  fixHeading: '如何修复',
  copy: '复制',
  copied: '已复制。',
  copyFallback: '浏览器拒绝了复制：文本已选中，请按 {key}。',
  guide: '在指南中阅读详情',
  generator: '在配置生成器中打开',
  generatorHelp: '打开配置生成器并选中对应的情况{filled}。',
  generatorFilled: '，并填入从你粘贴的内容中找到的值',
  noMatchTitle: '没有匹配到已知原因',
  noMatchText: '诊断工具在这段文字中没有找到它认识的模式，所以不会乱猜。下面这些通用步骤可以帮你缩小大多数下载问题的范围：',
  truncated: '粘贴的内容很长：只读取了从第 {line} 行开始的最后一部分。go 命令最后才打印失败原因，所以通常已经足够。',
  goVersions: '输出此信息的 Go 版本：{versions}',
  goVersionsAll: '所有 Go 版本都会输出此信息',
  stats: '读取了 {lines} 行，用时 {ms} 毫秒。',
};

export type Strings = Record<StringKey, string>;
export type Lang = 'en' | 'zh-CN';

export const STRINGS: Record<Lang, Strings> = { en, 'zh-CN': zh };

/** Fills `{name}` placeholders. */
export function fmt(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function tr(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  return fmt(STRINGS[lang][key], params);
}
