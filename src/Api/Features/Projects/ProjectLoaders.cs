using GraphQL.DataLoader;
using InfoGov.Api.Engine.Loading;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Projects;

/// <summary>Project-specific batch loads.</summary>
public static class ProjectLoaders
{
    /// <summary>How late the project's latest-running milestone is on <paramref name="today"/> (0 when none is late): one
    /// query for all projects of a page. Read whatever the caller may see of milestones, as the latest report is: the
    /// public colour follows from it and is the same for everyone.</summary>
    public static IDataLoaderResult<int> MilestonesDaysLate(this Loaders loaders, Guid projectId, DateOnly today) =>
        loaders.Custom<Guid, int>("Milestone.DaysLate", projectId, async (db, ids, ct) =>
            await ProjectHealthIndex.MilestonesDaysLateAsync(db.Milestones.Where(m => ids.Contains(m.ProjectId)), today, ct));

    /// <summary>The latest monthly progress report of each project: one query for all projects of a page.</summary>
    public static IDataLoaderResult<ProgressReport?> LatestProgressReport(this Loaders loaders, Guid projectId) =>
        loaders.Custom<Guid, ProgressReport>("ProgressReport.Latest", projectId, async (db, ids, ct) =>
            await db.ProgressReports.AsNoTracking()
                .Where(r => ids.Contains(r.ProjectId)
                            && r.Month == db.ProgressReports.Where(x => x.ProjectId == r.ProjectId).Max(x => x.Month))
                .ToDictionaryAsync(r => r.ProjectId, ct));
}
