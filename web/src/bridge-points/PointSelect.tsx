/**
 * Choosing one bridge point. A plan of up to 500 points carries them all: a plain select of
 * them. A national conference's plan carries none (16,242 in 2023): a search box whose words
 * (with or without diacritics) are looked up in GET …/bridge-points, 20 at a time, as a
 * combobox (arrow keys, Enter, Escape) that shows the chosen point's name when not typing.
 * `action`: only the points where the caller may do it (as the server will check anyway).
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../src/domain/conference.schema.js';
import type { LocalizedMessage } from '../../../src/domain/errors.js';
import { listBridgePoints, pointSummaryOf, pointsInline, type PagedPoint } from '../api/bridge-points.js';
import { permissionsOf } from '../auth/permissions.js';
import { SelectField } from '../components/fields.js';
import { localized } from '../i18n/index.js';
import { rememberPointNames, usePointNames } from './point-names.js';

export interface PointSelectProps {
  conference: Conference;
  label: string;
  /** The chosen point's id; '' for none (or "every point" where emptyLabel says so). */
  value: string;
  onChange: (pointId: string) => void;
  /** The label of the '' choice ("Chọn điểm cầu", "Tất cả điểm cầu"); without it there is none. */
  emptyLabel?: string;
  /** Only points where the caller may do this. */
  action?: string;
  /** Only points for which this holds (e.g. not the host). */
  filter?: (point: { id: string; isHost: boolean }) => boolean;
  error?: LocalizedMessage | undefined;
  hint?: ReactNode;
  required?: boolean;
  hideLabel?: boolean;
  className?: string;
}

const RESULTS = 20;

export function PointSelect(props: PointSelectProps) {
  if (pointsInline(props.conference)) return <InlinePointSelect {...props} />;
  return <SearchedPointSelect {...props} />;
}

function InlinePointSelect(props: PointSelectProps) {
  const p = permissionsOf(props.conference);
  const points = props.conference.bridgePoints.filter(
    (point) => (!props.action || p.canPoint(point.id, props.action)) && (!props.filter || props.filter(point)),
  );
  return (
    <SelectField
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      hint={props.hint}
      required={props.required}
      hideLabel={props.hideLabel}
      className={props.className}
      options={[
        ...(props.emptyLabel !== undefined ? [{ value: '', label: props.emptyLabel }] : []),
        ...points.map((point) => ({ value: point.id, label: point.name })),
      ]}
    />
  );
}

function SearchedPointSelect(props: PointSelectProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const { conference } = props;
  const nameOf = usePointNames(conference, [props.value]);
  const [text, setText] = useState<string | null>(null); // null: not typing, the chosen name shows
  const [results, setResults] = useState<PagedPoint[] | null>(null);
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const request = useRef(0);

  const open = text !== null;
  useEffect(() => {
    if (text === null) return;
    const asked = ++request.current;
    const timer = setTimeout(() => {
      listBridgePoints(conference.id, { q: text, limit: RESULTS })
        .then((page) => {
          if (asked !== request.current) return;
          rememberPointNames(conference.id, page.items);
          setResults(page.items);
          setFailed(false);
          setActive(-1);
        })
        .catch(() => asked === request.current && setFailed(true));
    }, 200);
    return () => clearTimeout(timer);
  }, [text, conference.id]);

  const choices: { id: string; name: string }[] = [
    ...(props.emptyLabel !== undefined ? [{ id: '', name: props.emptyLabel }] : []),
    ...(results ?? [])
      .filter((point) => (!props.action || point.allowedActions.includes(props.action)) && (!props.filter || props.filter(point)))
      .map((point) => ({ id: point.id, name: point.name })),
  ];
  const choose = (pointId: string) => {
    props.onChange(pointId);
    setText(null);
    setResults(null);
  };
  const shown = text ?? (props.value ? (nameOf(props.value) ?? t('pointSelect.loadingName')) : (props.emptyLabel ?? ''));
  const total = pointSummaryOf(conference)?.points ?? 0;
  const describedBy = props.error ? `${id}-error` : `${id}-hint`;

  return (
    <div className={`field point-select ${props.error ? 'has-error' : ''} ${props.className ?? ''}`}>
      <label htmlFor={id} className={props.hideLabel ? 'sr-only' : undefined}>
        {props.label}
        {props.required && <span className="required"> *</span>}
      </label>
      <div className="point-select-box">
        <input
          id={id}
          type="search"
          role="combobox"
          autoComplete="off"
          aria-expanded={open && results !== null}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${id}-option-${active}` : undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          placeholder={t('pointSelect.placeholder')}
          value={shown}
          onFocus={(event) => {
            if (text === null) {
              setText('');
              event.currentTarget.select();
            }
          }}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => setTimeout(() => setText(null), 150)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (choices.length === 0) return;
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current) => (current + step + choices.length) % choices.length);
            } else if (event.key === 'Enter' && open) {
              event.preventDefault();
              const choice = choices[active] ?? (choices.length === 1 ? choices[0] : undefined);
              if (choice) choose(choice.id);
            } else if (event.key === 'Escape') {
              setText(null);
              setResults(null);
            }
          }}
        />
        {open && results !== null && (
          <ul id={listId} role="listbox" className="point-select-list" aria-label={props.label}>
            {choices.map((choice, index) => (
              <li
                key={choice.id || 'none'}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={choice.id === props.value}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault(); // keep the focus: the blur would close the list first
                  choose(choice.id);
                }}
              >
                {choice.name}
              </li>
            ))}
            {choices.length === (props.emptyLabel !== undefined ? 1 : 0) && <li className="muted">{t('pointSelect.none')}</li>}
          </ul>
        )}
      </div>
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {localized(props.error, i18n.language)}
        </p>
      ) : (
        <p className="hint" id={`${id}-hint`}>
          {props.hint ?? (failed ? t('pointSelect.failed') : t('pointSelect.hint', { n: total.toLocaleString('vi-VN') }))}
        </p>
      )}
    </div>
  );
}
