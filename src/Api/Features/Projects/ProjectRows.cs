using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Features.Projects;

/// <summary>Which projects a caller sees: government users all; a pool expert with no other government
/// role the projects whose review panels they sit on; the public and dashboards published ones.</summary>
public sealed class ProjectRows : IRowRule<Project>
{
    public IQueryable<Project> Visible(IQueryable<Project> projects, Caller caller, InfoGovDbContext db)
    {
        if (DeclaredRowRules.SeesInternalData(caller)) return projects;
        if (caller.Roles.Contains(Roles.Expert) && Guid.TryParse(caller.ObjectId, out var account))
            return projects.Where(p => db.ReviewPanels.Any(panel => panel.ProjectId == p.Id
                && db.PanelMembers.Any(m => m.PanelId == panel.Id && db.Experts.Any(e => e.Id == m.ExpertId && e.AccountObjectId == account))));
        return projects.Where(p => p.IsPublished);
    }
}
