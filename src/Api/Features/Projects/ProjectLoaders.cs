using GraphQL.DataLoader;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>Project-specific batch loads.</summary>
public static class ProjectLoaders
{
    /// <summary>The latest monthly progress report of each project: one query for all projects of a page.</summary>
    public static IDataLoaderResult<ProgressReport?> LatestProgressReport(this Loaders loaders, Guid projectId) =>
        loaders.Custom<Guid, ProgressReport>("ProgressReport.Latest", projectId, async (db, ids, ct) =>
            await db.ProgressReports.AsNoTracking()
                .Where(r => ids.Contains(r.ProjectId)
                            && r.Month == db.ProgressReports.Where(x => x.ProjectId == r.ProjectId).Max(x => x.Month))
                .ToDictionaryAsync(r => r.ProjectId, ct));
}
