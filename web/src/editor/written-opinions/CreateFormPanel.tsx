/**
 * Making a written opinion form: its title, what it asks (a vote's question, or questions of
 * its own), the deadline and the members asked (by default the delegates not checked in as
 * present; each with their e-mail, or a warning that the form cannot reach them by mail).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresentedDelegate } from '../../api/delegates.js';
import { Banner } from '../../components/Banner.js';
import type { Vote } from '../../votes/votes-api.js';
import { createForm, type FormCreate, type WrittenOpinionForm } from '../../written-opinions/written-opinions-api.js';
import { useEditor } from '../context.js';
import { usePointNames } from '../../bridge-points/point-names.js';

const OWN = '';

export const CreateFormPanel = (props: {
  votes: Vote[];
  delegates: PresentedDelegate[];
  onCreated: (form: WrittenOpinionForm) => void;
}) => {
  const { t } = useTranslation();
  const { conference, permissions, showError } = useEditor();
  const [title, setTitle] = useState('');
  const [voteId, setVoteId] = useState(OWN);
  const [questions, setQuestions] = useState<string[]>(['']);
  const [secret, setSecret] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState(false);
  // Only a vote of the delegates asks members one by one (a vote per bridge point does not).
  const votes = props.votes.filter((vote) => vote.electorate === 'delegates' && vote.state !== 'draft');
  const pointName = usePointNames(
    conference,
    props.delegates.map((delegate) => delegate.bridgePointId),
  );

  // By default: the delegates not checked in as present (until the user changes the choice).
  useEffect(() => {
    setChosen(
      (current) =>
        current ??
        (props.delegates.length > 0 ? new Set(props.delegates.filter((d) => d.attendance !== 'present').map((d) => d.id)) : null),
    );
  }, [props.delegates]);
  const selected = chosen ?? new Set<string>();
  // A caller who may not read a delegate's contacts gets them blank: not known to be missing.
  const contactShown = (d: PresentedDelegate) => permissions.canPoint(d.bridgePointId, 'delegate.read_contact');
  const withoutEmail = props.delegates.filter((d) => selected.has(d.id) && contactShown(d) && !d.email).length;

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current ?? []);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setCreated(false);
    const body: FormCreate = {
      title,
      deadline,
      delegateIds: props.delegates.filter((d) => selected.has(d.id)).map((d) => d.id),
      ...(voteId === OWN ? { voteId: null, questions: questions.map((question) => ({ question })), secret } : { voteId }),
    };
    try {
      props.onCreated(await createForm(conference.id, body));
      setCreated(true);
      setTitle('');
      setQuestions(['']);
      setDeadline('');
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="create-form panel" aria-labelledby="create-form-title" onSubmit={(event) => void submit(event)}>
      <h3 id="create-form-title">{t('writtenOpinions.section.create.title')}</h3>
      {created && (
        <Banner kind="success" onClose={() => setCreated(false)}>
          <p>{t('writtenOpinions.section.create.created')}</p>
        </Banner>
      )}
      <label>
        {t('writtenOpinions.section.create.formTitle')}
        <input required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('writtenOpinions.section.create.source')}
        <select value={voteId} onChange={(e) => setVoteId(e.target.value)}>
          <option value={OWN}>{t('writtenOpinions.section.create.ownQuestions')}</option>
          {votes.map((vote) => (
            <option key={vote.id} value={vote.id}>
              {t('writtenOpinions.section.create.fromVote', { question: vote.question, state: t(`votes.state.${vote.state}`) })}
            </option>
          ))}
        </select>
      </label>
      {voteId === OWN ? (
        <>
          {questions.map((question, index) => (
            <div className="question-row" key={index}>
              <label>
                {t('writtenOpinions.section.create.question', { number: index + 1 })}
                <input
                  required
                  maxLength={1000}
                  value={question}
                  onChange={(e) => setQuestions((current) => current.map((q, i) => (i === index ? e.target.value : q)))}
                />
              </label>
              {questions.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setQuestions((current) => current.filter((_, i) => i !== index))}
                >
                  {t('writtenOpinions.section.create.removeQuestion')}
                </button>
              )}
            </div>
          ))}
          <div>
            <button type="button" className="secondary" onClick={() => setQuestions((current) => [...current, ''])}>
              {t('writtenOpinions.section.create.addQuestion')}
            </button>
          </div>
          <p className="muted">{t('writtenOpinions.section.create.defaultOptions')}</p>
          <label className="checkbox">
            <input type="checkbox" checked={secret} onChange={(e) => setSecret(e.target.checked)} />
            {t('writtenOpinions.section.create.secret')}
          </label>
        </>
      ) : null}
      <label>
        {t('writtenOpinions.section.create.deadline')}
        <input type="datetime-local" required value={deadline} onChange={(e) => setDeadline(e.target.value.slice(0, 16))} />
      </label>
      <fieldset>
        <legend>{t('writtenOpinions.section.create.members')}</legend>
        <p className="muted">{t('writtenOpinions.section.create.membersHint')}</p>
        {withoutEmail > 0 && <Banner kind="warning">{t('writtenOpinions.section.create.noEmailCount', { count: withoutEmail })}</Banner>}
        <div className="member-pick" data-testid="form-members">
          {props.delegates.map((delegate) => (
            <label key={delegate.id}>
              <input type="checkbox" checked={selected.has(delegate.id)} onChange={() => toggle(delegate.id)} />
              <span>
                <strong>{delegate.fullName}</strong> · {pointName(delegate.bridgePointId) ?? ''} ·{' '}
                {t(`writtenOpinions.section.create.attendance.${delegate.attendance}`)} ·{' '}
                {delegate.email ||
                  (!contactShown(delegate) ? (
                    <span className="muted">{t('writtenOpinions.section.create.emailHidden')}</span>
                  ) : (
                    <span className={selected.has(delegate.id) ? 'missing-email' : 'muted'}>
                      {t('writtenOpinions.section.create.noEmail')}
                    </span>
                  ))}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <button type="submit" className="primary" disabled={saving || selected.size === 0}>
          {t('writtenOpinions.section.create.submit')}
        </button>
      </div>
    </form>
  );
};
