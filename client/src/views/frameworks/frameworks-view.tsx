import { api } from '../../api/client.ts';
import type { FrameworkSummary } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { ErrorPanel, Empty, Loading } from '../../components/feedback.tsx';
import { href, Link } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { useTemplateId } from '../../use-template-id.ts';

/** Every state with a statute in the library: a policy officer starts from the state, not from one Act. */
export default function FrameworksView() {
  usePageTitle('Frameworks');
  const { templateId } = useTemplateId();
  const list = useResource<FrameworkSummary[]>('frameworks', (signal) => api.frameworks(signal));
  const tq = templateId ? { template: templateId } : {};
  return (
    <section className="frameworks-view">
      <h1>
        Frameworks
        <span className="subtitle">Each state&apos;s statutes in the library, read together</span>
      </h1>
      {list.state === 'loading' ? <Loading what="the frameworks" /> : null}
      {list.state === 'error' ? <ErrorPanel error={list.error} onRetry={list.reload} /> : null}
      {list.state === 'ready' && list.data.length === 0 ? (
        <Empty>
          No statute is in the library yet. <Link to="/upload">Upload one</Link>.
        </Empty>
      ) : null}
      {list.state === 'ready' && list.data.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Instruments in the framework</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((f) => (
              <tr key={f.jurisdiction}>
                <th scope="row">
                  <Link to={href(`/frameworks/${encodeURIComponent(f.jurisdiction)}`, tq)}>
                    {f.name} ({f.jurisdiction})
                  </Link>
                  {f.sample ? <span className="sample-badge">fictional sample</span> : null}
                </th>
                <td>
                  <ul className="plain-list">
                    {f.instruments.map((i) => (
                      <li key={i.id} className={i.included ? undefined : 'excluded'}>
                        {i.title}
                        {i.included ? null : ' (excluded)'}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
