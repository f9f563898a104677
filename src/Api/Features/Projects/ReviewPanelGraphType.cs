using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ReviewPanelGraphType : ObjectGraphType<ReviewPanel>
{
    public ReviewPanelGraphType()
    {
        Name = "ReviewPanel";
        Description = "The experts drawn to review one submission, their meeting and their conclusion.";
        this.IsNode();
        Field(p => p.MeetingOn).Description("Date of the review meeting; within 15 working days of submission.");
        Field(p => p.DrawSeed).ReadableBy(ProjectReaders.PanelDraw).Description("Seed of the random draw of the panel, chosen by the server, so that the draw can be replayed and audited once the review is closed.");
        Field(p => p.DrawCategory, nullable: true).ReadableBy(ProjectReaders.PanelDraw).Description("The expertise the panel was drawn from; null when drawn across all categories.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("drawCandidates").ReadableBy(ProjectReaders.PanelDraw)
            .Description("Codes of every eligible expert the draw chose from, in the order it used: with the seed, the draw can be replayed.")
            .Resolve(ctx => ctx.Source.DrawCandidates?.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Field(p => p.Conclusion, type: typeof(ReviewConclusionGraphType)).Description("The panel's conclusion; null while the review is open.");
        Field(p => p.ConclusionSummary, nullable: true).Description("Summary of the conclusion.");
        Field(p => p.ConcludedAt, nullable: true).Description("When the panel concluded; null while open.");
        Field(p => p.MissingOpinionsReason, nullable: true).Description("Why the review concluded without every seated expert's opinion, as the office recorded it; null when all gave one.");
        Field(p => p.MajorityRecommendation, type: typeof(ReviewConclusionGraphType)).Description("The recommendation more than half of the experts gave, fixed when the review concluded; null while open or when none had a majority.");
        Field(p => p.ContraryReason, nullable: true).Description("Why the office concluded against the experts' majority; null when the conclusion followed it.");
        Field(p => p.IsContraryToPanel).Description("True when the conclusion went against the majority of the experts' recommendations (flagged in the monthly bulletin).");
        Field(p => p.IsClosed).Description("True once the panel has concluded.");
        Field(p => p.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project reviewed. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.Connection<ReviewPanel, PanelMemberGraphType>("members", "The experts on the panel, chair first. While the review is open, an expert sees them only on a panel the expert sits on.").ReadableBy(ProjectReaders.PanelComposition)
            .ResolveBatched(ctx => ctx.Loaders().Children<PanelMember>(nameof(PanelMember.PanelId), ctx.Source.Id, m => m.OrderByDescending(x => x.IsChair).ThenBy(x => x.ExpertId)));
        this.Connection<ReviewPanel, ExpertOpinionGraphType>("opinions", "Opinions the panel members recorded, oldest first. While the review is open, an expert sees them only on a panel the expert sits on.").ReadableBy(ProjectReaders.PanelComposition)
            .ResolveBatched(ctx => ctx.Loaders().Children<ExpertOpinion>(nameof(ExpertOpinion.PanelId), ctx.Source.Id, o => o.OrderBy(x => x.SubmittedAt)));
        this.ReadableBy(Readers.Government);
    }
}
