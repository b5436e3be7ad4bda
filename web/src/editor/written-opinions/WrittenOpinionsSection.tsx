/**
 * Phiếu lấy ý kiến (issue 16): the chair and the secretariat make a written opinion form (a
 * vote's question, or questions of its own) for the members who were not at the vote, send it,
 * follow who answered (a refresh button), remind, close it and, once the vote is closed too,
 * merge its answers into the vote's result after an explicit confirmation.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listDelegates, type PresentedDelegate } from '../../api/delegates.js';
import { Banner } from '../../components/Banner.js';
import { listVotes, type Vote } from '../../votes/votes-api.js';
import '../../votes/votes-i18n.js';
import { listForms, type WrittenOpinionForm } from '../../written-opinions/written-opinions-api.js';
import '../../written-opinions/written-opinions-i18n.js';
import '../../written-opinions/written-opinions.css';
import { useEditor } from '../context.js';
import { CreateFormPanel } from './CreateFormPanel.js';
import { FormCard } from './FormCard.js';

const DELEGATE_PAGE = 1000;

/** Every delegate of the conference, a page at a time. */
const allDelegates = async (conferenceId: string): Promise<PresentedDelegate[]> => {
  const items: PresentedDelegate[] = [];
  for (let offset = 0; ; offset += DELEGATE_PAGE) {
    const page = await listDelegates(conferenceId, { offset, limit: DELEGATE_PAGE });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
};

export default function WrittenOpinionsSection() {
  const { t } = useTranslation();
  const { conference, showError } = useEditor();
  const [forms, setForms] = useState<WrittenOpinionForm[] | null>(null);
  const [votes, setVotes] = useState<Vote[]>([]);
  const [manage, setManage] = useState<boolean | null>(null);
  const [delegates, setDelegates] = useState<PresentedDelegate[]>([]);
  const [generation, setGeneration] = useState(0);

  const refresh = useCallback(async () => {
    try {
      const listed = await listVotes(conference.id);
      setManage(listed.access.manageForms);
      setVotes(listed.items);
      if (!listed.access.manageForms) return;
      const [f, d] = await Promise.all([listForms(conference.id), allDelegates(conference.id)]);
      setForms(f);
      setDelegates(d);
      setGeneration((n) => n + 1);
    } catch (error) {
      showError(error);
    }
  }, [conference.id, showError]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const replace = (form: WrittenOpinionForm) => setForms((current) => current?.map((f) => (f.id === form.id ? form : f)) ?? null);

  return (
    <section className="written-opinions" aria-labelledby="written-opinions-title">
      <h2 id="written-opinions-title">{t('sections.written-opinions')}</h2>
      <p className="intro">{t('writtenOpinions.section.intro')}</p>
      {manage === false && <Banner kind="info">{t('writtenOpinions.section.notAllowed')}</Banner>}
      {manage && (
        <>
          <div className="form-actions">
            <button type="button" className="secondary" onClick={() => void refresh()}>
              {t('writtenOpinions.section.refresh')}
            </button>
          </div>
          {forms?.length === 0 && <p>{t('writtenOpinions.section.none')}</p>}
          {forms?.map((form) => (
            <FormCard
              key={form.id}
              form={form}
              vote={votes.find((vote) => vote.id === form.voteId) ?? null}
              generation={generation}
              onChange={(next) => {
                replace(next);
                void refresh();
              }}
            />
          ))}
          <CreateFormPanel votes={votes} delegates={delegates} onCreated={(form) => setForms((current) => [...(current ?? []), form])} />
        </>
      )}
    </section>
  );
}
