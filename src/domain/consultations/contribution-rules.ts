/**
 * Written contributions (tham luận): each agenda slot with a presenter has one to submit
 * before a deadline. The secretariat then decides whether it is read at the meeting or only
 * filed with the documents. Pure and browser-safe.
 */
import type { AgendaItem } from '../conference.schema.js';
import { DomainError } from '../errors.js';
import { foldForSearch } from '../text.js';

/** not_submitted → submitted → to_read (accepted for reading) | filed (only filed). */
export const CONTRIBUTION_STATUSES = ['not_submitted', 'submitted', 'to_read', 'filed'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];
/** The secretariat's decision on a submitted contribution. */
export const CONTRIBUTION_DECISIONS = ['to_read', 'filed'] as const;
export type ContributionDecision = (typeof CONTRIBUTION_DECISIONS)[number];

export const CONTRIBUTION_STATUS_LABELS: Record<ContributionStatus, { vi: string; en: string }> = {
  not_submitted: { vi: 'Chưa gửi', en: 'Not submitted' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  to_read: { vi: 'Được trình bày tại hội nghị', en: 'To be read at the meeting' },
  filed: { vi: 'Chỉ lưu vào tài liệu', en: 'Filed only' },
};

/** A slot has a contribution when it has a presenter and is a plain item (not a break, remarks or the conclusion). */
export const hasPresenter = (item: Pick<AgendaItem, 'kind' | 'presenterOrganisation' | 'presenterPerson'>): boolean =>
  item.kind === 'item' && (item.presenterOrganisation.trim() !== '' || item.presenterPerson.trim() !== '');

/**
 * The slots that take a contribution: the sub-rows under a parent item (item 5's eight
 * speakers) and the top-level items without sub-rows, each with a presenter.
 */
export const contributionSlots = <T extends Pick<AgendaItem, 'id' | 'parentId' | 'kind' | 'presenterOrganisation' | 'presenterPerson'>>(
  items: readonly T[],
): T[] => items.filter((item) => hasPresenter(item) && (item.parentId !== null || !items.some((other) => other.parentId === item.id)));

/** The presenter as the programme prints it: the organisation, or the person. */
export const presenterName = (item: Pick<AgendaItem, 'presenterOrganisation' | 'presenterPerson'>): string =>
  [item.presenterOrganisation.trim(), item.presenterPerson.trim()].filter(Boolean).join(' – ');

/** Late: nothing submitted and the deadline day has passed. */
export const isContributionOverdue = (status: ContributionStatus, deadline: string | null, today: string): boolean =>
  status === 'not_submitted' && deadline !== null && today > deadline;

/** A submission (or a new version of it) puts the contribution back to `submitted`: the decision is taken again. */
export const afterSubmission = (): ContributionStatus => 'submitted';

export const decisionRefused = (status: ContributionStatus): DomainError =>
  new DomainError(409, 'contribution.not_submitted', {
    vi: `Tham luận chưa được gửi (trạng thái: ${CONTRIBUTION_STATUS_LABELS[status].vi}); chỉ quyết định trình bày hay lưu sau khi đã nhận.`,
    en: `The contribution has not been submitted (${CONTRIBUTION_STATUS_LABELS[status].en}); decide to read or file it once received.`,
  });

/** The status after the secretariat's decision; 409 when nothing has been submitted. */
export const afterDecision = (status: ContributionStatus, decision: ContributionDecision): ContributionStatus => {
  if (status === 'not_submitted') throw decisionRefused(status);
  return decision;
};

/** Which contributions join the document pack: every one received (read or filed). */
export const joinsDocumentPack = (status: ContributionStatus): boolean => status !== 'not_submitted';

const withoutCommittee = (name: string): string =>
  foldForSearch(name)
    .replace(/^(ubnd|uy ban nhan dan)\s+/, '')
    .trim();

/**
 * The bridge point a presenter is: "UBND huyện Châu Thành" is the point "UBND huyện Châu
 * Thành", "Thành phố Cao Lãnh" the point "UBND thành phố Cao Lãnh" (never "huyện Cao Lãnh").
 * Null when no point or more than one has that name.
 */
export const presenterPoint = (presenter: string, points: readonly { id: string; name: string }[]): string | null =>
  presenterPointFinder(points)(presenter);

/**
 * presenterPoint for many presenters against the same points: each name folded once (a
 * national plan has 16,242 points and a programme a dozen presenters).
 */
export const presenterPointFinder = (points: readonly { id: string; name: string }[]): ((presenter: string) => string | null) => {
  const byName = new Map<string, string[]>();
  for (const point of points) {
    const name = withoutCommittee(point.name);
    const ids = byName.get(name);
    if (ids) ids.push(point.id);
    else byName.set(name, [point.id]);
  }
  return (presenter) => {
    const wanted = withoutCommittee(presenter);
    const found = wanted ? byName.get(wanted) : undefined;
    return found?.length === 1 ? found[0]! : null;
  };
};
