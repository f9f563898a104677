using InfoGov.Api.Common;

namespace InfoGov.Api.Projects;

public sealed class ProjectOrderGraphType() : DescribedEnumGraphType<ProjectOrder>(
    "How to order the projects list. Ties are broken by code, so paging is stable.",
    new Dictionary<ProjectOrder, string>
    {
        [ProjectOrder.CodeAsc] = "By code, ascending (the default).",
        [ProjectOrder.CodeDesc] = "By code, descending.",
        [ProjectOrder.NameAsc] = "By Chinese name.",
        [ProjectOrder.DueOnAsc] = "By the current plan's due date, soonest first.",
        [ProjectOrder.DueOnDesc] = "By the current plan's due date, latest first.",
        [ProjectOrder.SubmittedOnDesc] = "By submission date, latest first; drafts last.",
    });
