using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Assessments;

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
