using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>rateDeliveryConfidence</c>.</summary>
public sealed record RateDeliveryConfidenceInput(string ProjectId, int Version, DeliveryConfidence Rating, string Narrative);

public sealed class RateDeliveryConfidenceInputGraphType : InputObjectGraphType<RateDeliveryConfidenceInput>
{
    public RateDeliveryConfidenceInputGraphType()
    {
        Name = "RateDeliveryConfidenceInput";
        Description = "The office's delivery confidence rating of an approved project not yet accepted.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DeliveryConfidenceGraphType>>("rating").Description("The rating, green to red.");
        Field<NonNullGraphType<StringGraphType>>("narrative").Description("Why: what the office saw and what it expects of the department (up to 2,000 characters).");
        this.ReadableBy(Access.Inherited);
    }
}
