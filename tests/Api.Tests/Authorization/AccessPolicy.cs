using InfoGov.Api.Authorization;

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
    public static readonly Rule OwningLeader = new(false, [], [Roles.DepartmentLeader]);
    public static readonly Rule ResponsibilityKeepers = new(false, [Roles.CommitteeOffice, Roles.Admin], [Roles.DepartmentLeader]);
    public static readonly Rule SharingRequesters = new(false, [], [Roles.DataSteward, Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule SharingDeciders = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.DepartmentLeader]);
    public static readonly Rule CatalogKeepers = new(false, [Roles.CommitteeOffice], [Roles.DataSteward, Roles.InformationManager]);
    public static readonly Rule ContractSigners = new(false, [], [Roles.DepartmentLeader, Roles.InformationManager]);
    public static readonly Rule Auditors = new(false, [Roles.CommitteeOffice, Roles.Admin], []);
    public static readonly Rule ProjectApplicants = new(false, [Roles.CommitteeOffice], [Roles.InformationManager, Roles.DepartmentLeader]);
    public static readonly Rule PanelComposition = ExpertIdentities with { Condition = ("closed", Government) };
    public static readonly Rule PanelDraw = Office with { Condition = ("closed", Government) };
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
        ["Acceptance"] = new(Government, Government, Fields((ExpertIdentities, ["expertCodes"]))),
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
        ["DataDispute"] = new(Government, Government),
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
        ["dataDisputes"] = Government,
    };

    /// <summary>Mutations: who may call them at all (role level; the department is checked on the target
    /// and refused in the payload with NOT_PERMITTED).</summary>
    public static readonly Dictionary<string, Rule> Mutation = new()
    {
        ["createProjectDraft"] = ProjectApplicants,
        ["updateProjectDraft"] = ProjectApplicants,
        ["submitProject"] = ProjectApplicants,
        ["cancelProject"] = ProjectApplicants,
        ["drawReviewPanel"] = Office,
        ["recordExpertOpinion"] = PanelExperts,
        ["concludeReview"] = Office,
        ["declareExpertConflict"] = PanelExperts,
        ["recordLeaderApproval"] = OwningLeader,
        ["decideProject"] = Office,
        ["fileImplementationPlan"] = ProjectApplicants,
        ["recordTender"] = ProjectApplicants,
        ["signContract"] = ContractSigners,
        ["submitProgressReport"] = ProjectApplicants,
        ["requestChange"] = ProjectApplicants,
        ["decideChange"] = Office,
        ["requestAcceptance"] = ProjectApplicants,
        ["recordAcceptance"] = Office,
        ["recordPostEvaluation"] = Office,
        ["setFundCap"] = FundManagers,
        ["allocateFunds"] = FundManagers,
        ["promoteReserveProject"] = FundManagers,
        ["recordExpenditure"] = MoneyAndContracts,
        ["reimburseAdvance"] = FundManagers,
        ["assignResponsibility"] = ResponsibilityKeepers,
        ["delegateResponsibility"] = ResponsibilityKeepers,
        ["revokeDelegation"] = ResponsibilityKeepers,
        ["recordFulfilment"] = ResponsibilityKeepers,
        ["submitSharingRequest"] = SharingRequesters,
        ["decideSharingRequest"] = SharingDeciders,
        ["withdrawSharingRequest"] = SharingRequesters,
        ["escalateSharingRequest"] = Office,
        ["placeProjectOnReserve"] = Office,
        ["publishProject"] = new(false, [Roles.CommitteeOffice], [Roles.DepartmentLeader]),
        ["revokeSharingGrant"] = SharingDeciders,
        ["renewSharingGrant"] = SharingDeciders,
        ["recordDataAccess"] = DataAccessors,
        ["registerDataResource"] = CatalogKeepers,
        ["updateDataResource"] = CatalogKeepers,
        ["publishDataResource"] = CatalogKeepers,
        ["retireDataResource"] = CatalogKeepers,
        ["raiseDataDispute"] = DataAccessors,
        ["answerDataDispute"] = CatalogKeepers,
        ["recordUsageFeedback"] = SharingRequesters,
    };
}
