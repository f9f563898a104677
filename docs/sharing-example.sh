#!/usr/bin/env bash
# A sharing request from submission to an access under its grant, with curl and jq, against a
# Development API started with `dotnet run --project src/Api`. Run from the repository root.
set -euo pipefail
API=${API:-http://localhost:5080/graphql}
token() { dotnet run -v q --project src/Api -- token "$@"; }
gql() { curl -s "$API" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg q "$2" --argjson v "$3" '{query: $q, variables: $v}')"; }

# The requesting department's data steward finds a conditional entry of another department and the
# names and types of its items with its own token: it cannot ask for what it cannot name.
REQUESTER=MZJ
STEWARD=$(token --role Gov.DataSteward --dept "$REQUESTER")
ENTRY=$(gql "$STEWARD" '{ dataResources(first: 100, filter: { sharingTypes: [CONDITIONAL] }) { nodes { code provider { code } items { nodes { id name dataType isShared } } } } }' '{}' \
  | jq --arg me "$REQUESTER" '[.data.dataResources.nodes[] | select(.provider.code != $me)][0]')
CODE=$(echo "$ENTRY" | jq -r .code); PROVIDER=$(echo "$ENTRY" | jq -r .provider.code)
ITEMS=$(echo "$ENTRY" | jq '[.items.nodes[] | select(.isShared) | .id]')

# 1. It asks for the entry's shared items (answer due in 10 working days).
R=$(gql "$STEWARD" 'mutation($i: SubmitSharingRequestInput!) { submitSharingRequest(input: $i) { sharingRequest { id version number answerDueOn } errors { code field message } } }' \
  "{\"i\": {\"resourceCode\": \"$CODE\", \"purpose\": \"Verify applicants\", \"legalBasis\": \"Regulation, article 12\", \"itemIds\": $ITEMS,
          \"periodFrom\": \"$(date +%F)\", \"periodUntil\": \"$(date -d '+1 year' +%F)\"}}")
echo "$R" | jq -c .data.submitSharingRequest.sharingRequest
REQUEST=$(echo "$R" | jq -r .data.submitSharingRequest.sharingRequest.id)

# 2. The provider's data steward grants the first two items.
PROVIDER_STEWARD=$(token --role Gov.DataSteward --dept "$PROVIDER")
gql "$PROVIDER_STEWARD" 'mutation($i: DecideSharingRequestInput!) { decideSharingRequest(input: $i) { sharingRequest { status grant { validUntil items { nodes { name } } } } errors { code } } }' \
  "{\"i\": {\"requestId\": \"$REQUEST\", \"version\": 1, \"approve\": true, \"itemIds\": $(echo "$ITEMS" | jq '.[0:2]')}}" | jq -c .data.decideSharingRequest

# 3. The requesting department's exchange system reads under the grant; reading a third item is refused (and logged).
SYSTEM=$(token --role App.DataExchange --dept "$REQUESTER" --app)
ACCESS='mutation($i: RecordDataAccessInput!) { recordDataAccess(input: $i) { dataAccessReceipt { sequence hash } errors { code field } } }'
gql "$SYSTEM" "$ACCESS" "{\"i\": {\"resourceCode\": \"$CODE\", \"itemIds\": $(echo "$ITEMS" | jq '.[0:2]'), \"purpose\": \"Verify an applicant\", \"recordCount\": 1}}" | jq -c .data.recordDataAccess
gql "$SYSTEM" "$ACCESS" "{\"i\": {\"resourceCode\": \"$CODE\", \"itemIds\": $(echo "$ITEMS" | jq '.[2:3]'), \"purpose\": \"Curiosity\"}}" | jq -c .data.recordDataAccess

# 4. The provider reads the log and verifies its hash chain.
gql "$PROVIDER_STEWARD" 'query($c: String!) { dataResource(code: $c) { accessLog(first: 2) { nodes { sequence refusalCode accessedBy } } accessLogIntegrity { isIntact entries } } }' \
  "{\"c\": \"$CODE\"}" | jq -c .data.dataResource
