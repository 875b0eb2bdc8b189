import { getDb } from '../../lib/db/db';
import { recentProducts } from '../../lib/db/queries';
import { useI18n } from '../shared/i18n';
import { useLiveQuery } from '../shared/useLiveQuery';
import { ProductTable } from './ProductTable';

export function Dashboard() {
  const { t } = useI18n();
  const products = useLiveQuery(() => recentProducts(getDb(), 200), []);
  return (
    <main class="dash">
      <h1>{t('dashTitle')}</h1>
      <h2>{t('dashProducts')}</h2>
      {products ? <ProductTable products={products} /> : null}
    </main>
  );
}
