using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.Authorization;
using static InfoGov.Api.Tests.Authorization.AccessPolicy;

namespace InfoGov.Api.Tests.Projects;

/// <summary>Who may read and change what in this feature: DOMAIN.md section 7 written out for the tests (see
/// <see cref="AccessPolicy"/>, which gathers every feature's rules for the access matrix).</summary>
public static class ProjectAccessPolicy
{
    /// <summary>The expert pool is kept by the office and the platform administrators.</summary>
    private static readonly Rule PoolKeepers = new(false, [Roles.CommitteeOffice, Roles.Admin], []);

    /// <summary>The register of vendors: finance, the office, and every department's contract signers.</summary>
    /// <summary>Construction supervisors' reports: the office; the owning department's manager, leader and staff.</summary>
    private static readonly Rule SupervisionReaders = new(false, [Roles.CommitteeOffice], [Roles.InformationManager, Roles.DepartmentLeader, Roles.Staff]);

    private static readonly Rule VendorRegister = new(false, [Roles.Finance, Roles.CommitteeOffice, Roles.InformationManager, Roles.DepartmentLeader], []);

    public static readonly FeatureAccess Rules = new()
    {
        NodeTypes = new()
        {
            ["Project"] = new(Anyone, Government, Fields(
                (Anyone, ["id", "code", "name", "nameEn", "status", "colour", "progressPercent", "department", "programme", "currentPlan", "isPublished"]),
                (GovernmentAndDashboards, ["level", "fundingCategory", "scheduleVariance", "costVariance", "isProgressReportOverdue", "isReviewOverdue", "deliveredOnTime", "actualStartOn", "completedOn", "deliveryConfidence"]),
                (MoneyAndContracts, ["budgetLines", "allocations", "expenditures", "contracts", "tenderExemptions", "fundingByYear"]),
                (SupervisionReaders, ["supervisionReports"]))),
            ["ProjectDecision"] = new(Government, Government),
            ["Milestone"] = new(Government, Government),
            ["ConfidenceRating"] = new(Government, Government),
            ["ProgressReport"] = new(Government, Government, Fields((MoneyAndContracts, ["spendToDate"]))),
            ["ChangeRequest"] = new(Government, Government),
            ["Expert"] = new(Government, Government, Fields((ExpertIdentities, ["panelSeats"]))),
            ["ReviewPanel"] = new(Government, Government, Fields((PanelComposition, ["members", "opinions"]), (PanelDraw, ["drawSeed", "drawCategory", "drawCandidates"]))),
            ["ExpertOpinion"] = new(Government, Government),
            ["ImplementationPlan"] = new(Government, Government),
            ["Tender"] = new(Government, Government, Fields((MoneyAndContracts, ["winningVendor", "registeredWinner"]))),
            ["Vendor"] = new(VendorRegister, VendorRegister, Fields((FundManagers, ["contracts"]))),
            ["TenderExemption"] = new(MoneyAndContracts, MoneyAndContracts),
            ["ProjectRisk"] = new(Government, Government),
            ["SupervisionReport"] = new(SupervisionReaders, SupervisionReaders, Fields((VendorRegister, ["supervisor"]))),
            ["Contract"] = new(MoneyAndContracts, MoneyAndContracts),
            ["Acceptance"] = new(Government, Government, Fields((ExpertIdentities, ["expertCodes"]), (AcceptanceVerdicts, ["opinions"]))),
            ["PostEvaluation"] = new(Government, Government),
        },
        ValueTypes = new()
        {
            ["ProjectPlan"] = ("Project", "currentPlan", new(Anyone, Government, Fields((Anyone, ["startOn", "dueOn", "durationDays"]), (GovernmentAndDashboards, ["budget"])))),
            ["PanelMember"] = ("ReviewPanel", "members", new(Government, Government)),
            ["ProjectParticipation"] = ("Department", "participations", new(Government, Government)),
            ["BaselineRevision"] = ("Project", "baselineHistory", new(Government, Government)),
            ["AcceptanceOpinion"] = ("Acceptance", "opinions", new(Government, Government, Fields((ExpertIdentities, ["expert"])))),
        },
        Query = new()
        {
            ["projects"] = Anyone,
            ["project"] = Anyone,
            ["experts"] = Government,
            ["portfolio"] = GovernmentAndDashboards,
            ["bulletin"] = Government,
            ["vendors"] = VendorRegister,
            ["escalatedRisks"] = Office,
        },
        Mutation = new()
        {
            ["enlistExpert"] = new(PoolKeepers, "{ code: \"NOPE\", name: \"x\", fields: [\"x\"], affiliationDepartmentCode: \"NOPE\" }"),
            ["reviseExpert"] = new(PoolKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["retireExpert"] = new(PoolKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["reinstateExpert"] = new(PoolKeepers, "{ id: \"bm9wZQ==\", version: 1 }"),
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
            ["reviewImplementationPlan"] = new(Office, "{ planId: \"bm9wZQ==\", version: 1, accept: true }"),
            ["recordTender"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", title: \"x\", method: OPEN_TENDER, publishedOn: \"2026-11-01\" }"),
            ["signContract"] = new(ContractSigners, "{ projectId: \"bm9wZQ==\", number: \"x\", vendorId: \"bm9wZQ==\", amount: { amount: 1 }, signedOn: \"2026-11-01\" }"),
            ["recordSupervisionReport"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", supervisorId: \"bm9wZQ==\", month: \"2026-11-01\", quality: SATISFACTORY, schedule: ON_SCHEDULE }"),
            ["raiseRisk"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", title: \"x\", owner: \"x\", likelihood: 1, impact: 1, mitigation: \"x\" }"),
            ["reassessRisk"] = new(ProjectApplicants, "{ riskId: \"bm9wZQ==\", version: 1, likelihood: 1, impact: 1 }"),
            ["escalateRisk"] = new(ProjectApplicants, "{ riskId: \"bm9wZQ==\", version: 1, reason: \"x\" }"),
            ["closeRisk"] = new(ProjectApplicants, "{ riskId: \"bm9wZQ==\", version: 1, reason: \"x\" }"),
            ["registerVendor"] = new(Office, "{ name: \"x\", creditCode: \"x\", kind: CONTRACTOR }"),
            ["reviseVendor"] = new(Office, "{ id: \"bm9wZQ==\", version: 1, name: \"x\", kind: CONTRACTOR }"),
            ["retireVendor"] = new(Office, "{ id: \"bm9wZQ==\", version: 1, reason: \"x\" }"),
            ["reinstateVendor"] = new(Office, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["grantTenderExemption"] = new(Office, "{ projectId: \"bm9wZQ==\", reason: \"x\", ceiling: { amount: 1 } }"),
            ["submitProgressReport"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", month: \"2026-11-01\", progressPercent: 1, spendToDate: { amount: 1 } }"),
            ["completeMilestone"] = new(ProjectApplicants, "{ milestoneId: \"bm9wZQ==\", version: 1, completedOn: \"2026-11-01\", evidence: \"x\" }"),
            ["assignResponsiblePerson"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", version: 1, name: \"x\" }"),
            ["rateDeliveryConfidence"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, rating: GREEN, narrative: \"x\" }"),
            ["requestChange"] = new(ProjectApplicants, "{ projectId: \"bm9wZQ==\", kind: DATES, reason: \"x\", dueOn: \"2027-12-31\" }"),
            ["decideChange"] = new(Office, "{ changeRequestId: \"bm9wZQ==\", version: 1, approve: true }"),
            ["requestAcceptance"] = new(ProjectApplicants, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["conveneAcceptance"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, heldOn: \"2026-11-01\", expertCodes: [\"x\"] }"),
            ["recordAcceptanceOpinion"] = new(PanelExperts, "{ acceptanceId: \"bm9wZQ==\", verdict: PASSED }"),
            ["recordAcceptance"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, result: PASSED }"),
            ["recordPostEvaluation"] = new(Office, "{ projectId: \"bm9wZQ==\", version: 1, evaluatedOn: \"2026-11-01\", qualityScore: 90, operatingStatus: STABLE, returnOnInvestment: 0.1, conclusion: CONTINUE }"),
            ["placeProjectOnReserve"] = new(Office, "{ id: \"bm9wZQ==\", version: 1 }"),
            ["publishProject"] = new(ProjectPublishers, "{ id: \"bm9wZQ==\", version: 1, published: true }"),
        },
    };
}
