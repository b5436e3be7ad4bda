/**
 * Opening a draft for comments: the draft (a conference document), its title, the drafting
 * agency, the deadline, and the bodies asked, chosen from the plan's bridge points and
 * participant groups, each with the address its request goes to. A national conference's plan
 * carries no points: they are found by search and added one by one, with their operator's e-mail.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conference } from '../../../../src/domain/conference.schema.js';
import { listBridgePoints, pointsInline, type PagedPoint } from '../../api/bridge-points.js';
import { PointSelect } from '../../bridge-points/PointSelect.js';
import { Banner } from '../../components/Banner.js';
import { SelectField, TextField } from '../../components/fields.js';
import { listDrafts, openConsultation, type ConsultedBodyInput } from '../../consultations/consultations-api.js';

interface Candidate extends ConsultedBodyInput {
  key: string;
}

const pointCandidate = (point: Pick<PagedPoint, 'id' | 'name' | 'operatorEmail'>): Candidate => ({
  key: `p:${point.id}`,
  name: point.name,
  bridgePointId: point.id,
  participantGroupId: null,
  email: point.operatorEmail,
});

const candidatesOf = (conference: Conference): Candidate[] => [
  ...conference.bridgePoints.filter((point) => !point.isHost).map(pointCandidate),
  ...conference.participantGroups.map((group) => ({
    key: `g:${group.id}`,
    name: group.organisation || group.text,
    bridgePointId: null,
    participantGroupId: group.id,
    email: '',
  })),
];

export const OpenConsultationForm = (props: {
  conference: Conference;
  onOpened: (queued: number) => void;
  showError: (e: unknown) => void;
}) => {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<{ id: string; title: string; kind: string }[] | null>(null);
  const [documentId, setDocumentId] = useState('');
  const [title, setTitle] = useState('');
  const [agency, setAgency] = useState('');
  const [deadline, setDeadline] = useState('');
  const [chosen, setChosen] = useState<Record<string, Candidate>>({});
  const [busy, setBusy] = useState(false);
  const inline = pointsInline(props.conference);
  // The plan's points and groups, then the points found by search (a national conference).
  const listed = candidatesOf(props.conference);
  const candidates = [...listed, ...Object.values(chosen).filter((c) => !listed.some((l) => l.key === c.key))];

  useEffect(() => {
    listDrafts(props.conference.id)
      .then((items) => {
        setDrafts(items);
        const draft = items.find((item) => item.kind === 'draft') ?? items[0];
        if (draft) setDocumentId(draft.id);
      })
      .catch(() => setDrafts([]));
  }, [props.conference.id]);

  const toggle = (candidate: Candidate, on: boolean) =>
    setChosen((current) => {
      const next = { ...current };
      if (on) next[candidate.key] = candidate;
      else delete next[candidate.key];
      return next;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const bodies = candidates.filter((c) => chosen[c.key]).map(({ key, ...body }) => ({ ...body, email: chosen[key]!.email.trim() }));
      const result = await openConsultation(props.conference.id, { documentId, title, draftingAgency: agency, deadline, bodies });
      setChosen({});
      props.onOpened(result.queued);
    } catch (error) {
      props.showError(error);
    } finally {
      setBusy(false);
    }
  };

  if (drafts && drafts.length === 0)
    return (
      <Banner kind="info">
        <p>{t('consultations.open.noDocument')}</p>
      </Banner>
    );
  const group = (kind: 'p' | 'g') => candidates.filter((c) => c.key.startsWith(`${kind}:`));
  /** A point found by search: its operator's e-mail comes with the point itself. */
  const addPoint = (pointId: string) =>
    listBridgePoints(props.conference.id, { ids: [pointId], limit: 1 })
      .then((page) => page.items.forEach((point) => toggle(pointCandidate(point), true)))
      .catch(props.showError);
  return (
    <form className="panel consultation-open" onSubmit={(event) => void submit(event)} aria-label={t('consultations.open.title')}>
      <h3>{t('consultations.open.title')}</h3>
      <SelectField
        label={t('consultations.open.document')}
        value={documentId}
        onChange={setDocumentId}
        options={(drafts ?? []).map((d) => ({ value: d.id, label: d.title }))}
      />
      <TextField
        label={t('consultations.open.subject')}
        value={title}
        onChange={setTitle}
        placeholder={t('consultations.open.subjectPlaceholder')}
        required
        maxLength={1000}
      />
      <TextField label={t('consultations.open.agency')} value={agency} onChange={setAgency} required maxLength={300} />
      <TextField label={t('consultations.open.deadline')} type="date" value={deadline} onChange={setDeadline} required />
      <fieldset className="body-choice">
        <legend>{t('consultations.open.bodies')}</legend>
        {(['p', 'g'] as const).map((kind) =>
          group(kind).length === 0 && (kind === 'g' || inline) ? null : (
            <div key={kind} className="body-group">
              <h4>{t(kind === 'p' ? 'consultations.open.points' : 'consultations.open.groups')}</h4>
              {kind === 'p' && !inline && (
                <PointSelect
                  conference={props.conference}
                  label={t('pointSelect.add')}
                  value=""
                  onChange={(id) => id && void addPoint(id)}
                  filter={(point) => !point.isHost}
                />
              )}
              {group(kind).map((candidate) => (
                <div key={candidate.key} className="body-row">
                  <label>
                    <input type="checkbox" checked={Boolean(chosen[candidate.key])} onChange={(e) => toggle(candidate, e.target.checked)} />{' '}
                    {candidate.name}
                  </label>
                  {chosen[candidate.key] && (
                    <input
                      type="email"
                      aria-label={`${t('consultations.open.email')}: ${candidate.name}`}
                      value={chosen[candidate.key]!.email}
                      onChange={(e) => setChosen((current) => ({ ...current, [candidate.key]: { ...candidate, email: e.target.value } }))}
                    />
                  )}
                </div>
              ))}
            </div>
          ),
        )}
      </fieldset>
      <button type="submit" className="primary" disabled={busy || Object.keys(chosen).length === 0 || !documentId}>
        {t('consultations.open.submit')}
      </button>
    </form>
  );
};
