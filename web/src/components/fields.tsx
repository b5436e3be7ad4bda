/**
 * Labelled inputs. Every input has a visible (or screen-reader) label, and a server
 * problem for the field is shown under it in the language on screen.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import { localized } from '../i18n/index.js';

export type FieldErrors = Record<string, LocalizedMessage>;

interface BaseProps {
  label: string;
  error?: LocalizedMessage | undefined;
  hint?: ReactNode;
  /** Label kept for screen readers only, for inputs inside a table with column headers. */
  hideLabel?: boolean;
  className?: string;
  required?: boolean;
}

const Frame = (props: BaseProps & { id: string; children: ReactNode; after?: ReactNode }) => {
  const { i18n, t } = useTranslation();
  return (
    <div className={`field ${props.error ? 'has-error' : ''} ${props.className ?? ''}`}>
      <label htmlFor={props.id} className={props.hideLabel ? 'sr-only' : undefined}>
        {props.label}
        {props.required && (
          <span className="required" title={t('common.required')}>
            {' '}
            *
          </span>
        )}
      </label>
      {props.children}
      {props.after}
      {props.hint && !props.error && (
        <p className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p className="field-error" id={`${props.id}-error`} role="alert">
          {localized(props.error, i18n.language)}
        </p>
      )}
    </div>
  );
};

const describedBy = (id: string, props: BaseProps) => (props.error ? `${id}-error` : props.hint ? `${id}-hint` : undefined);

const isDateType = (type: string | undefined) => type === 'date' || type === 'datetime-local' || type === 'month' || type === 'time';
/**
 * Date inputs lay out dd/mm/yyyy from their `lang` where the browser lets the page decide,
 * and only from the lang they had when their type was set: React sets `lang` before `type`,
 * and the key remounts the input when the language on screen changes.
 */

export const TextField = (
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    multiline?: boolean;
    rows?: number;
    type?: 'text' | 'datetime-local' | 'date' | 'month' | 'time' | 'email' | 'tel' | 'search' | 'password';
    inputMode?: 'numeric' | 'text';
    placeholder?: string;
    after?: ReactNode;
    maxLength?: number;
    autoComplete?: string;
  },
) => {
  const id = useId();
  const { i18n } = useTranslation();
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    maxLength: props.maxLength,
    autoComplete: props.autoComplete,
    'aria-invalid': props.error ? true : undefined,
    'aria-required': props.required || undefined,
    'aria-describedby': describedBy(id, props),
  };
  return (
    <Frame {...props} id={id} after={props.after}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          key={isDateType(props.type) ? i18n.language : undefined}
          lang={isDateType(props.type) ? i18n.language : undefined}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Frame>
  );
};

/** A whole number or blank (null). */
export const NumberField = (
  props: BaseProps & { value: number | null; onChange: (value: number | null) => void; min?: number; max?: number },
) => {
  const id = useId();
  return (
    <Frame {...props} id={id}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value ?? ''}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => {
          const raw = e.target.value.trim();
          props.onChange(raw === '' ? null : Number(raw));
        }}
      />
    </Frame>
  );
};

export const SelectField = <V extends string>(
  props: BaseProps & { value: V; onChange: (value: V) => void; options: readonly { value: V; label: string }[] },
) => {
  const id = useId();
  return (
    <Frame {...props} id={id}>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value as V)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
};

export const CheckboxField = (props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: LocalizedMessage | undefined;
  name?: string;
}) => {
  const id = useId();
  const { i18n } = useTranslation();
  return (
    <div className={`field checkbox ${props.error ? 'has-error' : ''}`}>
      <input id={id} type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
      {props.error && <p className="field-error">{localized(props.error, i18n.language)}</p>}
    </div>
  );
};
