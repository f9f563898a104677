using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Loading;
using InfoGov.Api.Integration;
using InfoGov.Api.Paging;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Assessments;

/// <summary>Root fields of department performance assessment.</summary>
public static class AssessmentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, AssessmentGraphType>("assessments", "Department assessments of a year, best rank first.")
            .ReadableBy(Readers.GovernmentAndDashboards)
            .Argument<NonNullGraphType<IntGraphType>>("year", "The year assessed, e.g. 2025.")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var year = ctx.GetArgument<int>("year");
                return ctx.Loaders().Db.Assessments.AsNoTracking().Where(a => a.Year == year).OrderBy(a => a.Rank == null).ThenBy(a => a.Rank).ThenBy(a => a.DepartmentId);
            });
    }
}
