// Public Go module mirrors as data. Facts come from /shared/FACTS.md §4.3 and §9(h): the mirrors
// exist and these are their documented URLs; reachability cannot be checked from here, so
// `lastChecked` is the date the entry was last compared with the operator's documentation and
// FACTS.md. `proxiesSumdb` is true only where a source establishes it; otherwise null (unknown).
import { type Localized, t } from './i18n.ts';

export interface Mirror {
  id: string;
  url: string;
  operator: Localized;
  /**
   * Whether the mirror answers `<url>/sumdb/sum.golang.org/supported` with 200, so that the go
   * command reaches the checksum DB through it. null: unknown (not documented by the operator).
   */
  proxiesSumdb: boolean | null;
  caveats: Localized[];
  /** Settings the operator's own documentation recommends that must not be copied. */
  doNotCopy: string[];
  lastChecked: string;
}

const CHECKED = '2026-11-23';

const goproxyIoCaveat = t(
  'goproxy.io has served module hashes that disagree with sum.golang.org (goproxy/goproxy.cn#183): expect "SECURITY ERROR" checksum mismatches. Do not "fix" them with GOSUMDB=off.',
  'goproxy.io 曾返回与 sum.golang.org 不一致的模块哈希（goproxy/goproxy.cn#183），可能出现 “SECURITY ERROR” 校验和不匹配。不要用 GOSUMDB=off 来“解决”。',
);

const undocumentedSumdb = t(
  'Whether it proxies the checksum database is unknown (undocumented). If it does not, the go command contacts sum.golang.org directly, which is often blocked in mainland China; then set GOSUMDB=sum.golang.google.cn.',
  '是否代理校验和数据库未知（无文档说明）。若不代理，go 命令会直接访问 sum.golang.org，在中国大陆常常无法访问；此时请设置 GOSUMDB=sum.golang.google.cn。',
);

export const catalogue: readonly Mirror[] = [
  {
    // Serves the sum.golang.org mirror: cmd/go's own test mod_sumdb_file_path.txt relies on
    // "a subsequent proxy [that] contains a more complete mirror of the sum database" (proxy.golang.org).
    id: 'proxy-golang-org',
    url: 'https://proxy.golang.org',
    operator: t('Google (the Go team)', 'Google（Go 团队）'),
    proxiesSumdb: true,
    caveats: [
      t(
        'The default. Often unreachable from mainland China (DNS failures or timeouts).',
        '默认代理。在中国大陆经常无法访问（DNS 解析失败或超时）。',
      ),
    ],
    doNotCopy: [],
    lastChecked: CHECKED,
  },
  {
    // FACTS §4.3/§9(h): the goproxy.cn README says it "fully supports proxying checksum databases".
    id: 'goproxy-cn',
    url: 'https://goproxy.cn',
    operator: t('Qiniu Cloud (goproxy.cn project)', '七牛云（goproxy.cn 项目）'),
    proxiesSumdb: true,
    caveats: [
      t(
        'Proxies sum.golang.org, so the default GOSUMDB works through it; no GOSUMDB change is needed.',
        '代理 sum.golang.org，默认的 GOSUMDB 可经由它使用，无需修改 GOSUMDB。',
      ),
    ],
    doNotCopy: [],
    lastChecked: CHECKED,
  },
  {
    id: 'aliyun',
    url: 'https://mirrors.aliyun.com/goproxy/',
    operator: t('Alibaba Cloud', '阿里云'),
    proxiesSumdb: null,
    caveats: [undocumentedSumdb],
    doNotCopy: [],
    lastChecked: CHECKED,
  },
  {
    id: 'goproxy-io',
    url: 'https://goproxy.io',
    operator: t('goproxy.io community project', 'goproxy.io 社区项目'),
    // Not established by FACTS.md: the project does not document it.
    proxiesSumdb: null,
    caveats: [goproxyIoCaveat, undocumentedSumdb],
    doNotCopy: [],
    lastChecked: CHECKED,
  },
  {
    id: 'proxy-golang-com-cn',
    url: 'https://proxy.golang.com.cn',
    operator: t('goproxy.io community project (China domain)', 'goproxy.io 社区项目（中国域名）'),
    proxiesSumdb: null,
    caveats: [goproxyIoCaveat, undocumentedSumdb],
    doNotCopy: [],
    lastChecked: CHECKED,
  },
  {
    id: 'tencent',
    url: 'https://mirrors.tencent.com/go/',
    operator: t('Tencent Cloud', '腾讯云'),
    proxiesSumdb: null,
    caveats: [
      undocumentedSumdb,
      t(
        'mirrors.cloud.tencent.com/go/ is another host name of the same mirror site.',
        'mirrors.cloud.tencent.com/go/ 是同一镜像站的另一个域名。',
      ),
    ],
    doNotCopy: [],
    lastChecked: CHECKED,
  },
  {
    id: 'huawei',
    url: 'https://repo.huaweicloud.com/repository/goproxy/',
    operator: t('Huawei Cloud', '华为云'),
    proxiesSumdb: null,
    caveats: [
      undocumentedSumdb,
      t(
        "Huawei Cloud's page also says to set GONOSUMDB=*: do not copy that, it turns off checksum verification for every module.",
        '华为云的说明还要求设置 GONOSUMDB=*：不要照抄，这会关闭所有模块的校验和验证。',
      ),
    ],
    doNotCopy: ['GONOSUMDB=*'],
    lastChecked: CHECKED,
  },
];

export const MIRROR_IDS = catalogue.map((m) => m.id) as [string, ...string[]];

export function mirrorById(id: string): Mirror | undefined {
  return catalogue.find((m) => m.id === id);
}

/** The npm registry mirror used by the China preset (npmmirror, formerly npm.taobao.org). */
export const NPMMIRROR = 'https://registry.npmmirror.com/';
