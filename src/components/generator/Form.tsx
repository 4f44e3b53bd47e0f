// The form's sections, in the order of the model: target, proxies, checksum DB, private modules
// and authentication, corporate network, build, extras. Each section can be reset to the preset.
import type { ComponentChildren } from 'preact';
import type { AuthHost, ModfixConfig } from '../../lib/config/data.ts';
import { CheckField, Field, fieldId, ListField, RadioField, SelectField, TextField, useForm } from './fields.tsx';
import { ProxyChain } from './ProxyChain.tsx';
import type { SectionId } from './draft.ts';
import type { StringKey } from './strings.ts';

interface Props {
  changed: (id: SectionId) => boolean;
  reset: (id: SectionId) => void;
}

function Section({ id, changed, reset, children }: Props & { id: SectionId; children: ComponentChildren }) {
  const { t } = useForm();
  const h = `g-sec-${id}`;
  return (
    <section class="gen-section" aria-labelledby={h}>
      <div class="sec-head">
        <h3 id={h}>{t(`sec.${id}` as StringKey)}</h3>
        {changed(id) && (
          <button type="button" class="btn reset" onClick={() => reset(id)}>
            {t('reset')}
            <span class="visually-hidden">: {t(`sec.${id}` as StringKey)}</span>
          </button>
        )}
      </div>
      {children}
    </section>
  );
}

const GO_VERSIONS = Array.from({ length: 14 }, (_, i) => `1.${26 - i}`);

type Govcs = ModfixConfig['private']['govcs'][number];
const govcsText = (r: Govcs) => `${r.pattern}:${r.vcs.join('|')}`;
function govcsRule(line: string): unknown {
  const at = line.lastIndexOf(':');
  if (at < 0) return { pattern: line, vcs: [] };
  return {
    pattern: line.slice(0, at),
    vcs: line
      .slice(at + 1)
      .split('|')
      .filter(Boolean),
  };
}

export function Form(p: Props) {
  const { t, draft, set, issues } = useForm();
  const s = (k: StringKey) => t(k);
  const opts = (prefix: string, values: readonly string[]) => values.map((v) => [v, s(`${prefix}.${v}` as StringKey)] as const);
  const hosts: AuthHost[] = Array.isArray(draft.auth?.hosts) ? draft.auth.hosts : [];
  return (
    <div class="gen-form">
      <Section id="target" {...p}>
        <div class="grid">
          <SelectField path="target.os" options={opts('os', ['linux', 'macos', 'windows'])} />
          <SelectField
            path="target.shell"
            options={[
              ['bash', 'bash'],
              ['zsh', 'zsh'],
              ['fish', 'fish'],
              ['powershell', 'PowerShell'],
              ['cmd', 'cmd.exe'],
            ]}
          />
          <TextField path="build.go" optional={false} list="g-go-versions" />
          <datalist id="g-go-versions">
            {GO_VERSIONS.map((v) => (
              <option key={v} value={v} />
            ))}
          </datalist>
        </div>
        <RadioField path="target.scope" options={opts('scope', ['session', 'persistent', 'project'])} />
      </Section>

      <Section id="proxy" {...p}>
        <ProxyChain />
      </Section>

      <Section id="sumdb" {...p}>
        <RadioField
          path="sumdb.mode"
          label="sumdb"
          options={opts('sumdb', ['default', 'google-cn', 'custom', 'off'])}
          onPick={(mode) => set('sumdb', mode === 'custom' ? { mode, key: '' } : { mode })}
        />
        {draft.sumdb?.mode === 'custom' && (
          <div class="grid">
            <TextField path="sumdb.key" optional={false} placeholder="sum.example.com+1a2b3c4d+AbC…" />
            <TextField path="sumdb.url" inputMode="url" />
          </div>
        )}
      </Section>

      <Section id="private" {...p}>
        <ListField path="private.goprivate" placeholder="gitlab.corp.example.com" />
        <div class="grid">
          <ListField path="private.gonoproxy" optional />
          <ListField path="private.gonosumdb" optional />
        </div>
        <ListField path="private.goinsecure" />
        <ListField path="private.govcs" format={govcsText} parseItem={govcsRule} placeholder="private:git" />
        <fieldset class="field hosts" aria-describedby="g-auth-hosts-help g-auth-hosts-err">
          <legend>{s('auth.hosts')}</legend>
          <p id="g-auth-hosts-help" class="help">
            {s('auth.hosts.help')}
          </p>
          {hosts.map((h, i) => (
            <fieldset key={i} class="host">
              <legend>{t('auth.hostN', { n: i + 1 })}</legend>
              <div class="grid">
                <TextField path={`auth.hosts.${i}.host`} label="auth.host" optional={false} />
                <SelectField
                  path={`auth.hosts.${i}.method`}
                  label="auth.method"
                  options={opts('method', ['ssh', 'netrc', 'git-credential'])}
                />
                {h.method !== 'ssh' && <TextField path={`auth.hosts.${i}.login`} label="auth.login" />}
                {h.method === 'netrc' && <TextField path={`auth.hosts.${i}.token`} label="auth.token" secret />}
                {h.method !== 'ssh' && <TextField path={`auth.hosts.${i}.tokenEnv`} label="auth.tokenEnv" optional={false} />}
              </div>
              <button
                type="button"
                class="btn"
                onClick={() =>
                  set(
                    'auth.hosts',
                    hosts.filter((_, k) => k !== i),
                  )
                }
              >
                {s('auth.removeHost')} {h.host}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            class="btn"
            onClick={() => {
              set('auth.hosts', [...hosts, { host: '', method: 'netrc', login: '', tokenEnv: 'GO_MODULES_TOKEN' }]);
              requestAnimationFrame(() => document.getElementById(fieldId(`auth.hosts.${hosts.length}.host`))?.focus());
            }}
          >
            {s('auth.addHost')}
          </button>
          <div id="g-auth-hosts-err" class="field-errors" aria-live="polite">
            {(issues.get('auth.hosts') ?? []).map((i) => (
              <p key={i.code} class="field-error">
                {i.message}
              </p>
            ))}
          </div>
        </fieldset>
        <TextField path="auth.goauth" />
      </Section>

      <Section id="network" {...p}>
        <div class="grid">
          <TextField path="network.httpsProxy" inputMode="url" placeholder="http://proxy.corp.example.com:3128" />
          <TextField path="network.httpProxy" inputMode="url" />
        </div>
        <ListField path="network.noProxy" placeholder=".corp.example.com" />
        <div class="grid">
          <TextField path="network.proxyUser" secret />
          <TextField path="network.proxyPasswordEnv" placeholder="PROXY_PASSWORD" />
        </div>
        <CheckField path="network.gitProxy" />
        <TextField path="network.caBundle" placeholder="/etc/ssl/certs/corp-ca.pem" />
      </Section>

      <Section id="build" {...p}>
        <ListField path="build.goflags" spaces placeholder="-mod=vendor" />
        <div class="grid">
          <TextField path="build.gomodcache" />
          <TextField path="build.gotoolchain" placeholder="local" />
          <SelectField
            path="build.go111module"
            optional
            options={[
              ['on', 'on'],
              ['auto', 'auto'],
              ['off', 'off'],
            ]}
          />
        </div>
      </Section>

      <Section id="extras" {...p}>
        <TextField path="npm.registry" inputMode="url" />
        <div class="grid">
          <SelectField path="athens.storage" options={opts('storage', ['disk', 'memory'])} />
          <Field path="athens.port">
            {(a) => (
              <input
                {...a}
                type="text"
                inputMode="numeric"
                value={String(draft.athens?.port ?? '')}
                onInput={(e) => {
                  const v = e.currentTarget.value;
                  set('athens.port', /^\d+$/.test(v) ? Number(v) : v);
                }}
              />
            )}
          </Field>
          <TextField path="athens.image" optional={false} />
        </div>
      </Section>
    </div>
  );
}
