using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

/// <summary>One expert's opinion in <see cref="RecordAcceptanceInput"/>.</summary>
public sealed record AcceptanceOpinionInput(string ExpertCode, AcceptanceResult Verdict, string? Comment);

public sealed class AcceptanceOpinionInputGraphType : InputObjectGraphType<AcceptanceOpinionInput>
{
    public AcceptanceOpinionInputGraphType()
    {
        Name = "AcceptanceOpinionInput";
        Description = "What one expert concluded at an acceptance.";
        Field<NonNullGraphType<StringGraphType>>("expertCode").Description("The expert's pool code.");
        Field<NonNullGraphType<AcceptanceResultGraphType>>("verdict").Description("The expert's own verdict.");
        Field<StringGraphType>("comment").Description("Why, in the expert's words.");
        this.ReadableBy(Access.Inherited);
    }
}
