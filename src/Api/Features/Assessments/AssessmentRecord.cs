using InfoGov.Domain.Assessments;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;
using InfoGov.Domain.Supervision;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Assessments;

/// <summary>The whole record an assessment run reads, loaded once and split by department.</summary>
public sealed class AssessmentRecord
{
    private List<Project> _projects = [];
    private Dictionary<Guid, decimal> _originalBudgets = [];
    private Dictionary<Guid, decimal> _spent = [];
    private List<Acceptance> _acceptances = [];
    private List<(SharingRequest Request, Guid Provider)> _requests = [];
    private List<InformationSystem> _systems = [];
    private List<Incident> _incidents = [];
    private List<(RectificationItem Item, string InspectionCode)> _rectifications = [];
    private List<DataNeed> _needs = [];

    public static async Task<AssessmentRecord> LoadAsync(InfoGovDbContext db, CancellationToken ct)
    {
        var record = new AssessmentRecord
        {
            _projects = await db.Projects.AsNoTracking().ToListAsync(ct),
            // The budget approved first: the baseline's first revision.
            _originalBudgets = await db.Set<BaselineRevision>().AsNoTracking().Where(r => r.Revision == 1)
                .ToDictionaryAsync(r => r.ProjectId, r => r.Plan.Budget.Amount, ct),
            _acceptances = await db.Acceptances.AsNoTracking().ToListAsync(ct),
            _systems = await db.InformationSystems.AsNoTracking().ToListAsync(ct),
            _incidents = await db.Incidents.AsNoTracking().ToListAsync(ct),
        };
        record._spent = (await db.Expenditures.AsNoTracking().Select(e => new { e.ProjectId, e.Amount }).ToListAsync(ct))
            .GroupBy(e => e.ProjectId).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount.Amount));
        record._requests = (await (from r in db.SharingRequests.AsNoTracking()
                                   join d in db.DataResources.AsNoTracking() on r.ResourceId equals d.Id
                                   select new { Request = r, d.ProviderDepartmentId }).ToListAsync(ct))
            .Select(x => (x.Request, x.ProviderDepartmentId)).ToList();
        record._rectifications = (await (from item in db.RectificationItems.AsNoTracking()
                                         join inspection in db.Inspections.AsNoTracking() on item.InspectionId equals inspection.Id
                                         select new { Item = item, inspection.Code }).ToListAsync(ct))
            .Select(x => (x.Item, x.Code)).ToList();
        record._needs = await db.DataNeeds.AsNoTracking().Where(n => n.ProviderDepartmentId != null).ToListAsync(ct);
        return record;
    }

    /// <summary>What concerns one department: its projects and their acceptances, the requests for its data, its systems and their incidents, the rectification items of its inspections.</summary>
    public DepartmentRecord Of(Guid departmentId)
    {
        var projects = _projects.Where(p => p.OwnerDepartmentId == departmentId).ToList();
        var ids = projects.Select(p => p.Id).ToHashSet();
        var systems = _systems.Where(s => s.OwnerDepartmentId == departmentId).ToList();
        var systemIds = systems.Select(s => s.Id).ToHashSet();
        return new DepartmentRecord(projects, _originalBudgets, _spent,
            _acceptances.Where(a => ids.Contains(a.ProjectId)).ToList(),
            _requests.Where(r => r.Provider == departmentId).Select(r => r.Request).ToList(),
            systems,
            _incidents.Where(i => i.AffectedSystemIds.Any(systemIds.Contains)).ToList(),
            _rectifications.Where(r => r.Item.DepartmentId == departmentId).ToList(),
            _needs.Where(n => n.ProviderDepartmentId == departmentId).ToList());
    }
}
