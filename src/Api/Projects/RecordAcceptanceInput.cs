using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

public sealed record RecordAcceptanceInput(string ProjectId, int Version, DateOnly HeldOn, AcceptanceResult Result, string? Conditions, string? Notes, List<AcceptanceOpinionInput>? Opinions);

public sealed class RecordAcceptanceInputGraphType : InputObjectGraphType<RecordAcceptanceInput>
{
    public RecordAcceptanceInputGraphType()
    {
        Name = "RecordAcceptanceInput";
        Description = "The acceptance of a project whose owner asked for it.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The project's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("When the acceptance was held.");
        Field<NonNullGraphType<AcceptanceResultGraphType>>("result").Description("The outcome; a failure sends the project back to implementation.");
        Field<StringGraphType>("conditions").Description("Conditions to meet, required for a pass with conditions.");
        Field<StringGraphType>("notes").Description("Notes of the acceptance.");
        Field<ListGraphType<NonNullGraphType<AcceptanceOpinionInputGraphType>>>("opinions").Description("Each expert's own opinion: at least three experts, none from the owning department or with a declared conflict with it.");
        this.ReadableBy(Access.Inherited);
    }
}
