using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

/// <summary>Root fields of the leaders' responsibilities.</summary>
public static class LeadershipQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, ResponsibilityAssignmentGraphType>("dutiesLackingEvidence",
                "Duties held by department heads, in force during the year, with no fulfilment recorded in that year: what a head still has to show evidence for. Grouped by department, then by duty.")
            .ReadableBy(Readers.Government)
            .Argument<IntGraphType>("year", "The calendar year; default the current one.")
            .Argument<StringGraphType>("departmentCode", "Only this department's head.")
            .ResolveQuery(ctx =>
            {
                var year = ctx.GetArgument<int?>("year") ?? ctx.Clock().Today.Year;
                var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                var db = ctx.Loaders().Db;
                var duties = ctx.Loaders().Visible<ResponsibilityAssignment>()
                    .Where(a => a.ValidFrom <= last && (a.ValidTo == null || a.ValidTo >= first))
                    .Where(a => db.Officials.Any(o => o.Id == a.HolderId && o.IsHead))
                    .Where(a => !db.FulfilmentRecords.Any(f => f.AssignmentId == a.Id && f.FulfilledOn >= first && f.FulfilledOn <= last));
                if (ctx.GetArgument<string?>("departmentCode") is { } code) duties = duties.Where(a => db.Departments.Any(d => d.Id == a.DepartmentId && d.Code == code));
                return duties.OrderBy(a => a.DepartmentId).ThenBy(a => a.Kind);
            });
}
