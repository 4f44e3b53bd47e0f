// Form controls bound to a path of the draft: each shows its visible label, help text, the
// validation errors for its path beside it and a "changed" mark when it differs from the preset.
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Issue } from '../../lib/config/data.ts';
import { changedFrom, type Draft, getAt, type Locale } from './draft.ts';
import type { StringKey, Strings } from './strings.ts';

export type T = (key: StringKey, params?: Record<string, string | number>) => string;

/** A lookup in the page's string table, with `{name}` placeholders filled. */
export const makeT =
  (strings: Strings): T =>
  (key, params = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

export interface FormCtx {
  locale: Locale;
  t: T;
  draft: Draft;
  base: Draft;
  issues: Map<string, Issue[]>;
  set: (path: string, value: unknown) => void;
  announce: (text: string) => void;
}

export const Ctx = createContext<FormCtx>(null as unknown as FormCtx);
export const useForm = () => useContext(Ctx);

/** DOM id of the control for a model path (warnings link to it). */
export const fieldId = (path: string) => `g-${path.replace(/\./g, '-')}`;

export function Errors({ path, id }: { path: string; id: string }) {
  const { issues } = useForm();
  const list = issues.get(path) ?? [];
  // Always present, so screen readers announce errors as they appear.
  return (
    <div id={`${id}-err`} class="field-errors" aria-live="polite">
      {list.map((i) => (
        <p key={i.code + i.path} class="field-error">
          {i.message}
        </p>
      ))}
    </div>
  );
}

export function Changed({ path }: { path: string }) {
  const { draft, base, t } = useForm();
  if (!changedFrom(draft, base, path)) return null;
  return (
    <span class="changed" title={t('changedTitle')}>
      {t('changed')}
    </span>
  );
}

interface FieldProps {
  path: string;
  /** Label and help text keys; default: the path itself and `<path>.help`. */
  label?: StringKey;
  children: (a11y: { id: string; 'aria-describedby': string; 'aria-invalid': boolean | undefined }) => ComponentChildren;
}

export function Field({ path, label, children }: FieldProps) {
  const { t, issues } = useForm();
  const id = fieldId(path);
  const key = (label ?? path) as StringKey;
  const helpKey = `${key}.help` as StringKey;
  const invalid = (issues.get(path)?.length ?? 0) > 0;
  return (
    <div class={`field${invalid ? ' has-error' : ''}`}>
      <label for={id}>
        {t(key)} <Changed path={path} />
      </label>
      {children({ id, 'aria-describedby': `${id}-help ${id}-err`, 'aria-invalid': invalid || undefined })}
      <p id={`${id}-help`} class="help">
        {t(helpKey)}
      </p>
      <Errors path={path} id={id} />
    </div>
  );
}

interface TextProps {
  path: string;
  label?: StringKey;
  /** Secrets: a password field, never autocompleted or spell-checked (spell checkers may send text away). */
  secret?: boolean;
  placeholder?: string;
  /** Empty text removes the key (optional fields) instead of storing ''. */
  optional?: boolean;
  inputMode?: 'numeric' | 'url' | 'text';
  list?: string;
}

export function TextField({ path, label, secret, placeholder, optional = true, inputMode, list }: TextProps) {
  const { draft, set } = useForm();
  const v = getAt(draft, path);
  return (
    <Field path={path} label={label}>
      {(a) => (
        <input
          {...a}
          type={secret ? 'password' : 'text'}
          autoComplete="off"
          spellcheck={false}
          autoCapitalize="off"
          inputMode={inputMode}
          list={list}
          placeholder={placeholder}
          value={v === undefined || v === null ? '' : String(v)}
          onInput={(e) => {
            const s = e.currentTarget.value;
            set(path, s === '' && optional ? undefined : s);
          }}
        />
      )}
    </Field>
  );
}

const splitLines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '');
const splitSpaces = (s: string) => s.split(/\s+/).filter((l) => l !== '');

/**
 * A list edited as text, one item per line (or separated by spaces). The text the reader typed is
 * kept while it still means the same list, so a new empty line does not vanish under the cursor.
 */
export function ListField({
  path,
  spaces,
  optional,
  placeholder,
  format = String,
  parseItem = (l: string) => l,
}: {
  path: string;
  spaces?: boolean;
  optional?: boolean;
  placeholder?: string;
  format?: (item: never) => string;
  parseItem?: (line: string) => unknown;
}) {
  const { draft, set } = useForm();
  const value = getAt(draft, path);
  const lines = Array.isArray(value) ? value.map((x) => format(x as never)) : [];
  const split = spaces ? splitSpaces : splitLines;
  const joined = lines.join(spaces ? ' ' : '\n');
  const [raw, setRaw] = useState(joined);
  useEffect(() => {
    if (split(raw).join('\n') !== lines.join('\n')) setRaw(joined);
  }, [joined]);
  return (
    <Field path={path}>
      {(a) => {
        const onInput = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
          const s = e.currentTarget.value;
          setRaw(s);
          const list = split(s).map(parseItem);
          set(path, list.length === 0 && optional ? undefined : list);
        };
        return spaces ? (
          <input {...a} type="text" autoComplete="off" spellcheck={false} placeholder={placeholder} value={raw} onInput={onInput} />
        ) : (
          <textarea
            {...a}
            rows={Math.min(6, Math.max(2, lines.length + 1))}
            autoComplete="off"
            spellcheck={false}
            placeholder={placeholder}
            value={raw}
            onInput={onInput}
          />
        );
      }}
    </Field>
  );
}

export function SelectField({
  path,
  label,
  options,
  optional,
}: {
  path: string;
  label?: StringKey;
  options: ReadonlyArray<readonly [string, string]>;
  optional?: boolean;
}) {
  const { draft, set, t } = useForm();
  const v = getAt(draft, path);
  return (
    <Field path={path} label={label}>
      {(a) => (
        <select
          {...a}
          value={v === undefined ? '' : String(v)}
          onChange={(e) => set(path, e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
        >
          {optional && <option value="">{t('unset')}</option>}
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckField({ path }: { path: string }) {
  const { draft, set, t } = useForm();
  const id = fieldId(path);
  return (
    <div class="field check">
      <input
        id={id}
        type="checkbox"
        checked={getAt(draft, path) === true}
        aria-describedby={`${id}-help ${id}-err`}
        onChange={(e) => set(path, e.currentTarget.checked)}
      />
      <label for={id}>
        {t(path as StringKey)} <Changed path={path} />
      </label>
      <p id={`${id}-help`} class="help">
        {t(`${path}.help` as StringKey)}
      </p>
      <Errors path={path} id={id} />
    </div>
  );
}

/** Radio buttons in a fieldset (the legend is the visible label). */
export function RadioField({
  path,
  label,
  options,
  onPick,
}: {
  path: string;
  label?: StringKey;
  options: ReadonlyArray<readonly [string, string]>;
  onPick?: (value: string) => void;
}) {
  const { draft, set, t, issues } = useForm();
  const id = fieldId(path);
  const key = (label ?? path) as StringKey;
  const v = getAt(draft, path);
  return (
    <fieldset class={`field radios${(issues.get(path)?.length ?? 0) > 0 ? ' has-error' : ''}`} aria-describedby={`${id}-help ${id}-err`}>
      <legend>
        {t(key)} <Changed path={path} />
      </legend>
      {options.map(([value, text], i) => (
        <label key={value} class="radio">
          <input
            type="radio"
            id={i === 0 ? id : undefined}
            name={id}
            value={value}
            checked={v === value}
            onChange={() => (onPick ? onPick(value) : set(path, value))}
          />{' '}
          {text}
        </label>
      ))}
      <p id={`${id}-help`} class="help">
        {t(`${key}.help` as StringKey)}
      </p>
      <Errors path={path} id={id} />
    </fieldset>
  );
}
