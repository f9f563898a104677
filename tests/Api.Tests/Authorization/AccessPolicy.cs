using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Tests.Authorization;

/// <summary>
/// Who may read what: DOMAIN.md section 7 written out for the tests, independently of the API's own
/// declarations. The matrix test holds the running API to this table for every field and principal.
/// A rule admits the public, roles everywhere, and roles for objects of their own department.
/// </summary>
public static class AccessPolicy
{
    public sealed record Rule(bool Public, string[] Everywhere, string[] Own)
    {
        /// <summary>More readers on objects with a given fact (e.g. "published").</summary>
        public (string Fact, Rule Readers)? Condition { get; init; }

        public bool Admits(Principal principal, string objectDepartment, IReadOnlySet<string>? facts = null) =>
            Public
            || principal.Roles.Any(Everywhere.Contains)
            || (principal.Roles.Any(Own.Contains) && principal.Department == objectDepartment)
            || (Condition is { } c && facts?.Contains(c.Fact) == true && c.Readers.Admits(principal, objectDepartment, facts));
    }

    private static readonly string[] Gov = [.. Roles.Government];

    public static readonly Rule Anyone = new(true, [], []);
    public static readonly Rule Government = new(false, Gov, []);
    public static readonly Rule GovernmentAndDashboards = new(false, [.. Gov, Roles.Dashboard], []);
    public static readonly Rule MoneyAndContracts = new(false, [Roles.Finance, Roles.CommitteeOffice], [Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule FundManagers = new(false, [Roles.Finance, Roles.CommitteeOffice], []);
    public static readonly Rule ExpertIdentities = new(false, [Roles.CommitteeOffice, Roles.Expert], []);
    public static readonly Rule ContactDetails = new(false, [Roles.CommitteeOffice, Roles.Admin],
        [Roles.Staff, Roles.InformationManager, Roles.DepartmentLeader, Roles.Finance, Roles.DataSteward, Roles.Expert]);
    public static readonly Rule CatalogItems = new(false, [.. Gov, Roles.DataExchange], []);
    public static readonly Rule SharingGrants = new(false, [Roles.CommitteeOffice],
        [Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader, Roles.DataExchange]);
    public static readonly Rule AccessLogs = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.DepartmentLeader]);
    public static readonly Rule DataAccessors = new(false, [], [.. Gov, Roles.DataExchange]);
    public static readonly Rule Office = new(false, [Roles.CommitteeOffice], []);
    public static readonly Rule PanelExperts = new(false, [Roles.Expert], []);
    public static readonly Rule ProjectPublishers = new(false, [Roles.CommitteeOffice], [Roles.DepartmentLeader]);
    public static readonly Rule OwningLeader = new(false, [], [Roles.DepartmentLeader]);
    public static readonly Rule ResponsibilityKeepers = new(false, [Roles.CommitteeOffice, Roles.Admin], [Roles.DepartmentLeader]);
    public static readonly Rule SharingRequesters = new(false, [], [Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule SharingDeciders = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.DepartmentLeader]);
    public static readonly Rule CatalogKeepers = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.InformationManager]);
    public static readonly Rule ContractSigners = new(false, [], [Roles.DepartmentLeader, Roles.InformationManager]);
    public static readonly Rule Auditors = new(false, [Roles.CommitteeOffice, Roles.Admin], []);
    public static readonly Rule Administrators = new(false, [Roles.Admin], []);
    public static readonly Rule Operations = new(false, [Roles.CommitteeOffice], [.. Gov.Where(r => r != Roles.Expert)]);
    public static readonly Rule OperationsKeepers = new(false, [Roles.CommitteeOffice], [Roles.InformationManager, Roles.Staff]);
    public static readonly Rule WebhookKeepers = new(false, [Roles.Admin], [Roles.DataSteward]);
    /// <summary>Role level: a steward reaches the list and the log, whose rows are confined to its department's webhooks.</summary>
    public static readonly Rule WebhookLogReaders = new(false, [Roles.Admin, Roles.DataSteward], []);
    public static readonly Rule Syncing = new(false, [.. Gov, Roles.Dashboard, Roles.DataExchange], []);
    public static readonly Rule ProjectApplicants = new(false, [Roles.CommitteeOffice], [Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule PlanDrafters = new(false, [], [Roles.InformationManager]);
    public static readonly Rule PlanSubmitters = new(false, [], [Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule PlanLinkers = new(false, [Roles.CommitteeOffice], [Roles.InformationManager]);
    public static readonly Rule PanelComposition = ExpertIdentities with { Condition = ("closed", Government) };
    public static readonly Rule PanelDraw = Office with { Condition = ("closed", Government) };
    public static readonly Rule AcceptanceVerdicts = ExpertIdentities with { Condition = ("concluded", Government) };
    public static readonly Rule AssessmentResults = new(false, [Roles.CommitteeOffice], [Roles.DepartmentLeader])
    {
        Condition = ("published", GovernmentAndDashboards),
    };

    public sealed record TypeRule(Rule Objects, Rule Fields, Dictionary<string, Rule>? Except = null)
    {
        public Rule Field(string name) => Except?.GetValueOrDefault(name) ?? Fields;
    }

    private static Dictionary<string, Rule> Fields(params (Rule Rule, string[] Names)[] groups) =>
        groups.SelectMany(g => g.Names.Select(n => (n, g.Rule))).ToDictionary(x => x.n, x => x.Rule);

    /// <summary>Types fetched by node(id:): who may read the objects, their fields by default, and the exceptions.</summary>
    public static readonly Dictionary<string, TypeRule> NodeTypes = new()
    {
        ["Department"] = new(Anyone, Government, Fields(
            (Anyone, ["id", "code", "name", "nameEn", "kind", "parent", "children", "projects", "programmesLed", "dataResources"]),
            (GovernmentAndDashboards, ["assessments"]), (SharingGrants, ["grantsReceived"]))),
        ["Programme"] = new(Anyone, Anyone),
        ["Official"] = new(Government, Government, Fields((ContactDetails, ["phone", "email"]))),
        ["ResponsibilityAssignment"] = new(Government, Government),
        ["Delegation"] = new(Government, Government),
        ["FulfilmentRecord"] = new(Government, Government),
        ["Project"] = new(Anyone, Government, Fields(
            (Anyone, ["id", "code", "name", "nameEn", "status", "colour", "progressPercent", "department", "programme", "currentPlan", "isPublished"]),
            (GovernmentAndDashboards, ["level", "fundingCategory", "scheduleVariance", "costVariance", "isProgressReportOverdue", "deliveredOnTime", "actualStartOn", "completedOn"]),
            (MoneyAndContracts, ["budgetLines", "allocations", "expenditures", "contracts", "fundingByYear"]))),
        ["ProjectDecision"] = new(Government, Government),
        ["Milestone"] = new(Government, Government),
        ["ProgressReport"] = new(Government, Government, Fields((MoneyAndContracts, ["spendToDate"]))),
        ["ChangeRequest"] = new(Government, Government),
        ["Expert"] = new(Government, Government, Fields((ExpertIdentities, ["panelSeats"]))),
        ["ReviewPanel"] = new(Government, Government, Fields((PanelComposition, ["members", "opinions"]), (PanelDraw, ["drawSeed", "drawCategory", "drawCandidates"]))),
        ["ExpertOpinion"] = new(Government, Government),
        ["ImplementationPlan"] = new(Government, Government),
        ["Tender"] = new(Government, Government, Fields((MoneyAndContracts, ["winningVendor"]))),
        ["Contract"] = new(MoneyAndContracts, MoneyAndContracts),
        ["Acceptance"] = new(Government, Government, Fields((ExpertIdentities, ["expertCodes"]), (AcceptanceVerdicts, ["opinions"]))),
        ["PostEvaluation"] = new(Government, Government),
        ["SpecialFund"] = new(GovernmentAndDashboards, GovernmentAndDashboards, Fields((FundManagers, ["allocations"]))),
        ["BudgetLine"] = new(MoneyAndContracts, MoneyAndContracts),
        ["FundAllocation"] = new(MoneyAndContracts, MoneyAndContracts),
        ["Expenditure"] = new(MoneyAndContracts, MoneyAndContracts),
        ["ConsolidationSaving"] = new(GovernmentAndDashboards, GovernmentAndDashboards),
        ["DataResource"] = new(Anyone, Government, Fields(
            (Anyone, ["id", "code", "name", "nameEn", "summary", "classification", "format", "updateCycle", "sharingType", "openType", "delivery", "provider", "status"]),
            (CatalogItems, ["items"]), (SharingGrants, ["grants"]), (AccessLogs, ["accessLog", "accessLogIntegrity"]))),
        ["DataItem"] = new(CatalogItems, CatalogItems),
        ["SharingRequest"] = new(Government, Government, Fields((SharingGrants, ["grant"]))),
        ["SharingGrant"] = new(SharingGrants, SharingGrants, Fields((AccessLogs, ["accessLog"]), (Government, ["request"]))),
        ["DataAccessLogEntry"] = new(AccessLogs, AccessLogs, Fields((SharingGrants, ["grant"]))),
        ["Assessment"] = new(GovernmentAndDashboards, GovernmentAndDashboards, Fields((AssessmentResults, ["score", "rank", "grade", "indicators"]))),
        ["IndicatorResult"] = new(GovernmentAndDashboards, GovernmentAndDashboards),
        ["AuditEntry"] = new(Auditors, Auditors),
        ["TrustedDocument"] = new(Administrators, Administrators),
        ["Webhook"] = new(WebhookKeepers, WebhookKeepers),
        ["InformationSystem"] = new(Operations, Operations),
        ["Incident"] = new(Operations, Operations),
        ["BackupRecord"] = new(Operations, Operations),
        ["MaintenanceWindow"] = new(Operations, Operations),
        // Reached only by those who see the webhook: the steward of another department finds none.
        ["WebhookDelivery"] = new(WebhookKeepers, WebhookKeepers),
        ["DataDispute"] = new(Government, Government),
        // Approved plans: drafts on their way up are confined to their department and the office (PlanTests).
        ["Plan"] = new(Government, Government),
        ["PlanItem"] = new(Government, Government),
    };

    /// <summary>Value types, reached from a node type's field: (parent type, field on the parent, the value type's rules).</summary>
    public static readonly Dictionary<string, (string Parent, string Field, TypeRule Rule)> ValueTypes = new()
    {
        ["ProjectPlan"] = ("Project", "currentPlan", new(Anyone, Government, Fields((Anyone, ["startOn", "dueOn", "durationDays"]), (GovernmentAndDashboards, ["budget"])))),
        ["Money"] = ("SpecialFund", "cap", new(Anyone, Anyone)),
        ["Variance"] = ("Project", "scheduleVariance", new(Anyone, Anyone)),
        ["PanelMember"] = ("ReviewPanel", "members", new(Government, Government)),
        ["ProjectParticipation"] = ("Department", "participations", new(Government, Government)),
        ["BaselineRevision"] = ("Project", "baselineHistory", new(Government, Government)),
        ["ProjectFundingYear"] = ("Project", "fundingByYear", new(MoneyAndContracts, MoneyAndContracts)),
        ["AcceptanceOpinion"] = ("Acceptance", "opinions", new(Government, Government, Fields((ExpertIdentities, ["expert"])))),
    };

    /// <summary>Node types whose "own department" readers are kept to their department by row visibility:
    /// another department's object is not there for them (null), rather than refused with an error.</summary>
    public static readonly IReadOnlySet<string> RowConfined = new HashSet<string> { "Webhook", "WebhookDelivery", "InformationSystem", "Incident", "BackupRecord", "MaintenanceWindow" };

    /// <summary>Root fields.</summary>
    public static readonly Dictionary<string, Rule> Query = new()
    {
        ["me"] = Anyone,
        ["node"] = Anyone,
        ["nodes"] = Anyone,
        ["departments"] = Anyone,
        ["department"] = Anyone,
        ["programmes"] = Anyone,
        ["programme"] = Anyone,
        ["projects"] = Anyone,
        ["project"] = Anyone,
        ["experts"] = Government,
        ["specialFund"] = GovernmentAndDashboards,
        ["specialFunds"] = GovernmentAndDashboards,
        ["consolidationSavings"] = GovernmentAndDashboards,
        ["expenditures"] = FundManagers,
        ["expenditureTotals"] = FundManagers,
        ["fundAllocations"] = FundManagers,
        ["dataResources"] = Anyone,
        ["dataResource"] = Anyone,
        ["sharingRequests"] = Government,
        ["assessments"] = GovernmentAndDashboards,
        ["auditEntries"] = Auditors,
        ["trustedDocuments"] = Administrators,
        ["changes"] = Syncing,
        ["webhooks"] = WebhookLogReaders,
        ["dutiesLackingEvidence"] = Government,
        ["portfolio"] = GovernmentAndDashboards,
        ["bulletin"] = Government,
        // Role level: every government user reaches the lists; rows are confined to their department's systems.
        ["informationSystems"] = new(false, [.. Gov.Where(r => r != Roles.Expert)], []),
        ["operationsKpis"] = new(false, [.. Gov.Where(r => r != Roles.Expert)], []),
        ["dataDisputes"] = Government,
        ["plans"] = Government,
        ["plan"] = Government,
        ["planGaps"] = Government,
    };

    /// <summary>A mutation's callers and an input for it that names nothing that exists, so that
    /// calling it changes no data.</summary>
    public sealed record MutationRule(Rule Callers, string HarmlessInput);

    /// <summary>Mutations: who may call them at all (role level; the department is checked on the target
    /// and refused in the payload with NOT_PERMITTED), each with its harmless input. One entry per mutation.</summary>
    public static readonly Dictionary<string, MutationRule> Mutation = new()
    {
        ["createProjectDraft"] = new(ProjectApplicants, "{ departmentCode: \"NOPE\", name: \"x\", level: DEPARTMENTAL, scope: \"x\", budget: { amount: 1 }, startOn: \"2027-01-01\", dueOn: \"2027-02-01\" }"),
        ["updateProjectDraft"] = new(ProjectApplicants, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["submitProject"] = new(ProjectApplicants, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["cancelProject"] = new(ProjectApplicants, "{ id: \"bm9wZQ==\", version: 1, reason: \"x\" }"),
        ["drawReviewPanel"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, category: \"data\", meetingOn: \"2027-01-05\" }"),
        ["recordExpertOpinion"] = new(PanelExperts, "{ panelId: \"bm9wZQ==\", recommendation: APPROVE, opinion: \"x\" }"),
        ["concludeReview"] = new(Office, "{ panelId: \"bm9wZQ==\", version: 1, conclusion: APPROVE, summary: \"x\" }"),
        ["declareExpertConflict"] = new(PanelExperts, "{ departmentCode: \"NOPE\", reason: \"x\" }"),
        ["recordLeaderApproval"] = new(OwningLeader, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["decideProject"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, decision: APPROVE }"),
        ["fileImplementationPlan"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", version: 1, tasks: \"x\", systemDesign: \"x\", schedule: \"x\" }"),
        ["recordTender"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", title: \"x\", method: OPEN_TENDER, publishedOn: \"2026-11-01\" }"),
        ["signContract"] = new(ContractSigners, "{ projectId: \"bm9wZQ==\", number: \"x\", vendor: \"x\", amount: { amount: 1 }, signedOn: \"2026-11-01\" }"),
        ["submitProgressReport"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", month: \"2026-11-01\", progressPercent: 1, spendToDate: { amount: 1 } }"),
        ["requestChange"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", kind: DATES, reason: \"x\", dueOn: \"2027-12-31\" }"),
        ["decideChange"] = new(Office, "{ changeRequestId: \"bm9wZQ==\", version: 1, approve: true }"),
        ["requestAcceptance"] = new(ProjectApplicants, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["conveneAcceptance"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, heldOn: \"2026-11-01\", expertCodes: [\"x\"] }"),
        ["recordAcceptanceOpinion"] = new(PanelExperts, "{ acceptanceId: \"bm9wZQ==\", verdict: PASSED }"),
        ["recordAcceptance"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, result: PASSED }"),
        ["recordPostEvaluation"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, evaluatedOn: \"2026-11-01\", qualityScore: 90, operatingStatus: STABLE, returnOnInvestment: 0.1, conclusion: CONTINUE }"),
        ["setFundCap"] = new(FundManagers, "{ fiscalYear: 2025, cap: { amount: 1 } }"),
        ["registerTrustedDocument"] = new(Administrators, "{ name: \"x\", ownerApp: \"x\", document: \"{\" }"),
        ["registerTrustedDocumentManifest"] = new(Administrators, "{ ownerApp: \"x\", manifest: \"{\" }"),
        ["removeTrustedDocument"] = new(Administrators, "{ id: \"VHJ1c3RlZERvY3VtZW50OjA=\" }"),
        ["registerWebhook"] = new(WebhookKeepers, "{ url: \"not a url\", events: [PROJECT_STATUS_CHANGED], ownerApp: \"x\" }"),
        ["removeWebhook"] = new(WebhookKeepers, "{ id: \"V2ViaG9vazow\" }"),
        ["runAssessment"] = new(Office, "{ year: 1999 }"),
        ["scoreIndicator"] = new(Office, "{ indicatorId: \"bm9wZQ==\", actual: 0.5 }"),
        ["publishAssessments"] = new(Office, "{ year: 1999 }"),
        ["registerInformationSystem"] = new(OperationsKeepers, "{ name: \"x\", ownerDepartmentCode: \"NOPE\", hosting: GOVERNMENT_CLOUD, protectionLevel: 2 }"),
        ["reportIncident"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", title: \"x\", severity: MINOR, detectedAt: \"2026-11-01T00:00:00Z\" }"),
        ["resolveIncident"] = new(OperationsKeepers, "{ id: \"bm9wZQ==\", version: 1, resolvedAt: \"2026-11-01T00:00:00Z\", cause: \"x\" }"),
        ["scheduleMaintenance"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", startsAt: \"2027-01-01T00:00:00Z\", endsAt: \"2027-01-01T02:00:00Z\", description: \"x\" }"),
        ["recordBackup"] = new(OperationsKeepers, "{ systemId: \"bm9wZQ==\", kind: BACKUP, performedAt: \"2026-11-01T00:00:00Z\", succeeded: true }"),
        ["allocateFunds"] = new(FundManagers, "{ fiscalYear: 1999, projectId: \"bm9wZQ==\", amount: { amount: 1 } }"),
        ["promoteReserveProject"] = new(FundManagers, "{ fiscalYear: 1999, projectId: \"bm9wZQ==\" }"),
        ["recordExpenditure"] = new(MoneyAndContracts, "{ projectId: \"bm9wZQ==\", spentOn: \"2026-11-01\", amount: { amount: 1 }, payee: \"x\", category: SOFTWARE }"),
        ["reimburseAdvance"] = new(FundManagers, "{ expenditureId: \"bm9wZQ==\", version: 1, reimbursedOn: \"2026-11-01\" }"),
        ["assignResponsibility"] = new(ResponsibilityKeepers, "{ departmentCode: \"NOPE\", kind: STAFF_TRAINING, holderId: \"bm9wZQ==\", validFrom: \"2027-01-01\" }"),
        ["delegateResponsibility"] = new(ResponsibilityKeepers, "{ assignmentId: \"bm9wZQ==\", delegateId: \"bm9wZQ==\", scope: \"x\", validFrom: \"2027-01-01\", validTo: \"2027-02-01\" }"),
        ["revokeDelegation"] = new(ResponsibilityKeepers, "{ delegationId: \"bm9wZQ==\", version: 1 }"),
        ["recordFulfilment"] = new(ResponsibilityKeepers, "{ assignmentId: \"bm9wZQ==\", summary: \"x\", fulfilledOn: \"2026-11-01\", evidenceReference: \"x\" }"),
        ["submitSharingRequest"] = new(SharingRequesters, "{ resourceCode: \"NOPE\", purpose: \"x\", legalBasis: \"x\", itemIds: [], periodFrom: \"2027-01-01\", periodUntil: \"2027-02-01\" }"),
        ["decideSharingRequest"] = new(SharingDeciders, "{ requestId: \"bm9wZQ==\", version: 1, approve: false, reason: \"x\" }"),
        ["withdrawSharingRequest"] = new(SharingRequesters, "{ requestId: \"bm9wZQ==\", version: 1 }"),
        ["escalateSharingRequest"] = new(Office, "{ requestId: \"bm9wZQ==\", version: 1 }"),
        ["placeProjectOnReserve"] = new(Office, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["publishProject"] = new(ProjectPublishers, "{ id: \"bm9wZQ==\", version: 1, published: true }"),
        ["revokeSharingGrant"] = new(SharingDeciders, "{ grantId: \"bm9wZQ==\", version: 1, reason: \"x\" }"),
        ["renewSharingGrant"] = new(SharingDeciders, "{ grantId: \"bm9wZQ==\", version: 1, validUntil: \"2030-01-01\" }"),
        ["recordDataAccess"] = new(DataAccessors, "{ resourceCode: \"NOPE\", itemIds: [], purpose: \"x\" }"),
        ["registerDataResource"] = new(CatalogKeepers, "{ code: \"\", name: \"x\", summary: \"x\", classification: THEMATIC, format: \"CSV\", updateCycle: DAILY, delivery: API, sharingType: UNCONDITIONAL, openType: OPEN, items: [] }"),
        ["updateDataResource"] = new(CatalogKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["publishDataResource"] = new(CatalogKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["retireDataResource"] = new(CatalogKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["raiseDataDispute"] = new(DataAccessors, "{ resourceCode: \"NOPE\", recordReference: \"x\", description: \"x\" }"),
        ["answerDataDispute"] = new(CatalogKeepers, "{ disputeId: \"bm9wZQ==\", version: 1, answer: \"x\" }"),
        ["draftPlan"] = new(PlanDrafters, "{ departmentCode: \"NOPE\", kind: ANNUAL, startYear: 2027, title: \"x\", objectives: \"x\", budgetEnvelope: { amount: 1 } }"),
        ["revisePlan"] = new(PlanDrafters, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["addPlanItem"] = new(PlanDrafters, "{ planId: \"bm9wZQ==\", title: \"x\", plannedBudget: { amount: 1 }, year: 2027 }"),
        ["removePlanItem"] = new(PlanDrafters, "{ id: \"bm9wZQ==\" }"),
        ["endorsePlan"] = new(OwningLeader, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["submitPlan"] = new(PlanSubmitters, "{ id: \"bm9wZQ==\", version: 1 }"),
        ["decidePlan"] = new(Office, "{ id: \"bm9wZQ==\", version: 1, approve: true }"),
        ["linkProjectToPlanItem"] = new(PlanLinkers, "{ projectId: \"bm9wZQ==\", version: 1 }"),
        ["recordUsageFeedback"] = new(SharingRequesters, "{ requestId: \"bm9wZQ==\", version: 1, feedback: \"x\" }"),
    };
}
