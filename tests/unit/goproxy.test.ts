import { describe, expect, it } from 'vitest';
import { parseGoproxy } from '../../src/lib/goproxy/list.ts';
import { matchPrefixPatterns, pathMatch } from '../../src/lib/goproxy/patterns.ts';
import { parseGoVersion } from '../../src/lib/goversion.ts';

const go = (v: string) => parseGoVersion(v) ?? undefined;

describe('parseGoproxy', () => {
  it('splits on , and | and records the fallback mode of each entry', () => {
    const p = parseGoproxy('https://a.example|https://b.example,direct');
    expect(p.entries.map((e) => [e.raw, e.fallBackOnError])).toEqual([
      ['https://a.example', true],
      ['https://b.example', false],
      ['direct', false],
    ]);
    expect(p.problem).toBeUndefined();
  });
  it('infers https:// for host-looking entries but not bare words', () => {
    expect(parseGoproxy('goproxy.cn,direct').entries[0]?.url).toBe('https://goproxy.cn');
    expect(parseGoproxy('bogus').problem?.goMessage).toBe('invalid proxy URL missing scheme: bogus');
    expect(parseGoproxy('/abs/path').problem?.goMessage).toBe('invalid proxy URL missing scheme: /abs/path');
  });
  it('stops at direct and off, ignoring what follows', () => {
    const p = parseGoproxy('direct,https://goproxy.cn');
    expect(p.entries.map((e) => e.kind)).toEqual(['direct']);
    expect(p.ignored).toEqual(['https://goproxy.cn']);
  });
  it('reports an all-empty list the way Go 1.15+ does', () => {
    for (const v of [',', ' ', '|', ' , ']) {
      expect(parseGoproxy(v).problem?.goMessage).toBe('GOPROXY list is not the empty string, but contains no entries');
    }
    expect(parseGoproxy('a.example,,b.example').entries).toHaveLength(2);
  });
  it('rejects bad schemes and file URLs with a host', () => {
    expect(parseGoproxy('ftp://x.example.com').problem?.goMessage).toBe(
      'invalid proxy URL scheme (must be https, http, file): ftp://x.example.com',
    );
    expect(parseGoproxy('file://host/path').problem?.code).toBe('file-non-path');
    expect(parseGoproxy('file:///srv/goproxy').problem).toBeUndefined();
  });
  it('flags http:// URLs with credentials', () => {
    expect(parseGoproxy('http://u:p@127.0.0.1:1/x').entries[0]?.insecureCredentials).toBe(true);
    expect(parseGoproxy('https://u:p@proxy.example').entries[0]?.insecureCredentials).toBeUndefined();
  });
  it('treats | as part of the URL before Go 1.15', () => {
    const p = parseGoproxy('https://proxy.golang.org|direct', go('1.14'));
    expect(p.entries).toHaveLength(1);
    expect(p.problem?.code).toBe('pipe-before-1.15');
  });
});

describe('matchPrefixPatterns', () => {
  const cases: Array<[string, string, boolean]> = [
    ['example.com', 'example.com/hello', true],
    ['example.com', 'example.com', true],
    ['example.com/*', 'example.com', false],
    ['example.com/*', 'example.com/hello', true],
    ['*.com', 'example.com/hello', true],
    ['exam*', 'example.com/hello', true],
    ['https://example.com', 'example.com/hello', false],
    ['other.com, example.com', 'example.com/hello', false],
    ['example.com/hello/sub', 'example.com/hello', false],
    ['*.corp.example.com,rsc.io/private', 'git.corp.example.com/xyzzy', true],
    ['*.corp.example.com,rsc.io/private', 'rsc.io/private/quux', true],
    ['*.corp.example.com,rsc.io/private', 'rsc.io/public', false],
  ];
  it.each(cases)('%s vs %s → %s', (globs, target, want) => {
    expect(matchPrefixPatterns(globs, target)).toBe(want);
  });
  it('trims a trailing slash only from Go 1.18', () => {
    expect(matchPrefixPatterns('example.com/', 'example.com/hello', go('1.19'))).toBe(true);
    expect(matchPrefixPatterns('example.com/', 'example.com/hello', go('1.17'))).toBe(false);
  });
  it('path.Match classes and escapes', () => {
    expect(pathMatch('git[0-9].corp', 'git1.corp')).toBe(true);
    expect(pathMatch('git[^0-9].corp', 'git1.corp')).toBe(false);
    expect(pathMatch('a\\*b', 'a*b')).toBe(true);
    expect(pathMatch('[', 'x')).toBeNull();
  });
});
