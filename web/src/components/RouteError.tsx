import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

export const RouteError = ({ notFound = false }: { notFound?: boolean }) => {
  const { t } = useTranslation();
  const error = useRouteError();
  if (error) console.error(error);
  return (
    <section className="panel narrow">
      <h1>{notFound ? t('errors.pageNotFound') : t('errors.unexpected')}</h1>
      <p>
        <Link to="/">{t('errors.backToList')}</Link>
      </p>
    </section>
  );
};
