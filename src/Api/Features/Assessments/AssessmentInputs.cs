using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Assessments;

/// <summary>Input of <c>runAssessment</c> and <c>publishAssessments</c>.</summary>
public sealed record AssessmentYearInput(int Year);

public sealed class AssessmentYearInputGraphType : InputObjectGraphType<AssessmentYearInput>
{
    public AssessmentYearInputGraphType()
    {
        Name = "AssessmentYearInput";
        Description = "The year assessed.";
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year, e.g. 2026.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>scoreIndicator</c>.</summary>
public sealed record ScoreIndicatorInput(string IndicatorId, decimal Actual);

public sealed class ScoreIndicatorInputGraphType : InputObjectGraphType<ScoreIndicatorInput>
{
    public ScoreIndicatorInputGraphType()
    {
        Name = "ScoreIndicatorInput";
        Description = "The office's score of an indicator that needs a human judgement.";
        Field<NonNullGraphType<IdGraphType>>("indicatorId").Description("The indicator result (IndicatorResult id).");
        Field<NonNullGraphType<DecimalGraphType>>("actual").Description("The actual, a ratio from 0 to 1.");
        this.ReadableBy(Access.Inherited);
    }
}
