using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Paging;
using InfoGov.Api.Relay;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Projects;

public sealed class AcceptanceGraphType : ObjectGraphType<Acceptance>
{
    public AcceptanceGraphType()
    {
        Name = "Acceptance";
        Description = "An acceptance of a completed project, organised by the office with experts.";
        this.IsNode();
        Field(a => a.HeldOn).Description("When the acceptance was held.");
        Field(a => a.Result, type: typeof(NonNullGraphType<AcceptanceResultGraphType>)).Description("The outcome.");
        Field(a => a.Conditions, nullable: true).Description("Conditions to meet, for a pass with conditions.");
        Field(a => a.Notes, nullable: true).Description("Notes of the acceptance.");
        Field(a => a.IsFirstAttempt).Description("True for the project's first acceptance (first-pass acceptance rate).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("expertCodes").ReadableBy(Readers.ExpertIdentities).Description("Pool codes of the experts who held the acceptance.")
            .Resolve(ctx => ctx.Source.ExpertCodes?.Split(',', StringSplitOptions.RemoveEmptyEntries));
        this.Connection<Acceptance, AcceptanceOpinionGraphType>("opinions", "Each expert's own opinion; empty for acceptances recorded before opinions were kept.")
            .ResolveBatched(ctx => ctx.Loaders().Children<AcceptanceOpinion>(nameof(AcceptanceOpinion.AcceptanceId), ctx.Source.Id));
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
