using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

public sealed class EmergencyPlanGraphType : ObjectGraphType<EmergencyPlan>
{
    public EmergencyPlanGraphType()
    {
        Name = "EmergencyPlan";
        Description = "A system's emergency plan (应急预案): the scenarios it answers; in force for a year from approval and to be drilled at least once a year.";
        this.IsNode();
        Field<NonNullGraphType<InformationSystemGraphType>>("system").Description("The system.")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        Field(p => p.Title).Description("Title.");
        Field(p => p.Scenarios).Description("The failures and attacks it answers, and what is done in each.");
        Field(p => p.ApprovedOn).Description("When the plan in force was approved.");
        Field(p => p.ReviewDueOn).Description("A year after approval: to be reviewed and approved again by then.");
        Field<NonNullGraphType<BooleanGraphType>>("isInForce").Description("Approved and not past its review date, today (deployment time zone).")
            .Resolve(ctx => ctx.Source.IsInForce(ctx.Clock().Today));
        Field(p => p.LastDrilledOn, nullable: true).Description("The latest drill's date; null if never drilled.");
        Field(p => p.DrillDueOn).Description("A drill is due by this day: a year after the last drill, or after approval if never drilled.");
        Field<NonNullGraphType<BooleanGraphType>>("isDrillOverdue").Description("Not drilled within a year, today.")
            .Resolve(ctx => ctx.Source.DrillDueOn < ctx.Clock().Today);
        this.Connection<EmergencyPlan, EmergencyDrillGraphType>("drills", "Drills of this plan, latest first.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<EmergencyDrill>().Where(d => d.PlanId == ctx.Source.Id).OrderByDescending(d => d.HeldOn).ThenBy(d => d.Id));
        Field(p => p.Version).Description("Concurrency version; changes with every edit and drill.");
        this.ReadableBy(OperationsReaders.Operations);
    }
}

public sealed class EmergencyDrillGraphType : ObjectGraphType<EmergencyDrill>
{
    public EmergencyDrillGraphType()
    {
        Name = "EmergencyDrill";
        Description = "A drill (演练) of a system's emergency plan: the scenario played and how it went.";
        this.IsNode();
        Field<NonNullGraphType<EmergencyPlanGraphType>>("plan").Description("The plan drilled.")
            .Resolve(ctx => ctx.Loaders().ById<EmergencyPlan>(ctx.Source.PlanId));
        Field<NonNullGraphType<InformationSystemGraphType>>("system").Description("The system.")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        Field(d => d.HeldOn).Description("When it was held.");
        Field(d => d.Scenario).Description("The scenario played.");
        Field<NonNullGraphType<DrillOutcomeGraphType>>("outcome").Description("How it went.").Resolve(ctx => ctx.Source.Outcome);
        Field(d => d.RecoveryMinutes, nullable: true).Description("Minutes until service was restored; null when not measured.");
        Field(d => d.Findings, nullable: true).Description("What it found wanting (required unless it passed).");
        this.ReadableBy(OperationsReaders.Operations);
    }
}

public sealed class SecurityReviewGraphType : ObjectGraphType<SecurityReview>
{
    public SecurityReviewGraphType()
    {
        Name = "SecurityReview";
        Description = "A security check or risk assessment of a system in operation, with its findings.";
        this.IsNode();
        Field<NonNullGraphType<InformationSystemGraphType>>("system").Description("The system reviewed.")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        Field<NonNullGraphType<SecurityReviewKindGraphType>>("kind").Description("Security check or risk assessment.").Resolve(ctx => ctx.Source.Kind);
        Field(r => r.PerformedOn).Description("When it was made.");
        Field(r => r.PerformedBy).Description("Who made it.");
        Field(r => r.Summary).Description("What it concluded.");
        Field(r => r.RecordedAt).Description("When it was recorded.");
        this.Connection<SecurityReview, SecurityFindingGraphType>("findings", "Its findings, by number.")
            .ResolveQuery(ctx => ctx.Loaders().Visible<SecurityFinding>().Where(f => f.ReviewId == ctx.Source.Id).OrderBy(f => f.Number));
        this.ReadableBy(OperationsReaders.Operations);
    }
}

public sealed class SecurityFindingGraphType : ObjectGraphType<SecurityFinding>
{
    public SecurityFindingGraphType()
    {
        Name = "SecurityFinding";
        Description = "One finding of a security check or risk assessment: open until the system's keepers resolve it; overdue while open past its deadline.";
        this.IsNode();
        Field<NonNullGraphType<SecurityReviewGraphType>>("review").Description("The review that found it.")
            .Resolve(ctx => ctx.Loaders().ById<SecurityReview>(ctx.Source.ReviewId));
        Field<NonNullGraphType<InformationSystemGraphType>>("system").Description("The system.")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        Field(f => f.Number).Description("Its number in the review.");
        Field(f => f.Description).Description("What was found.");
        Field<NonNullGraphType<FindingSeverityGraphType>>("severity").Description("How serious it is.").Resolve(ctx => ctx.Source.Severity);
        Field(f => f.Remedy).Description("What is to be done.");
        Field(f => f.FoundOn).Description("The review's date.");
        Field(f => f.DueOn).Description("The deadline.");
        Field(f => f.ResolvedOn, nullable: true).Description("When it was resolved; null while open.");
        Field(f => f.Resolution, nullable: true).Description("What was done.");
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("Open past its deadline, today (deployment time zone).")
            .Resolve(ctx => ctx.Source.IsOverdueOn(ctx.Clock().Today));
        Field(f => f.Version).Description("Concurrency version; changes with every edit.");
        this.ReadableBy(OperationsReaders.Operations);
    }
}

public sealed class TrainingRecordGraphType : ObjectGraphType<TrainingRecord>
{
    public TrainingRecordGraphType()
    {
        Name = "TrainingRecord";
        Description = "A training session a department held for its staff, counted in the information centre's indicators.";
        this.IsNode();
        Field<NonNullGraphType<DepartmentGraphType>>("department").Description("The department whose staff were trained.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.DepartmentId));
        Field<InformationSystemGraphType>("system").Description("The system the training was about, if one (null also when the caller does not see it).")
            .Resolve(ctx => ctx.Loaders().ById<InformationSystem>(ctx.Source.SystemId));
        Field(t => t.HeldOn).Description("When it was held.");
        Field(t => t.Topic).Description("What it was about.");
        Field(t => t.Hours).Description("How long it lasted, hours.");
        Field(t => t.Attendees).Description("How many staff attended.");
        Field(t => t.PersonHours).Description("Hours times attendees.");
        this.ReadableBy(OperationsReaders.Operations);
    }
}
