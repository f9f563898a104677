using InfoGov.Api.Engine.Common;
using InfoGov.Api.Features.Projects;
using InfoGov.Domain.Integration;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Notifications;

/// <summary>
/// Announces colour changes: computes the colour of projects (as their <c>colour</c> field does) and
/// writes <c>PROJECT_COLOUR_CHANGED</c> to the outbox for each whose colour differs from the one last
/// announced, in one transaction with the watch rows. Run for the projects of each dispatched project
/// event (a report, a decision, a status change) and, by the sweep, for every project.
/// </summary>
public static class ColourWatch
{
    /// <param name="projectIds">The projects to look at; null for all.</param>
    /// <returns>How many changes were announced.</returns>
    public static async Task<int> RunAsync(IServiceScopeFactory scopes, Clock clock, IReadOnlyCollection<Guid>? projectIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InfoGovDbContext>();
        var schedule = scope.ServiceProvider.GetRequiredService<ProgressReportSchedule>();
        var projects = db.Projects.AsNoTracking();
        if (projectIds is not null) projects = projects.Where(p => projectIds.Contains(p.Id));
        var health = await ProjectHealthIndex.LoadAsync(db, projects, clock.Today, schedule, cancellationToken);
        var watches = await db.ProjectColourWatches.Where(w => projectIds == null || projectIds.Contains(w.ProjectId)).ToDictionaryAsync(w => w.ProjectId, cancellationToken);

        var changed = new List<ProjectColourWatch>();
        foreach (var (id, figures) in health.All)
        {
            if (!watches.TryGetValue(id, out var watch)) db.ProjectColourWatches.Add(ProjectColourWatch.Start(id, figures.Colour, clock.Now));
            else if (watch.Observe(figures.Colour, clock.Now)) changed.Add(watch);
        }
        if (changed.Count > 0)
        {
            // The owning department (the event's filter) only for the projects that changed: usually none.
            var ids = changed.Select(w => w.ProjectId).ToList();
            var owners = await db.Projects.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.OwnerDepartmentId }).ToDictionaryAsync(p => p.Id, p => p.OwnerDepartmentId, cancellationToken);
            foreach (var watch in changed) db.OutboxMessages.Add(OutboxMessage.Of(watch.Announcement(owners[watch.ProjectId]), null, clock.Now));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance looked at the same projects in between; its announcement stands, and the next look compares with it.
            return 0;
        }
        return changed.Count;
    }
}
