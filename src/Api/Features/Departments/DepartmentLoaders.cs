using GraphQL.DataLoader;
using InfoGov.Api.Engine.Loading;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Departments;

/// <summary>Departments by code, as callers' tokens name them.</summary>
public static class DepartmentLoaders
{
    /// <summary>The id of the department with this code, or null for an unknown code.</summary>
    public static IDataLoaderResult<Guid?> DepartmentIdOf(this Loaders loaders, string code) =>
        loaders.Custom<string, Guid?>("Department.Code", code, async (db, codes, ct) =>
            await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code))
                .ToDictionaryAsync(d => d.Code, d => (Guid?)d.Id, ct)).Then(id => id);
}
