/** `/embed/<figure-id>/offline.html`: the template of a figure's offline file (see ../_offline-page.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import embedCss from '../../../layouts/embed.css?raw';
import { FIGURES, findFigure } from '../../../components/figures/registry.ts';
import { buildOfflinePage } from '../_offline-page.ts';

/** One offline page per figure in the registry. */
export const getStaticPaths = (() =>
  FIGURES.map((figure) => ({ params: { id: figure.id } }))) satisfies GetStaticPaths;

/** The page, built at build time. */
export const GET: APIRoute = async ({ params }) => {
  const figure = findFigure(params.id ?? '');
  if (!figure) return new Response('没有这张交互图', { status: 404 });
  return new Response(await buildOfflinePage(figure, embedCss), {
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
};
