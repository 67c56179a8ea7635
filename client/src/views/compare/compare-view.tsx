import { useEffect, useLayoutEffect } from 'react';
import { api } from '../../api/client.ts';
import { instruments, templateDetail } from '../../api/cached.ts';
import type { CompareResponse } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { articleLabel } from '../../../../server/citation/cite.ts';
import { ElementTableView } from '../../components/element-table.tsx';
import { Empty, ErrorPanel, Loading } from '../../components/feedback.tsx';
import { PinButton } from '../../components/pin-button.tsx';
import { useLocation } from '../../router.tsx';
import { usePageTitle } from '../../use-page-title.ts';
import { useTemplateId } from '../../use-template-id.ts';
import { CompareChooser } from './compare-chooser.tsx';
import { CompareColumns } from './compare-columns.tsx';
import './compare.css';

export default function CompareView() {
  usePageTitle('Compare');
  const { params } = useLocation();
  const { templateId, ready } = useTemplateId();
  const article = params.get('article') ?? '';
  const mode = params.get('mode') === 'substantive' ? 'substantive' : 'words';
  const chosen = (params.get('instruments') ?? '').split(',').filter(Boolean);
  const setup = useResource(ready ? `compare-setup:${templateId}` : null, () => Promise.all([templateDetail(templateId ?? ''), instruments()]));
  const result = useResource<CompareResponse>(
    ready && article && chosen.length > 0 ? `compare:${templateId}:${article}:${mode}:${chosen.join(',')}` : null,
    (signal) =>
      api.compare({ template: templateId, article, instruments: chosen, mode: mode === 'substantive' ? mode : undefined }, signal).then((data) => {
        performance.mark('lexalign:compare-data');
        return data;
      }),
  );
  const articleTitle = setup.data?.[0].articles.find((a) => a.article === article)?.title;

  return (
    <section className="compare-view">
      <h1>Compare one article across states</h1>
      {setup.state === 'loading' ? <Loading what="articles and statutes" /> : null}
      {setup.state === 'error' ? <ErrorPanel error={setup.error} onRetry={setup.reload} /> : null}
      {setup.state === 'ready' ? <CompareChooser template={setup.data[0]} statutes={setup.data[1]} article={article} chosen={chosen} mode={mode} /> : null}
      {!article || chosen.length === 0 ? (
        <Empty>Choose an article and the statutes to compare (as many as you like).</Empty>
      ) : result.state === 'loading' ? (
        <Loading what="the comparison" />
      ) : result.state === 'error' ? (
        <ErrorPanel error={result.error} onRetry={result.reload} />
      ) : (
        <CompareResult
          data={result.data}
          article={article}
          templateId={templateId}
          mode={mode}
          chosen={chosen}
          articleTitle={articleTitle}
          templateTitle={setup.data?.[0].shortTitle ?? setup.data?.[0].title ?? result.data.template}
        />
      )}
    </section>
  );
}

function CompareResult({ data, article, templateId, mode, chosen, articleTitle, templateTitle }: {
  data: CompareResponse;
  article: string;
  templateId: string | undefined;
  mode: string;
  chosen: string[];
  articleTitle: string | undefined;
  templateTitle: string;
}) {
  // Marks for the e2e timing test: data arrived → committed to the DOM (handlers live) → first frame after it.
  useLayoutEffect(() => {
    performance.mark('lexalign:compare-ready');
  }, [data]);
  useEffect(() => {
    const frame = requestAnimationFrame(() => performance.mark('lexalign:compare-painted'));
    return () => cancelAnimationFrame(frame);
  }, [data]);
  const query = { template: templateId, article, instruments: chosen.join(',') };
  return (
    <>
      <div className="compare-result-head">
        <p>
          <strong>{articleLabel(article, articleTitle)}</strong> in {data.instruments.length} statute{data.instruments.length === 1 ? '' : 's'}.{' '}
          <a href="#element-table-heading">Elements by state</a> · <a href="#texts-heading">Texts side by side</a>
        </p>
        <PinButton item={{ kind: 'article', template: templateId ?? data.template, article, title: articleLabel(article, articleTitle), instruments: chosen }} />
      </div>
      <ElementTableView
        table={data.elements}
        caption={`Elements of Art. ${article} by state`}
        exportLinks={{ csv: api.elementTableUrl('csv', query), docx: api.elementTableUrl('docx', query) }}
      />
      <CompareColumns data={data} article={article} templateId={templateId} templateTitle={templateTitle} mode={mode} />
    </>
  );
}
