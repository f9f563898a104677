using InfoGov.Api.Authorization;
using InfoGov.Domain.Operations;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Operations;

/// <summary>Which systems a caller sees: the office all; a government user those its department owns or operates; nobody else any.</summary>
public sealed class InformationSystemRows : IRowRule<InformationSystem>
{
    public IQueryable<InformationSystem> Visible(IQueryable<InformationSystem> rows, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.CommitteeOffice)) return rows;
        if (!RowVisibility.SeesInternalData(caller) || caller.Department is not { } own) return rows.Where(_ => false);
        return rows.Where(s => db.Departments.Any(d => d.Code == own && (d.Id == s.OwnerDepartmentId || d.Id == s.OperatorDepartmentId)));
    }
}

/// <summary>An incident is seen by whoever sees the system it was filed against.</summary>
public sealed class IncidentRows : IRowRule<Incident>
{
    public IQueryable<Incident> Visible(IQueryable<Incident> rows, Caller caller, InfoGovDbContext db)
    {
        var systems = new InformationSystemRows().Visible(db.InformationSystems, caller, db);
        return rows.Where(i => systems.Any(s => s.Id == i.SystemId));
    }
}

/// <summary>A maintenance window is seen by whoever sees its system.</summary>
public sealed class MaintenanceWindowRows : IRowRule<MaintenanceWindow>
{
    public IQueryable<MaintenanceWindow> Visible(IQueryable<MaintenanceWindow> rows, Caller caller, InfoGovDbContext db)
    {
        var systems = new InformationSystemRows().Visible(db.InformationSystems, caller, db);
        return rows.Where(m => systems.Any(s => s.Id == m.SystemId));
    }
}

/// <summary>A backup record is seen by whoever sees its system.</summary>
public sealed class BackupRecordRows : IRowRule<BackupRecord>
{
    public IQueryable<BackupRecord> Visible(IQueryable<BackupRecord> rows, Caller caller, InfoGovDbContext db)
    {
        var systems = new InformationSystemRows().Visible(db.InformationSystems, caller, db);
        return rows.Where(b => systems.Any(s => s.Id == b.SystemId));
    }
}
