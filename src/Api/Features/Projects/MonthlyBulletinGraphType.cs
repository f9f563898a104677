using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class MonthlyBulletinGraphType : ObjectGraphType<MonthlyBulletin>
{
    public MonthlyBulletinGraphType()
    {
        Name = "MonthlyBulletin";
        Description = "The committee's monthly notice on the portfolio (rendered for print at GET /bulletins/{yyyy-MM}).";
        Field(b => b.Month).Description("The first day of the month.");
        List("started", "Projects whose implementation started in the month.", b => b.Started);
        List("finished", "Projects that passed acceptance in the month.", b => b.Finished);
        List("behindSchedule", "Projects under way more than 10% behind their baseline at the month's end (or today).", b => b.BehindSchedule);
        List("overBudget", "Projects under way more than 10% over their earned value at the month's end (or today).", b => b.OverBudget);
        List("reportsMissing", "Projects under way since before the month with no report for it.", b => b.ReportsMissing);
        List("reviewsOverdue", "Submitted projects still without an expert panel past their review's due date at the month's end (or today): the office's own backlog.", b => b.ReviewsOverdue);
        List("stale", "Of those, the ones with no report for the month before either: missing for more than a month.", b => b.Stale);
        this.Connection<MonthlyBulletin, MilestoneGraphType>("lateMilestones", "Milestones of projects under way reached late in the month, or still not reached past their date at the month's end (or today), by project code and due date.")
            .ResolveBatched(ctx => LoaderResults.Known(ctx.Source.LateMilestones));
        this.Connection<MonthlyBulletin, Supervision.RectificationItemGraphType>("overdueRectifications", "Rectification items of the office's inspections open past their deadline at the month's end (or today), as they stand now; oldest deadline first.")
            .ResolveBatched(ctx => LoaderResults.Known(ctx.Source.OverdueRectifications));
        this.Connection<MonthlyBulletin, DataSharing.DataNeedGraphType>("openDataNeeds", "Entries of the data-needs list still open at the month's end (or today): waiting for the office to route them, or for the provider's answer; the oldest first.")
            .ResolveBatched(ctx => LoaderResults.Known(ctx.Source.OpenDataNeeds));
        this.Connection<MonthlyBulletin, ChangeRequestGraphType>("changeRequestsDecided", "Change requests the office decided in the month, in order.")
            .ResolveBatched(ctx => LoaderResults.Known(ctx.Source.ChangesDecided));
        this.Connection<MonthlyBulletin, ReviewPanelGraphType>("reviewsAgainstPanel", "Reviews the office concluded in the month against the recommendation of the majority of their experts, with its recorded reason, in order.")
            .ResolveBatched(ctx => LoaderResults.Known(ctx.Source.ReviewsAgainstPanel));
        Field<NonNullGraphType<MoneyGraphType>>("allocated").ReadableBy(Readers.FundManagers).Description("What the special fund allocated in the month.").Resolve(ctx => ctx.Source.Allocated);
        Field<NonNullGraphType<MoneyGraphType>>("spent").ReadableBy(Readers.FundManagers).Description("What was paid for projects in the month.").Resolve(ctx => ctx.Source.Spent);
        this.ReadableBy(Readers.Government);
    }

    private void List(string name, string description, Func<MonthlyBulletin, IReadOnlyList<Project>> projects) =>
        this.Connection<MonthlyBulletin, ProjectGraphType>(name, description).ResolveBatched(ctx => LoaderResults.Known(projects(ctx.Source)));
}
