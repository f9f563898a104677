#!/usr/bin/env bash
# A project from draft to accepted, with curl, against a Development API started with
# `dotnet run --project src/Api` (http://localhost:5080). Needs curl and jq. Run from the repository root.
set -euo pipefail
API=${API:-http://localhost:5080/graphql}

token() { dotnet run -v q --project src/Api -- token "$@"; }
# gql TOKEN QUERY VARIABLES-JSON: posts one operation and prints the response.
gql() { curl -s "$API" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg q "$2" --argjson v "$3" '{query: $q, variables: $v}')"; }

# The demo data's people: GAJ's information manager (holds a contract-signing delegation), the office.
# --official signs the token as that demo official, whom contract signing checks for a delegation.
MANAGER=$(token --role Gov.InformationManager --dept GAJ --official GAJ:cio --name "GAJ CIO")
OFFICE=$(token --role Gov.CommitteeOffice --dept XXB --name "Office")

P='project { id version status } errors { code field message }'

# 1. Draft and submit (the review is due 15 working days later).
R=$(gql "$MANAGER" "mutation(\$i: CreateProjectDraftInput!) { createProjectDraft(input: \$i) { $P } }" \
  '{"i": {"departmentCode": "GAJ", "name": "警务数据中台", "level": "DEPARTMENTAL", "scope": "Integrate case and traffic data",
          "budget": {"amount": 400000}, "startOn": "2027-01-04", "dueOn": "2027-09-30", "feasibilityStudyReference": "KY-2027-001"}}')
ID=$(echo "$R" | jq -r .data.createProjectDraft.project.id)
v() { echo "$1" | jq -r ".data.$2.project.version"; }
R=$(gql "$MANAGER" "mutation(\$i: ProjectVersionInput!) { submitProject(input: \$i) { $P } }" "{\"i\": {\"id\": \"$ID\", \"version\": 1}}")

# 2. The office draws a panel, concludes the review and approves.
R=$(gql "$OFFICE" "mutation(\$i: DrawReviewPanelInput!) { drawReviewPanel(input: \$i) { $P } }" \
  "{\"i\": {\"projectId\": \"$ID\", \"version\": $(v "$R" submitProject), \"category\": \"data\", \"size\": 3, \"meetingOn\": \"$(date -d '+3 days' +%F)\"}}")
VERSION=$(v "$R" drawReviewPanel)
PANEL=$(gql "$OFFICE" 'query($id: ID!) { node(id: $id) { ... on Project { reviewPanel { id version members { nodes { expert { code } } } } } } }' "{\"id\": \"$ID\"}" | jq .data.node.reviewPanel)
# Each seated expert gives an opinion (signed as that expert); the review concludes once all have.
for CODE in $(echo "$PANEL" | jq -r '.members.nodes[].expert.code'); do
  gql "$(token --role Gov.Expert --expert "$CODE")" 'mutation($i: RecordExpertOpinionInput!) { recordExpertOpinion(input: $i) { errors { code } } }' \
    "{\"i\": {\"panelId\": $(echo "$PANEL" | jq .id), \"recommendation\": \"APPROVE\", \"opinion\": \"Sound need and design\"}}" >/dev/null
done
gql "$OFFICE" 'mutation($i: ConcludeReviewInput!) { concludeReview(input: $i) { errors { code } } }' \
  "{\"i\": {\"panelId\": $(echo "$PANEL" | jq .id), \"version\": $(echo "$PANEL" | jq .version), \"conclusion\": \"APPROVE\", \"summary\": \"Sound\"}}" >/dev/null
R=$(gql "$OFFICE" "mutation(\$i: DecideProjectInput!) { decideProject(input: \$i) { $P } }" \
  "{\"i\": {\"projectId\": \"$ID\", \"version\": $VERSION, \"decision\": \"APPROVE\"}}")

# 3. Implementation: plan (reviewed by the office), tender and contract (signed under the delegation), a monthly report.
R=$(gql "$MANAGER" "mutation(\$i: FileImplementationPlanInput!) { fileImplementationPlan(input: \$i) { $P } }" \
  "{\"i\": {\"projectId\": \"$ID\", \"version\": $(v "$R" decideProject), \"tasks\": \"Build\", \"systemDesign\": \"Cloud\", \"schedule\": \"2027\"}}")
# The office reviews the plan; implementation starts when it accepts it.
PLAN=$(gql "$OFFICE" 'query($id: ID!) { node(id: $id) { ... on Project { implementationPlan { id version } } } }' "{\"id\": \"$ID\"}" | jq .data.node.implementationPlan)
gql "$OFFICE" "mutation(\$i: ReviewImplementationPlanInput!) { reviewImplementationPlan(input: \$i) { $P } }" \
  "{\"i\": {\"planId\": $(echo "$PLAN" | jq .id), \"version\": $(echo "$PLAN" | jq .version), \"accept\": true}}" | jq -c .data.reviewImplementationPlan.project.status
# The contract follows a tender won by a firm of the register of vendors.
VENDOR=$(gql "$OFFICE" 'query { vendors(first: 1, search: "华信数智") { nodes { id } } }' '{}' | jq -r '.data.vendors.nodes[0].id')
gql "$MANAGER" "mutation(\$i: RecordTenderInput!) { recordTender(input: \$i) { $P } }" \
  "{\"i\": {\"projectId\": \"$ID\", \"title\": \"Platform\", \"method\": \"OPEN_TENDER\", \"publishedOn\": \"$(date -d '-10 days' +%F)\", \"awardedOn\": \"$(date +%F)\", \"winningVendorId\": \"$VENDOR\", \"bidCount\": 3}}" >/dev/null
TENDER=$(gql "$OFFICE" 'query($id: ID!) { node(id: $id) { ... on Project { tenders(first: 1) { nodes { id } } } } }' "{\"id\": \"$ID\"}" | jq -r '.data.node.tenders.nodes[0].id')
gql "$MANAGER" "mutation(\$i: SignContractInput!) { signContract(input: \$i) { $P } }" \
  "{\"i\": {\"projectId\": \"$ID\", \"number\": \"HT-DEMO-$RANDOM\", \"vendorId\": \"$VENDOR\", \"tenderId\": \"$TENDER\", \"amount\": {\"amount\": 380000}, \"signedOn\": \"$(date +%F)\"}}" | jq -c .data.signContract.errors
gql "$MANAGER" "mutation(\$i: SubmitProgressReportInput!) { submitProgressReport(input: \$i) { $P } }" \
  "{\"i\": {\"projectId\": \"$ID\", \"month\": \"$(date +%Y-%m-01)\", \"progressPercent\": 100, \"spendToDate\": {\"amount\": 390000}}}" | jq -c .data.submitProgressReport.errors
VERSION=$(gql "$OFFICE" 'query($id: ID!) { node(id: $id) { ... on Project { version } } }' "{\"id\": \"$ID\"}" | jq .data.node.version)

# 4. Acceptance: asked for at 100%, held by the office with three experts from outside GAJ.
R=$(gql "$MANAGER" "mutation(\$i: RequestAcceptanceInput!) { requestAcceptance(input: \$i) { $P } }" "{\"i\": {\"id\": \"$ID\", \"version\": $VERSION}}")
EXPERTS=$(gql "$OFFICE" '{ experts(first: 100) { nodes { code isActive affiliation { code } } } }' '{}' \
  | jq -c '[.data.experts.nodes[] | select(.isActive and .affiliation.code != "GAJ") | .code][:3] | map({expertCode: ., verdict: "PASSED", comment: "Meets the approved scope."})')
R=$(gql "$OFFICE" "mutation(\$i: RecordAcceptanceInput!) { recordAcceptance(input: \$i) { $P } }" \
  "{\"i\": {\"projectId\": \"$ID\", \"version\": $(v "$R" requestAcceptance), \"heldOn\": \"$(date +%F)\", \"result\": \"PASSED\", \"opinions\": $EXPERTS}}")
echo "$R" | jq -c .data.recordAcceptance.project   # {"id": "...", "version": ..., "status": "ACCEPTED"}

# The decisions and the audit trail of the project.
gql "$OFFICE" 'query($id: ID!) { node(id: $id) { ... on Project { decisions { nodes { toStatus decidedBy } } } } auditEntries(filter: { entityId: $id }) { totalCount } }' \
  "{\"id\": \"$ID\"}" | jq -c .data
