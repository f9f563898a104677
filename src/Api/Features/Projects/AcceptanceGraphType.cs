using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class AcceptanceGraphType : ObjectGraphType<Acceptance>
{
    public AcceptanceGraphType()
    {
        Name = "Acceptance";
        Description = "An acceptance of a completed project, organised by the office with experts.";
        this.IsNode();
        Field(a => a.HeldOn).Description("When the acceptance is (or was) held.");
        Field(a => a.Result, type: typeof(AcceptanceResultGraphType)).Description("The outcome, which follows the majority of the experts' verdicts; null while the acceptance is open.");
        Field(a => a.IsOpen).Description("True while the seated experts are recording their verdicts, before the office concludes.");
        Field(a => a.Conditions, nullable: true).Description("Conditions to meet, for a pass with conditions.");
        Field(a => a.Notes, nullable: true).Description("Notes of the acceptance.");
        Field(a => a.IsFirstAttempt).Description("True for the project's first acceptance (first-pass acceptance rate).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("expertCodes").ReadableBy(ProjectReaders.ExpertIdentities).Description("Pool codes of the experts who hold the acceptance.")
            .Resolve(ctx => ctx.Source.ExpertCodes?.Split(',', StringSplitOptions.RemoveEmptyEntries));
        this.Connection<Acceptance, AcceptanceOpinionGraphType>("opinions", "Each expert's own verdict; empty for acceptances recorded before verdicts were kept. While the acceptance is open, only the office and pool experts see them.").ReadableBy(ProjectReaders.AcceptanceVerdicts)
            .ResolveBatched(ctx => ctx.Loaders().Children<AcceptanceOpinion>(nameof(AcceptanceOpinion.AcceptanceId), ctx.Source.Id));
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
