using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>raiseRisk</c>.</summary>
public sealed record RaiseRiskInput(string ProjectId, string Title, string Owner, int Likelihood, int Impact, string Mitigation);

public sealed class RaiseRiskInputGraphType : InputObjectGraphType<RaiseRiskInput>
{
    public RaiseRiskInputGraphType()
    {
        Name = "RaiseRiskInput";
        Description = "A risk or issue entered in a project's register.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project (approved, or under way).");
        Field<NonNullGraphType<StringGraphType>>("title").Description("What could go wrong (or has).");
        Field<NonNullGraphType<StringGraphType>>("owner").Description("The person who answers for it.");
        Field<NonNullGraphType<IntGraphType>>("likelihood").Description("How likely, 1 (rare) to 5 (almost certain).");
        Field<NonNullGraphType<IntGraphType>>("impact").Description("How bad, 1 (negligible) to 5 (severe).");
        Field<NonNullGraphType<StringGraphType>>("mitigation").Description("What is done about it.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reassessRisk</c>.</summary>
public sealed record ReassessRiskInput(string RiskId, int Version, int Likelihood, int Impact, string? Owner, string? Mitigation);

public sealed class ReassessRiskInputGraphType : InputObjectGraphType<ReassessRiskInput>
{
    public ReassessRiskInputGraphType()
    {
        Name = "ReassessRiskInput";
        Description = "A new assessment of an open risk.";
        Field<NonNullGraphType<IdGraphType>>("riskId").Description("Global id of the risk.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The risk's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<IntGraphType>>("likelihood").Description("How likely now, 1 to 5.");
        Field<NonNullGraphType<IntGraphType>>("impact").Description("How bad now, 1 to 5.");
        Field<StringGraphType>("owner").Description("A new owner; unchanged when omitted.");
        Field<StringGraphType>("mitigation").Description("The mitigation now; unchanged when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>escalateRisk</c> and <c>closeRisk</c>: the risk, its version and why.</summary>
public sealed record RiskDecisionInput(string RiskId, int Version, string Reason);

public sealed class RiskDecisionInputGraphType : InputObjectGraphType<RiskDecisionInput>
{
    public RiskDecisionInputGraphType()
    {
        Name = "RiskDecisionInput";
        Description = "An open risk escalated to the office, or closed, with why.";
        Field<NonNullGraphType<IdGraphType>>("riskId").Description("Global id of the risk.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The risk's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Escalating: what the department needs from the office. Closing: why it is closed.");
        this.ReadableBy(Access.Inherited);
    }
}
