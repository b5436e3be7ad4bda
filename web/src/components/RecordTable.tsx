/** A read-only table of records (members, links, accounts, audit entries), with an optional column of row actions. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export const RecordTable = (props: { className?: string; columns: string[]; actions?: boolean; children: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className={props.className ? `data-table ${props.className}` : 'data-table'}>
        <thead>
          <tr>
            {props.columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
            {props.actions && (
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
};
