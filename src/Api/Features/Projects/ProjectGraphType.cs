using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Budgets;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Budgets;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectGraphType : ObjectGraphType<Project>
{
    public ProjectGraphType()
    {
        Name = "Project";
        Description = "An informatization project of one owning department (the construction unit), through its whole lifecycle.";
        this.IsNode().ReadableBy(Readers.Anyone);
        Field(p => p.Code).ReadableBy(Readers.Anyone).Description("Stable project code, e.g. XM-2025-042.");
        Field(p => p.Name).ReadableBy(Readers.Anyone).Description("Name in Chinese.");
        Field(p => p.NameEn, nullable: true).ReadableBy(Readers.Anyone).Description("Name in English.");
        Field(p => p.Description, nullable: true).Description("What the project is for.");
        Field(p => p.Status, type: typeof(NonNullGraphType<ProjectStatusGraphType>)).ReadableBy(Readers.Anyone).Description("Where the project is in its lifecycle.");
        Field(p => p.Level, type: typeof(NonNullGraphType<ProjectLevelGraphType>)).ReadableBy(Readers.GovernmentAndDashboards).Description("The level of government it is a key project of.");
        Field(p => p.FundingCategory, type: typeof(NonNullGraphType<FundingCategoryGraphType>)).ReadableBy(Readers.GovernmentAndDashboards).Description("Funded from the special fund, or in reserve.");
        Field(p => p.IsCrossDepartment).Description("True when other departments take part.");
        Field(p => p.IsMajor).Description("Municipal key and above, or cross-department: also needs the leader's and the committee's approval.");
        Field(p => p.IsPublished).ReadableBy(Readers.Anyone).Description("Whether the status is published to the public portal.");
        Field(p => p.FeasibilityStudyReference, nullable: true).Description("Reference of the feasibility study report submitted with the application.");
        Field(p => p.SubmittedOn, nullable: true).Description("When the application was submitted to the office.");
        Field(p => p.ReviewDueOn, nullable: true).Description("The expert review is due by this date: 15 working days after submission on the working-day calendar.");
        Field(p => p.ActualStartOn, nullable: true).ReadableBy(Readers.GovernmentAndDashboards).Description("When implementation actually started.");
        Field(p => p.CompletedOn, nullable: true).ReadableBy(Readers.GovernmentAndDashboards).Description("When the project passed acceptance.");
        Field(p => p.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<ProjectPlanGraphType>>("currentPlan").ReadableBy(Readers.Anyone).Description("The plan in force: the proposal until approval, then the baseline or its approved change.")
            .Resolve(ctx => ctx.Source.CurrentPlan);
        Field<ProjectPlanGraphType>("baseline").Description("The plan fixed on approval and replaced only by an approved change; null before approval.")
            .Resolve(ctx => ctx.Source.Baseline);
        Field("baselineRevision", p => p.BaselineRevisionNumber).Description("The revision of the baseline in force: 1 on approval, one more for each approved change; 0 before approval.");

        Field<NonNullGraphType<DepartmentGraphType>>("department").ReadableBy(Readers.Anyone).Description("The owning department (construction unit).")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.OwnerDepartmentId));
        Field<ProgrammeGraphType>("programme").ReadableBy(Readers.Anyone).Description("The programme the project belongs to, if any.")
            .Resolve(ctx => ctx.Loaders().ById<Programme>(ctx.Source.ProgrammeId));
        Field<Planning.PlanItemGraphType>("planItem").Description("The plan item the project delivers; null when no plan foresaw it.")
            .Resolve(ctx => ctx.Loaders().ById<Domain.Planning.PlanItem>(ctx.Source.PlanItemId));
        this.Connection<Project, ProjectParticipationGraphType>("participants", "Other departments taking part in the project.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ProjectParticipant>(nameof(ProjectParticipant.ProjectId), ctx.Source.Id, p => p.OrderBy(x => x.DepartmentId)));

        AddDerivedFigures();
        AddLifecycleRecords();
        AddMoney();
        this.ReadableBy(Readers.Anyone, fields: Readers.Government);
    }

    private void AddDerivedFigures()
    {
        Field<ProgressReportGraphType>("latestProgressReport").Description("The most recent monthly progress report; null before the first.")
            .Resolve(ctx => ctx.Loaders().LatestProgressReport(ctx.Source.Id));
        Field<IntGraphType>("progressPercent").ReadableBy(Readers.Anyone).Description("Progress in percent from the latest report; null before the first.")
            .Resolve(ctx => ctx.Loaders().LatestProgressReport(ctx.Source.Id).Then(r => r?.ProgressPercent));
        Field<DecimalGraphType>("plannedProgressPercent").Description("Progress the baseline planned by today, in percent; null without a baseline.")
            .Resolve(ctx => ctx.Source.Baseline is { } b ? ProjectHealth.PlannedProgress(b, ctx.Clock().Today) : null);
        Field<VarianceGraphType>("scheduleVariance").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("Schedule variance against the baseline: (planned - actual progress) / planned while under way, or the lateness of its latest-running milestone as a share of the planned duration when that is more; once complete, the completion slip as a share of the planned duration; null without a baseline.")
            .Resolve(ctx =>
            {
                var (project, today, loaders) = (ctx.Source, ctx.Clock().Today, ctx.Loaders());
                return loaders.LatestProgressReport(project.Id).With(loaders.MilestonesDaysLate(project.Id, today),
                    (r, late) => ProjectHealth.ScheduleVariance(project.Baseline, r?.ProgressPercent, today, project.CompletedOn, late));
            });
        Field<VarianceGraphType>("costVariance").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("Cost variance against the baseline: (spend to date - earned value) / earned value, earned value being budget x progress; null before progress is reported.")
            .Resolve(ctx =>
            {
                var project = ctx.Source;
                return ctx.Loaders().LatestProgressReport(project.Id)
                    .Then(r => ProjectHealth.CostVariance(project.Baseline, r?.ProgressPercent, r?.SpendToDate));
            });
        Field<NonNullGraphType<BooleanGraphType>>("isProgressReportOverdue").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("True when the project is under way and last month's report is past its due day and missing.")
            .Resolve(ctx =>
            {
                var (project, today, schedule) = (ctx.Source, ctx.Clock().Today, ctx.ReportSchedule());
                return ctx.Loaders().LatestProgressReport(project.Id)
                    .Then(r => schedule.IsOverdue(project.Status, project.ActualStartOn, r?.Month, today));
            });
        Field<NonNullGraphType<BooleanGraphType>>("isReviewOverdue").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("True when the project is submitted and still without an expert panel after its review's due date (reviewDueOn).")
            .Resolve(ctx => ctx.Source.IsReviewOverdue(ctx.Clock().Today));
        Field<StatusColourGraphType>("colour").ReadableBy(Readers.Anyone)
            .Description("Traffic light: red when behind schedule or over budget by more than 30%, amber when by 10-30% or a progress report is overdue, green otherwise; null before approval and for stopped projects.")
            .Resolve(ctx =>
            {
                var (project, today, schedule, loaders) = (ctx.Source, ctx.Clock().Today, ctx.ReportSchedule(), ctx.Loaders());
                return loaders.LatestProgressReport(project.Id).With(loaders.MilestonesDaysLate(project.Id, today), (r, late) => ProjectHealth.Colour(
                    project.Status,
                    ProjectHealth.ScheduleVariance(project.Baseline, r?.ProgressPercent, today, project.CompletedOn, late),
                    ProjectHealth.CostVariance(project.Baseline, r?.ProgressPercent, r?.SpendToDate),
                    schedule.IsOverdue(project.Status, project.ActualStartOn, r?.Month, today)));
            });
        Field<StringGraphType>("responsiblePerson").Description("The named person who answers for the project (确定专人负责); null until the department names one (assignResponsiblePerson).")
            .Resolve(ctx => ctx.Source.ResponsiblePerson);
        Field<DeliveryConfidenceGraphType>("deliveryConfidence").ReadableBy(Readers.GovernmentAndDashboards)
            .Description("The office's latest delivery confidence rating (green to red), a judgement beside the computed colour; null until it first rates the project.")
            .Resolve(ctx => ctx.Source.DeliveryConfidence);
        Field<BooleanGraphType>("deliveredOnTime").ReadableBy(Readers.GovernmentAndDashboards).Description("True when completed by the baseline due date; null until completed.")
            .Resolve(ctx => ProjectHealth.DeliveredOnTime(ctx.Source.Baseline, ctx.Source.CompletedOn));
    }

    private void AddLifecycleRecords()
    {
        this.Connection<Project, ProjectDecisionGraphType>("decisions", "Every change of status, and the owning leader's approval of a major project (status unchanged), oldest first: who decided, when and why.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ProjectDecision>(nameof(ProjectDecision.ProjectId), ctx.Source.Id, d => d.OrderBy(x => x.DecidedAt)));
        this.Connection<Project, BaselineRevisionGraphType>("baselineHistory", "The original baseline and every re-baseline, oldest first: who approved which change, when, and the old and new values.")
            .ResolveBatched(ctx => ctx.Loaders().Children<BaselineRevision>(nameof(BaselineRevision.ProjectId), ctx.Source.Id, r => r.OrderBy(x => x.Revision)));
        this.Connection<Project, MilestoneGraphType>("milestones", "Milestones of the baseline, by due date.")
            .ResolveBatched(ctx => ctx.Loaders().Children<Milestone>(nameof(Milestone.ProjectId), ctx.Source.Id, m => m.OrderBy(x => x.DueOn)));
        this.Connection<Project, ConfidenceRatingGraphType>("confidenceHistory", "The office's delivery confidence ratings, latest first: each with the one before it, why, who and when.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ConfidenceRating>(nameof(ConfidenceRating.ProjectId), ctx.Source.Id, r => r.OrderByDescending(x => x.Number)));
        this.Connection<Project, ProjectRiskGraphType>("risks", "The project's register of risks and issues: open ones first, by score (highest first), then closed ones.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ProjectRisk>(nameof(ProjectRisk.ProjectId), ctx.Source.Id,
                r => r.OrderBy(x => x.Status).ThenByDescending(x => x.Score).ThenBy(x => x.Number)));
        this.Connection<Project, SupervisionReportGraphType>("supervisionReports", "Construction supervisors' monthly reports, latest month first. Read by the office and the owning department.")
            .ReadableBy(ProjectReaders.SupervisionReaders)
            .ResolveBatched(ctx => ctx.Loaders().Children<SupervisionReport>(nameof(SupervisionReport.ProjectId), ctx.Source.Id, r => r.OrderByDescending(x => x.Month)));
        this.Connection<Project, ProgressReportGraphType>("progressReports", "Monthly progress reports, latest month first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ProgressReport>(nameof(ProgressReport.ProjectId), ctx.Source.Id, r => r.OrderByDescending(x => x.Month)));
        this.Connection<Project, ChangeRequestGraphType>("changeRequests", "Change requests, latest first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ChangeRequest>(nameof(ChangeRequest.ProjectId), ctx.Source.Id, c => c.OrderByDescending(x => x.RequestedAt)));
        this.Connection<Project, ReviewPanelGraphType>("reviewPanels", "Expert review panels of the application, latest first (a resubmission gets a new panel).")
            .ResolveBatched(ctx => ctx.Loaders().Children<ReviewPanel>(nameof(ReviewPanel.ProjectId), ctx.Source.Id, p => p.OrderByDescending(x => x.MeetingOn)));
        Field<ReviewPanelGraphType>("reviewPanel").Description("The latest expert review panel; null before review.")
            .Resolve(ctx => ctx.Loaders().Children<ReviewPanel>(nameof(ReviewPanel.ProjectId), ctx.Source.Id, p => p.OrderByDescending(x => x.MeetingOn)).Then(l => l.FirstOrDefault()));
        Field<ImplementationPlanGraphType>("implementationPlan").Description("The latest implementation plan filed with the office (waiting for review, accepted or returned); null until filed.")
            .Resolve(ctx => ctx.Loaders().Children<ImplementationPlan>(nameof(ImplementationPlan.ProjectId), ctx.Source.Id, p => p.OrderByDescending(x => x.Number)).Then(l => l.FirstOrDefault()));
        this.Connection<Project, ImplementationPlanGraphType>("implementationPlans", "Every implementation plan filed, latest first: returned ones with the office's comments.")
            .ResolveBatched(ctx => ctx.Loaders().Children<ImplementationPlan>(nameof(ImplementationPlan.ProjectId), ctx.Source.Id, p => p.OrderByDescending(x => x.Number)));
        this.Connection<Project, TenderGraphType>("tenders", "Procurement rounds, latest first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<Tender>(nameof(Tender.ProjectId), ctx.Source.Id, t => t.OrderByDescending(x => x.PublishedOn)));
        this.Connection<Project, TenderExemptionGraphType>("tenderExemptions", "The office's leave to sign contracts without a tender, latest first.").ReadableBy(Readers.MoneyAndContracts)
            .ResolveBatched(ctx => ctx.Loaders().Children<TenderExemption>(nameof(TenderExemption.ProjectId), ctx.Source.Id, e => e.OrderByDescending(x => x.GrantedAt)));
        this.Connection<Project, ContractGraphType>("contracts", "Contracts with vendors, latest first.").ReadableBy(Readers.MoneyAndContracts)
            .ResolveBatched(ctx => ctx.Loaders().Children<Contract>(nameof(Contract.ProjectId), ctx.Source.Id, c => c.OrderByDescending(x => x.SignedOn)));
        this.Connection<Project, AcceptanceGraphType>("acceptances", "Acceptances held, latest first (a failed one is followed by another).")
            .ResolveBatched(ctx => ctx.Loaders().Children<Acceptance>(nameof(Acceptance.ProjectId), ctx.Source.Id, LatestFirst));
        Field<AcceptanceGraphType>("acceptance").Description("The latest acceptance; null before acceptance.")
            .Resolve(ctx => ctx.Loaders().Children<Acceptance>(nameof(Acceptance.ProjectId), ctx.Source.Id, LatestFirst).Then(l => l.FirstOrDefault()));
        Field<PostEvaluationGraphType>("postEvaluation").Description("The post-evaluation after stable operation; null until evaluated.")
            .Resolve(ctx => ctx.Loaders().Children<PostEvaluation>(nameof(PostEvaluation.ProjectId), ctx.Source.Id, e => e.OrderByDescending(x => x.EvaluatedOn)).Then(l => l.FirstOrDefault()));
    }

    private void AddMoney()
    {
        this.Connection<Project, BudgetLineGraphType>("budgetLines", "Amounts approved per fiscal year, by year.").ReadableBy(Readers.MoneyAndContracts)
            .ResolveBatched(ctx => ctx.Loaders().Children<BudgetLine>(nameof(BudgetLine.ProjectId), ctx.Source.Id, b => b.OrderBy(x => x.FiscalYear)));
        this.Connection<Project, FundAllocationGraphType>("allocations", "Allocations from special funds, oldest first.").ReadableBy(Readers.MoneyAndContracts)
            .ResolveBatched(ctx => ctx.Loaders().Children<FundAllocation>(nameof(FundAllocation.ProjectId), ctx.Source.Id, a => a.OrderBy(x => x.AllocatedOn).ThenBy(x => x.Id)));
        this.Connection<Project, ExpenditureGraphType>("expenditures", "Payments made for the project, latest first.").ReadableBy(Readers.MoneyAndContracts)
            .ResolveBatched(ctx => ctx.Loaders().Children<Expenditure>(nameof(Expenditure.ProjectId), ctx.Source.Id, e => e.OrderByDescending(x => x.SpentOn)));
        this.Connection<Project, ProjectFundingYearGraphType>("fundingByYear", "Per fiscal year, by year: the budget line, what the fund allocated, contracts signed, and payments charged to the year (advances among them).").ReadableBy(Readers.MoneyAndContracts)
            .ResolveBatched(ctx => ctx.Loaders().FundingByYear(ctx.Source.Id));
    }

    // By attempt, not by date: a pass held the same day as the failure before it is the latest.
    private static IEnumerable<Acceptance> LatestFirst(IEnumerable<Acceptance> acceptances) =>
        acceptances.OrderByDescending(a => a.Attempt);
}
