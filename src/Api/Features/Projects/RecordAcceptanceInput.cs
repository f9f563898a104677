using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed record RecordAcceptanceInput(string ProjectId, int Version, AcceptanceResult Result, string? Conditions, string? Notes);

public sealed class RecordAcceptanceInputGraphType : InputObjectGraphType<RecordAcceptanceInput>
{
    public RecordAcceptanceInputGraphType()
    {
        Name = "RecordAcceptanceInput";
        Description = "The office's conclusion of the project's open acceptance, once every seated expert recorded a verdict.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<AcceptanceResultGraphType>>("result")
            .Description("The outcome, which follows the experts' verdicts: a pass needs more than half of them to pass (a tie fails), a plain pass more than half plain passes. Another result is refused with CONTRARY_TO_PANEL. A failure sends the project back to implementation.");
        Field<StringGraphType>("conditions").Description("Conditions to meet, required for a pass with conditions.");
        Field<StringGraphType>("notes").Description("Notes of the acceptance.");
        this.ReadableBy(Access.Inherited);
    }
}
