// "Try an example" pastes. The Linux one is real go1.23.5 output (tests/fixtures/lint/problems-go1.23.txt,
// lines unrelated to modules removed); the Windows one is written in the format envcmd.PrintEnv uses
// on Windows in Go 1.21+ (set KEY=value, `|` escaped as `^|`), since no Windows machine was at hand.
// The password in it is made up: it shows that credentials are masked in everything shown.

export interface Example {
  id: 'linux' | 'windows';
  goEnv: string;
  goMod?: string;
}

export const EXAMPLES: Example[] = [
  {
    id: 'linux',
    goEnv: `GO111MODULE='off'
GOENV='/home/gopher/.config/go/env'
GOFLAGS='-insecure'
GOINSECURE='proxy.golang.org'
GONOPROXY='git.corp.example.com, corp.example.com/*'
GONOSUMDB='*'
GOPRIVATE='git.corp.example.com, corp.example.com/*'
GOPROXY='direct,https://goproxy.cn'
GOSUMDB='off'
GOTOOLCHAIN='auto'
GOVERSION='go1.23.5'
`,
  },
  {
    id: 'windows',
    goEnv: `set GO111MODULE=
set GOENV=C:\\Users\\gopher\\AppData\\Roaming\\go\\env
set GOFLAGS=
set GOINSECURE=
set GONOPROXY=git.corp.example.com
set GONOSUMDB=git.corp.example.com
set GOPRIVATE=git.corp.example.com
set GOPROXY=http://ci:s3cret-Pa55@athens.corp.example.com^|https://goproxy.cn
set GOSUMDB=sum.golang.org
set GOTOOLCHAIN=local
set GOVERSION=go1.22.6
`,
    goMod: `module git.corp.example.com/team/service

go 1.23.0

toolchain go1.23.4
`,
  },
];
