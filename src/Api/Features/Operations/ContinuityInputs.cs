using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

/// <summary>Input of <c>adoptEmergencyPlan</c>.</summary>
public sealed record AdoptEmergencyPlanInput(string SystemId, string Title, string Scenarios, DateOnly ApprovedOn);

public sealed class AdoptEmergencyPlanInputGraphType : InputObjectGraphType<AdoptEmergencyPlanInput>
{
    public AdoptEmergencyPlanInputGraphType()
    {
        Name = "AdoptEmergencyPlanInput";
        Description = "A system's emergency plan, as approved.";
        Field<NonNullGraphType<IdGraphType>>("systemId").Description("The system.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title (up to 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("scenarios").Description("The failures and attacks it answers, and what is done in each (up to 4,000 characters).");
        Field<NonNullGraphType<DateOnlyGraphType>>("approvedOn").Description("When it was approved: not in the future.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reviseEmergencyPlan</c>.</summary>
public sealed record ReviseEmergencyPlanInput(string Id, int Version, string Title, string Scenarios, DateOnly ApprovedOn);

public sealed class ReviseEmergencyPlanInputGraphType : InputObjectGraphType<ReviseEmergencyPlanInput>
{
    public ReviseEmergencyPlanInputGraphType()
    {
        Name = "ReviseEmergencyPlanInput";
        Description = "A plan revised and approved again: its year in force starts over.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title (up to 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("scenarios").Description("The scenarios, as revised.");
        Field<NonNullGraphType<DateOnlyGraphType>>("approvedOn").Description("When the revision was approved: not before the plan in force, not in the future.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>recordEmergencyDrill</c>.</summary>
public sealed record RecordEmergencyDrillInput(string PlanId, DateOnly HeldOn, string Scenario, DrillOutcome Outcome, int? RecoveryMinutes, string? Findings);

public sealed class RecordEmergencyDrillInputGraphType : InputObjectGraphType<RecordEmergencyDrillInput>
{
    public RecordEmergencyDrillInputGraphType()
    {
        Name = "RecordEmergencyDrillInput";
        Description = "A drill of an emergency plan, held.";
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan drilled.");
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("When: after the plan's approval, not in the future.");
        Field<NonNullGraphType<StringGraphType>>("scenario").Description("The scenario played (up to 500 characters).");
        Field<NonNullGraphType<DrillOutcomeGraphType>>("outcome").Description("How it went.");
        Field<IntGraphType>("recoveryMinutes").Description("Minutes until service was restored, if measured.");
        Field<StringGraphType>("findings").Description("What it found wanting; required unless it passed.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>recordSecurityReview</c>.</summary>
public sealed record RecordSecurityReviewInput(string SystemId, SecurityReviewKind Kind, DateOnly PerformedOn, string PerformedBy, string Summary, List<SecurityFindingInput>? Findings);

/// <summary>One finding of <c>recordSecurityReview</c>.</summary>
public sealed record SecurityFindingInput(string Description, FindingSeverity Severity, string Remedy, DateOnly DueOn);

public sealed class RecordSecurityReviewInputGraphType : InputObjectGraphType<RecordSecurityReviewInput>
{
    public RecordSecurityReviewInputGraphType()
    {
        Name = "RecordSecurityReviewInput";
        Description = "A security check or risk assessment made of a system, with its findings.";
        Field<NonNullGraphType<IdGraphType>>("systemId").Description("The system reviewed.");
        Field<NonNullGraphType<SecurityReviewKindGraphType>>("kind").Description("Security check or risk assessment.");
        Field<NonNullGraphType<DateOnlyGraphType>>("performedOn").Description("When it was made: not in the future.");
        Field<NonNullGraphType<StringGraphType>>("performedBy").Description("Who made it (up to 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What it concluded (up to 4,000 characters).");
        Field<ListGraphType<NonNullGraphType<SecurityFindingInputGraphType>>>("findings").Description("What it found, each due after the review (at most 200).");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class SecurityFindingInputGraphType : InputObjectGraphType<SecurityFindingInput>
{
    public SecurityFindingInputGraphType()
    {
        Name = "SecurityFindingInput";
        Description = "One finding of a security review.";
        Field<NonNullGraphType<StringGraphType>>("description").Description("What was found.");
        Field<NonNullGraphType<FindingSeverityGraphType>>("severity").Description("How serious it is.");
        Field<NonNullGraphType<StringGraphType>>("remedy").Description("What is to be done.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The deadline, after the review.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>resolveSecurityFinding</c>.</summary>
public sealed record ResolveSecurityFindingInput(string Id, int Version, DateOnly ResolvedOn, string Resolution);

public sealed class ResolveSecurityFindingInputGraphType : InputObjectGraphType<ResolveSecurityFindingInput>
{
    public ResolveSecurityFindingInputGraphType()
    {
        Name = "ResolveSecurityFindingInput";
        Description = "What was done about a security finding, and when.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The finding.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read.");
        Field<NonNullGraphType<DateOnlyGraphType>>("resolvedOn").Description("When: not before it was found, not in the future.");
        Field<NonNullGraphType<StringGraphType>>("resolution").Description("What was done.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>recordTraining</c>.</summary>
public sealed record RecordTrainingInput(string DepartmentCode, string? SystemId, DateOnly HeldOn, string Topic, decimal Hours, int Attendees);

public sealed class RecordTrainingInputGraphType : InputObjectGraphType<RecordTrainingInput>
{
    public RecordTrainingInputGraphType()
    {
        Name = "RecordTrainingInput";
        Description = "A training session a department held for its staff.";
        Field<NonNullGraphType<StringGraphType>>("departmentCode").Description("The department whose staff were trained.");
        Field<IdGraphType>("systemId").Description("The system it was about, if one.");
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("When: not in the future.");
        Field<NonNullGraphType<StringGraphType>>("topic").Description("What it was about (up to 200 characters).");
        Field<NonNullGraphType<DecimalGraphType>>("hours").Description("How long, hours: more than 0, at most 200, to a tenth.");
        Field<NonNullGraphType<IntGraphType>>("attendees").Description("How many staff attended: 1 to 10,000.");
        this.ReadableBy(Access.Inherited);
    }
}
