/**
 * Tham luận: the status of the contribution of every agenda slot with a presenter, its
 * deadline and the address reminders go to, reminders, the text once received, and the
 * secretariat's decision: read at the meeting, or only filed with the documents.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openEventStream } from '../../api/attendance.js';
import { Banner } from '../../components/Banner.js';
import {
  configureSlot,
  decideContribution,
  listContributions,
  remindContributions,
  type ContributionView,
} from '../../consultations/consultations-api.js';
import '../../consultations/consultations-i18n.js';
import '../../consultations/consultations.css';
import { useEditor } from '../context.js';

const SlotRow = (props: { slot: ContributionView; manages: boolean; onChange: () => void; showError: (e: unknown) => void }) => {
  const { t, i18n } = useTranslation();
  const { conference } = useEditor();
  const { slot } = props;
  const [deadline, setDeadline] = useState(slot.deadline ?? '');
  const [email, setEmail] = useState(slot.email);
  const [open, setOpen] = useState(false);
  const act = (work: () => Promise<unknown>) => () => void work().then(props.onChange, props.showError);
  const save = act(() =>
    configureSlot(conference.id, slot.agendaItemId, {
      bodyName: slot.bodyName,
      bridgePointId: slot.bridgePointId,
      participantGroupId: slot.participantGroupId,
      email: email.trim(),
      deadline: deadline || null,
    }),
  );
  const received = slot.status !== 'not_submitted';
  return (
    <>
      <tr data-status={slot.status} aria-label={`${slot.number} ${slot.bodyName}`}>
        <td>{slot.number}</td>
        <td>{slot.content}</td>
        <td>{slot.bodyName}</td>
        <td>
          {t(`consultations.contributions.statusLabels.${slot.status}`)}
          {slot.overdue && <span className="badge warning"> {t('consultations.contributions.overdue')}</span>}
        </td>
        <td>
          {props.manages ? (
            <input
              lang={i18n.language}
              type="date"
              aria-label={`${t('consultations.contributions.deadline')}: ${slot.bodyName}`}
              value={deadline}
              onChange={(e) => setDeadline(e.target.value)}
            />
          ) : (
            slot.deadline
          )}
        </td>
        <td>
          {props.manages && (
            <>
              <input
                type="email"
                aria-label={`${t('consultations.contributions.email')}: ${slot.bodyName}`}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
              <button type="button" onClick={save}>
                {t('consultations.contributions.save')}
              </button>
            </>
          )}
        </td>
        <td className="actions">
          {received && (
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {t(open ? 'consultations.contributions.hide' : 'consultations.contributions.view')}
            </button>
          )}
          {received && props.manages && slot.status !== 'to_read' && (
            <button type="button" onClick={act(() => decideContribution(conference.id, slot.agendaItemId, 'to_read'))}>
              {t('consultations.contributions.toRead')}
            </button>
          )}
          {received && props.manages && slot.status !== 'filed' && (
            <button type="button" onClick={act(() => decideContribution(conference.id, slot.agendaItemId, 'filed'))}>
              {t('consultations.contributions.file')}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="contribution-text">
          <td colSpan={7}>
            <strong>{slot.title}</strong>
            <p>{slot.text}</p>
          </td>
        </tr>
      )}
    </>
  );
};

export default function ContributionsSection() {
  const { t } = useTranslation();
  const { conference, permissions: p, showError } = useEditor();
  const [items, setItems] = useState<ContributionView[] | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const manages = p.can('contribution.manage');

  const refresh = useCallback(async () => {
    try {
      setItems(await listContributions(conference.id));
    } catch (error) {
      showError(error);
    }
  }, [conference.id, showError]);
  useEffect(() => {
    void refresh();
    return openEventStream(conference.id, {
      onResync: () => void refresh(),
      onEvent: (event) => {
        if (event.type === 'contribution.changed') void refresh();
      },
      onState: () => undefined,
    });
  }, [conference.id, refresh]);

  const remindAll = async () => {
    try {
      const result = await remindContributions(conference.id);
      const noEmail = result.skipped.filter((s) => s.reason === 'no_email').length;
      setNote(
        [
          t('consultations.remindedCount', { count: result.queued }),
          noEmail ? t('consultations.noEmailSkipped', { count: noEmail }) : '',
        ].join(' '),
      );
      await refresh();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <section className="contributions" aria-labelledby="contributions-title">
      <h2 id="contributions-title">{t('sections.contributions')}</h2>
      <p className="intro">{t('consultations.contributions.intro')}</p>
      {note && (
        <Banner kind="info" onClose={() => setNote(null)}>
          <p>{note}</p>
        </Banner>
      )}
      {items?.length === 0 && <p>{t('consultations.contributions.none')}</p>}
      {items && items.length > 0 && (
        <div className="table-scroll">
          <table className="contributions-table">
            <thead>
              <tr>
                <th scope="col">STT</th>
                <th scope="col">{t('consultations.contributions.slot')}</th>
                <th scope="col">{t('consultations.contributions.presenter')}</th>
                <th scope="col">{t('consultations.contributions.status')}</th>
                <th scope="col">{t('consultations.contributions.deadline')}</th>
                <th scope="col">{manages ? t('consultations.contributions.email') : ''}</th>
                <th scope="col">
                  <span className="sr-only">{t('consultations.contributions.view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((slot) => (
                <SlotRow key={slot.agendaItemId} slot={slot} manages={manages} onChange={() => void refresh()} showError={showError} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manages && items?.some((slot) => slot.status === 'not_submitted') && (
        <button type="button" onClick={() => void remindAll()}>
          {t('consultations.contributions.remindAll')}
        </button>
      )}
    </section>
  );
}
