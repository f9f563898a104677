using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>recordAcceptanceOpinion</c>.</summary>
public sealed record RecordAcceptanceOpinionInput(string AcceptanceId, AcceptanceResult Verdict, string? Comment);

public sealed class RecordAcceptanceOpinionInputGraphType : InputObjectGraphType<RecordAcceptanceOpinionInput>
{
    public RecordAcceptanceOpinionInputGraphType()
    {
        Name = "RecordAcceptanceOpinionInput";
        Description = "The calling expert's own verdict at an acceptance they sit on.";
        Field<NonNullGraphType<IdGraphType>>("acceptanceId").Description("Global id of the open acceptance.");
        Field<NonNullGraphType<AcceptanceResultGraphType>>("verdict").Description("The expert's own verdict.");
        Field<StringGraphType>("comment").Description("Why, in the expert's words; the conditions, for a pass with conditions.");
        this.ReadableBy(Access.Inherited);
    }
}
