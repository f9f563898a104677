// Starts GraphiQL on the page /graphql serves to browsers. This file is InfoGov's own; the others in
// this folder are vendored by src/Api/Ide/update-graphiql.sh. Paste a token into the Headers tab as
// {"Authorization": "Bearer <token>"} (then re-fetch the schema) to query as that caller.
(function () {
  'use strict';
  var script = document.currentScript;
  var endpoint = new URL(script.getAttribute('data-endpoint'), window.location.href).toString();
  var query = new URLSearchParams(window.location.search).get('query');
  var element = React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: endpoint }),
    defaultQuery: query || '# Anonymous callers see published projects; paste a token into Headers for more.\n{\n  projects(first: 5) {\n    nodes { code name status }\n  }\n}\n',
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(element);
})();
