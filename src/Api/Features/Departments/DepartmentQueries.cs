using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Departments;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Departments;

/// <summary>Root fields of the organisation: departments and programmes.</summary>
public static class DepartmentQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, DepartmentGraphType>("departments", "Departments, by code.")
            .ReadableBy(Readers.Anyone)
            .Argument<DepartmentFilterInputGraphType>("filter", "Conditions the departments must meet.")
            .WithUpdatedSince()
            .ResolveQuery(ctx => List(ctx.Loaders().Db, ctx.GetArgument<DepartmentFilter?>("filter")));
        query.Field<DepartmentGraphType>("department")
            .ReadableBy(Readers.Anyone)
            .Description("The department with this code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The department's code, e.g. GAJ.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code"); // a local, not a call EF would compile on every execution
                return await ctx.Loaders().Db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, ctx.CancellationToken);
            });
        query.Connection<object?, ProgrammeGraphType>("programmes", "The committee's programmes, by code.")
            .ReadableBy(Readers.Anyone)
            .WithUpdatedSince()
            .ResolveQuery(ctx => ctx.Loaders().Db.Programmes.AsNoTracking().OrderBy(p => p.Code));
        query.Field<ProgrammeGraphType>("programme")
            .ReadableBy(Readers.Anyone)
            .Description("The programme with this code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The programme's code, e.g. EGOV.")
            .ResolveAsync(async ctx =>
            {
                var code = ctx.GetArgument<string>("code"); // a local, not a call EF would compile on every execution
                return await ctx.Loaders().Db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, ctx.CancellationToken);
            });
    }

    /// <summary>The <c>departments</c> list as one query.</summary>
    internal static IQueryable<Department> List(InfoGovDbContext db, DepartmentFilter? filter)
    {
        var departments = db.Departments.AsNoTracking();
        if (filter?.Kinds is { Count: > 0 } kinds) departments = departments.Where(d => kinds.Contains(d.Kind));
        if (filter?.ParentCode is { } parent)
            departments = departments.Where(d => db.Departments.Any(p => p.Code == parent && p.Id == d.ParentId));
        return departments.Matching(filter?.Search, d => d.Code, d => d.Name, d => d.NameEn).OrderBy(d => d.Code);
    }
}
