// GraphiQL is a React component. This module, loaded only by the analysis
// page, renders it into an element that Vue owns. Everything it needs is
// bundled and precached, so it works without the internet; its fonts are
// inlined in its stylesheet.
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { buildSchema } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
// The gateway's public schema, the file the PWA's typed documents are
// generated from. GraphiQL shows its documentation without introspection,
// which the gateway's operation limits and role checks would restrict.
import schemaSource from '../../../../gateway/schema.graphql?raw';

const schema = buildSchema(schemaSource);

export interface GraphiQLOptions {
  /** Sends one operation to the gateway and returns its JSON result. */
  fetch: (params: {
    query: string;
    variables?: unknown;
    operationName?: string | null;
  }) => Promise<unknown>;
  query: string;
  variables: string;
  onEditQuery: (query: string) => void;
  onEditVariables: (variables: string) => void;
}

/** Accessible names of GraphiQL's editors, which CodeMirror leaves unlabelled. */
export interface EditorLabels {
  query: string;
  tool: string;
  result: string;
}

/**
 * Names every CodeMirror text area under `element` after the editor it
 * belongs to. CodeMirror creates them after React renders and again when
 * a tab opens, so a MutationObserver keeps the names in place.
 */
function labelEditors(element: HTMLElement, labels: () => EditorLabels) {
  const apply = () => {
    const current = labels();
    for (const textarea of element.querySelectorAll('textarea')) {
      const label = textarea.closest('.graphiql-query-editor')
        ? current.query
        : textarea.closest('.result-window')
          ? current.result
          : textarea.closest('.graphiql-editor-tool')
            ? current.tool
            : null;
      if (label && textarea.getAttribute('aria-label') !== label)
        textarea.setAttribute('aria-label', label);
    }
  };
  const observer = new MutationObserver(apply);
  observer.observe(element, { childList: true, subtree: true });
  apply();
  return observer;
}

/** Renders GraphiQL into `element`; returns a function that re-renders it and one that removes it. */
export function mountGraphiQL(
  element: HTMLElement,
  labels: () => EditorLabels,
) {
  const root = createRoot(element);
  const observer = labelEditors(element, labels);
  return {
    render(options: GraphiQLOptions) {
      root.render(
        createElement(GraphiQL, {
          fetcher: (params) => options.fetch(params) as never,
          schema,
          query: options.query,
          variables: options.variables,
          onEditQuery: options.onEditQuery,
          onEditVariables: options.onEditVariables,
          defaultEditorToolsVisibility: true,
          // History and settings stay in this browser's storage only.
          shouldPersistHeaders: false,
        }),
      );
    },
    unmount: () => {
      observer.disconnect();
      root.unmount();
    },
  };
}
