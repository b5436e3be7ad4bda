/**
 * A vote's result: passed or not under its rule (stated), the counts and percentages of the
 * members entitled, and each hall (how it was counted). Shown on the consoles, the phones and,
 * large, on the big screens.
 */
import { useTranslation } from 'react-i18next';
import { localized } from '../i18n/index.js';
import type { Vote } from './votes-api.js';
import './votes-i18n.js';

/** Rows of halls the big screen has room for. */
const LARGE_HALLS = 6;

const percent = (value: number | null, language: string) =>
  value === null ? '—' : `${value.toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 })}%`;

export function VoteResultView({ vote, halls = true, size = 'normal' }: { vote: Vote; halls?: boolean; size?: 'normal' | 'large' }) {
  const { t, i18n } = useTranslation();
  const result = vote.result;
  if (!result) return null;
  const closed = vote.state === 'closed';
  // Halls with no member and no vote say nothing; the big screen has room for a few rows only.
  const counted = result.halls.filter((hall) => hall.entitled > 0 || hall.cast > 0);
  const shownHalls = size === 'large' ? counted.slice(0, LARGE_HALLS) : counted;
  return (
    <section className={`vote-result vote-result-${size}`} data-testid="vote-result" data-vote-id={vote.id} data-state={vote.state}>
      <header className="vote-result-head">
        <p className="vote-kicker">{closed ? t('votes.result') : t('votes.state.open')}</p>
        <h2 className="vote-question">{vote.question}</h2>
        {vote.itemLabel && <p className="muted">{vote.itemLabel}</p>}
        {closed && (
          <p className={result.majority.passed ? 'vote-verdict passed' : 'vote-verdict not-passed'} data-testid="vote-verdict">
            {result.majority.passed ? t('votes.passed') : t('votes.notPassed')}
          </p>
        )}
      </header>
      <table className="vote-table" data-testid="vote-options">
        <thead>
          <tr>
            <th scope="col">{t('votes.option')}</th>
            <th scope="col">{t('votes.count')}</th>
            <th scope="col">{t('votes.percent')}</th>
          </tr>
        </thead>
        <tbody>
          {result.options.map((option) => (
            <tr key={option.label}>
              <th scope="row">{option.label}</th>
              <td>{option.count}</td>
              <td>{percent(option.percentOfEntitled, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="vote-totals">{t('votes.totals', { entitled: result.entitled, present: result.present, cast: result.cast })}</p>
      <p className="vote-rule" data-testid="vote-rule">
        {t('votes.rule', { rule: localized(result.majority.text, i18n.language), required: result.majority.required })}
      </p>
      <p className="vote-rule" data-testid="vote-quorum-rule">
        {result.quorum
          ? t('votes.quorumRule', { rule: localized(result.quorum.text, i18n.language), required: result.quorum.required })
          : t('votes.noQuorum')}
      </p>
      {halls && (
        <table className="vote-table vote-halls" data-testid="vote-halls">
          <thead>
            <tr>
              <th scope="col">{t('votes.hall')}</th>
              <th scope="col">{t('votes.entitled')}</th>
              <th scope="col">{t('votes.present')}</th>
              {vote.options.map((label) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownHalls.map((hall) => (
              <tr key={hall.bridgePointId} data-hall={hall.bridgePointId}>
                <th scope="row">
                  {hall.name}
                  {hall.method === 'show_of_hands' && <span className="vote-method"> ({t('votes.method.show_of_hands')})</span>}
                </th>
                <td>{hall.entitled}</td>
                <td>{hall.present}</td>
                {hall.counts.map((count, index) => (
                  <td key={index}>{count}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {halls && counted.length > shownHalls.length && (
        <p className="muted">{t('votes.moreHalls', { count: counted.length - shownHalls.length })}</p>
      )}
    </section>
  );
}
