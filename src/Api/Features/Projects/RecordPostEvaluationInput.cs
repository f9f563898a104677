using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>recordPostEvaluation</c>.</summary>
public sealed record RecordPostEvaluationInput(string ProjectId, int Version, DateOnly EvaluatedOn, int QualityScore, OperatingStatus OperatingStatus,
    decimal ReturnOnInvestment, EvaluationConclusion Conclusion, string? Summary);

public sealed class RecordPostEvaluationInputGraphType : InputObjectGraphType<RecordPostEvaluationInput>
{
    public RecordPostEvaluationInputGraphType()
    {
        Name = "RecordPostEvaluationInput";
        Description = "The evaluation of an accepted system after stable operation.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("evaluatedOn").Description("When the evaluation was made.");
        Field<NonNullGraphType<IntGraphType>>("qualityScore").Description("Engineering quality score, 0-100.");
        Field<NonNullGraphType<OperatingStatusGraphType>>("operatingStatus").Description("How the system is running.");
        Field<NonNullGraphType<DecimalGraphType>>("returnOnInvestment").Description("Return on investment as a ratio: 0.15 is 15%.");
        Field<NonNullGraphType<EvaluationConclusionGraphType>>("conclusion").Description("What to do with the system.");
        Field<StringGraphType>("summary").Description("Summary of the evaluation.");
        this.ReadableBy(Access.Inherited);
    }
}
