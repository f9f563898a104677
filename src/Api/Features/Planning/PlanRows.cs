using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Planning;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Features.Planning;

/// <summary>Which plans a caller sees: the office all; government users approved plans of every
/// department and every plan of their own (drafts stay in the department until they go up); nobody else any.</summary>
public sealed class PlanRows : IRowRule<Plan>
{
    public IQueryable<Plan> Visible(IQueryable<Plan> rows, Caller caller, InfoGovDbContext db)
    {
        if (caller.Roles.Contains(Roles.CommitteeOffice)) return rows;
        if (!caller.Roles.Any(Roles.Government.Contains)) return rows.Where(_ => false);
        var own = caller.DepartmentId;
        return rows.Where(p => p.Status == PlanStatus.Approved || (own != null && p.DepartmentId == own));
    }
}

/// <summary>A plan's items are seen by those who see the plan.</summary>
public sealed class PlanItemRows : IRowRule<PlanItem>
{
    public IQueryable<PlanItem> Visible(IQueryable<PlanItem> rows, Caller caller, InfoGovDbContext db)
    {
        var plans = db.Plans.VisibleTo(caller, db);
        return rows.Where(i => plans.Any(p => p.Id == i.PlanId));
    }
}
