/** The result of a closed form (per question) and its merge with the meeting's vote (each option: the meeting, the forms, the total). */
import { useTranslation } from 'react-i18next';
import type { FormResult, MergedResult } from '../../../../src/domain/votes/written-opinion.schema.js';
import { localized } from '../../i18n/index.js';

const percent = (value: number | null) => (value === null ? '—' : `${value.toLocaleString('vi-VN')}%`);

const Outcome = (props: { majority: FormResult['questions'][number]['majority'] }) => {
  const { t, i18n } = useTranslation();
  const { majority } = props;
  return (
    <p>
      {t('writtenOpinions.section.rule', {
        rule: localized(majority.text, i18n.language),
        required: majority.required,
        inFavour: majority.inFavour,
      })}{' '}
      <span className={majority.passed ? 'outcome-passed' : 'outcome-failed'} data-testid="form-outcome">
        {majority.passed ? t('writtenOpinions.section.passed') : t('writtenOpinions.section.notPassed')}
      </span>
    </p>
  );
};

export const FormResultTable = (props: { result: FormResult }) => {
  const { t } = useTranslation();
  return (
    <section aria-label={t('writtenOpinions.section.result')} data-testid="form-result">
      <h4>
        {t('writtenOpinions.section.result')} ({t('writtenOpinions.section.answered', props.result)})
      </h4>
      {props.result.questions.map((question, index) => (
        <div key={index}>
          <p>
            <strong>{question.question}</strong>
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('writtenOpinions.section.option')}</th>
                <th scope="col" className="num">
                  {t('writtenOpinions.section.count')}
                </th>
                <th scope="col" className="num">
                  {t('writtenOpinions.section.percentAsked')}
                </th>
              </tr>
            </thead>
            <tbody>
              {question.options.map((option) => (
                <tr key={option.label}>
                  <th scope="row">{option.label}</th>
                  <td className="num">{option.count}</td>
                  <td className="num">{percent(option.percentOfAsked)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Outcome majority={question.majority} />
        </div>
      ))}
    </section>
  );
};

export const MergedResultTable = (props: { merged: MergedResult; at: string }) => {
  const { t } = useTranslation();
  const { merged } = props;
  return (
    <section aria-label={t('writtenOpinions.section.merged')} data-testid="form-merged">
      <h4>{t('writtenOpinions.section.merged')}</h4>
      <p className="muted">{t('writtenOpinions.section.mergedAt', { at: props.at })}</p>
      <p>
        {t('writtenOpinions.section.mergedTotals', { meeting: merged.fromMeeting, forms: merged.fromForms, entitled: merged.entitled })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('writtenOpinions.section.option')}</th>
            <th scope="col" className="num">
              {t('writtenOpinions.section.fromMeeting')}
            </th>
            <th scope="col" className="num">
              {t('writtenOpinions.section.fromForms')}
            </th>
            <th scope="col" className="num">
              {t('writtenOpinions.section.total')}
            </th>
            <th scope="col" className="num">
              {t('writtenOpinions.section.percentEntitled')}
            </th>
          </tr>
        </thead>
        <tbody>
          {merged.options.map((option) => (
            <tr key={option.label}>
              <th scope="row">{option.label}</th>
              <td className="num">{option.meeting}</td>
              <td className="num">{option.forms}</td>
              <td className="num">{option.count}</td>
              <td className="num">{percent(option.percentOfEntitled)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Outcome majority={merged.majority} />
    </section>
  );
};
