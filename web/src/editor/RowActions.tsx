import { useTranslation } from 'react-i18next';

/** Move up, move down and remove for a row of an editable list; the label names the row. */
export const RowActions = (props: {
  index: number;
  count: number;
  name: string;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  /** Hide the move buttons (no right to reorder). */
  canMove?: boolean;
  /** Hide the remove button (no right to delete). */
  canRemove?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      {props.canMove !== false && (
        <>
          <button
            type="button"
            className="icon-button"
            disabled={props.index === 0}
            aria-label={t('common.moveUpNamed', { name: props.name })}
            title={t('common.moveUp')}
            onClick={() => props.onMove(props.index, props.index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={props.index === props.count - 1}
            aria-label={t('common.moveDownNamed', { name: props.name })}
            title={t('common.moveDown')}
            onClick={() => props.onMove(props.index, props.index + 1)}
          >
            ↓
          </button>
        </>
      )}
      {props.canRemove !== false && (
        <button
          type="button"
          className="icon-button danger-text"
          aria-label={t('common.removeNamed', { name: props.name })}
          title={t('common.remove')}
          onClick={props.onRemove}
        >
          ✕
        </button>
      )}
    </div>
  );
};

export const moveItem = <T,>(list: T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};
