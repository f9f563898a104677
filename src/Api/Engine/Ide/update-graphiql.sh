#!/usr/bin/env bash
# Vendors the GraphiQL IDE that /graphql serves to browsers, so that it works offline and loads
# nothing from a CDN. Pinned versions below; to update, change them, run this script from anywhere
# and commit the result (the files and their licences). GraphiQL 3 is the last line with a browser
# build (graphiql.min.js); it needs React 18's UMD builds (React 19 has none).
set -euo pipefail
GRAPHIQL_VERSION=3.8.3
REACT_VERSION=18.3.1

# Kept outside wwwroot so that it is neither published nor served.
here="$(cd "$(dirname "$0")/../../wwwroot/graphiql" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "graphiql@$GRAPHIQL_VERSION" "react@$REACT_VERSION" "react-dom@$REACT_VERSION" >/dev/null
for archive in "graphiql-$GRAPHIQL_VERSION" "react-$REACT_VERSION" "react-dom-$REACT_VERSION"; do
  package="${archive%-*}"
  mkdir "$package"
  tar -xzf "$archive.tgz" -C "$package"
done
cp graphiql/package/graphiql.min.js graphiql/package/graphiql.min.css "$here/"
cp graphiql/package/LICENSE "$here/LICENSE.graphiql"
cp react/package/umd/react.production.min.js "$here/"
cp react/package/LICENSE "$here/LICENSE.react"
cp react-dom/package/umd/react-dom.production.min.js "$here/"
cp react-dom/package/LICENSE "$here/LICENSE.react-dom"
printf 'graphiql %s\nreact %s\nreact-dom %s\n' "$GRAPHIQL_VERSION" "$REACT_VERSION" "$REACT_VERSION" > "$here/VERSIONS"
echo "Vendored GraphiQL $GRAPHIQL_VERSION with React $REACT_VERSION into $here"
