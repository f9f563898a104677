using InfoGov.Api.Engine.Common;
using InfoGov.Api.Features.Policy;

namespace InfoGov.Api.Features.Projects;

public sealed class ProjectOrderGraphType : DescribedEnumGraphType<ProjectOrder>
{
    public ProjectOrderGraphType() : base(
        "How to order the projects list. Ties are broken by code, so paging is stable.",
        new Dictionary<ProjectOrder, string>
        {
            [ProjectOrder.CodeAsc] = "By code, ascending (the default).",
            [ProjectOrder.CodeDesc] = "By code, descending.",
            [ProjectOrder.NameAsc] = "By Chinese name.",
            [ProjectOrder.DueOnAsc] = "By the current plan's due date, soonest first.",
            [ProjectOrder.DueOnDesc] = "By the current plan's due date, latest first.",
            [ProjectOrder.SubmittedOnDesc] = "By submission date, latest first; drafts last.",
            [ProjectOrder.ColourSeverity] = "Red first, then amber, then green, then projects without a colour; by code within each.",
            [ProjectOrder.ReportOverdueFirst] = "Projects whose monthly report is overdue first; by code within each.",
            [ProjectOrder.VarianceBandDesc] = "Furthest behind schedule or over budget first: by the higher band of the adverse (positive) schedule and cost variances, high first; projects without a variance last; by code within each.",
            [ProjectOrder.ConfidenceSeverity] = "Least delivery confidence first: red, amber-red, amber, amber-green, green, then projects never rated; by code within each.",
        })
    {
        // Ranking by a restricted figure tells what it is: these orders are declared like the figures' own fields.
        ReadableBy(ProjectOrder.ReportOverdueFirst, Readers.GovernmentAndDashboards);
        ReadableBy(ProjectOrder.VarianceBandDesc, Readers.GovernmentAndDashboards);
        ReadableBy(ProjectOrder.ConfidenceSeverity, Readers.GovernmentAndDashboards);
    }
}
