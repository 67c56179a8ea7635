import { instruments } from '../../api/cached.ts';
import { useResource } from '../../api/use-resource.ts';
import { jurisdictionName } from '../../../../server/citation/cite.ts';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { Link } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';

export default function InstrumentListView() {
  usePageTitle('Statutes');
  const list = useResource('instrument-list', () => instruments());
  return (
    <section>
      <h1>Statutes and templates</h1>
      {list.state === 'loading' ? <Loading what="the library" /> : null}
      {list.state === 'error' ? <ErrorPanel error={list.error} onRetry={list.reload} /> : null}
      {list.state === 'ready' && list.data.length === 0 ? (
        <Empty>
          The library is empty. <Link to="/upload">Upload a statute</Link>.
        </Empty>
      ) : null}
      {list.state === 'ready' && list.data.length > 0 ? (
        <table className="plain-table">
          <caption className="visually-hidden">Instruments in the library</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Kind</th>
              <th scope="col">Year</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/instruments/${encodeURIComponent(i.id)}`}>{i.title}</Link>
                  {i.collection === 'samples' ? (
                    <span className="sample-badge" title="Written for LexAlign's demonstration: not the law of any state">
                      fictional sample
                    </span>
                  ) : null}
                </td>
                <td>
                  {i.role === 'statute' ? (
                    <Link to={`/frameworks/${encodeURIComponent(i.jurisdiction)}`}>{jurisdictionName(i.jurisdiction)}</Link>
                  ) : (
                    jurisdictionName(i.jurisdiction)
                  )}
                </td>
                <td>{i.kind}</td>
                <td>{i.year ?? '—'}</td>
                <td>{i.role ?? 'statute'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
