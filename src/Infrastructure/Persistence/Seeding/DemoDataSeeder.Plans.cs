using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Planning;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// Five-year plans for 2021-2025 and 2026-2030 of the city and of the larger bureaus, approved, whose
    /// items most of their projects deliver (a few items wait for a project, a few projects were never
    /// planned); and 2027 annual plans at every step of the way up: draft, endorsed, submitted, returned.
    /// Seeded last, so the ids drawn before stay as they were.
    /// </summary>
    private void SeedPlans(IReadOnlyList<SeededProject> projects)
    {
        var office = _departments["XXB"];
        var decidedAt = At(new DateOnly(2026, 3, 20));
        foreach (var start in new[] { 2021, 2026 })
        {
            var city = NewPlan(office, PlanKind.FiveYear, start, $"{office.Name}{start}-{start + 4}年全市信息化发展规划",
                "统筹全市政务云、数据共享交换和一网通办建设，推进部门系统整合上云。", 800_000_000m);
            AddItems(city, [("全市政务云扩容", 60_000_000m, start), ("一网通办平台升级", 40_000_000m, start + 1), ("城市运行管理中心", 90_000_000m, start + 2)]);
            Approve(city, decidedAt.AddYears(start - 2026));
        }

        foreach (var code in new[] { "GAJ", "WJW", "JTJ", "RSJ", "MZJ", "ZWFW" })
        {
            var department = _departments[code];
            var own = projects.Select(p => p.Project)
                .Where(p => p.OwnerDepartmentId == department.Id && p.Status is not (ProjectStatus.Draft or ProjectStatus.Cancelled or ProjectStatus.Rejected)).ToList();
            foreach (var start in new[] { 2021, 2026 })
            {
                var plan = NewPlan(department, PlanKind.FiveYear, start, $"{department.Name}{start}-{start + 4}年信息化发展规划",
                    "以数据共享和业务协同为主线，完成核心业务系统建设与整合。", 200_000_000m);
                var items = new List<PlanItem>();
                var delivered = new List<(Project Project, PlanItem Item)>();
                // Most projects starting in the plan's years deliver an item of it; every fifth was never planned.
                foreach (var project in own.Where(p => p.CurrentPlan.StartOn.Year >= start && p.CurrentPlan.StartOn.Year <= start + 4))
                {
                    if (_random.Next(5) == 0) continue;
                    var item = plan.AddItem(project.Name, project.Description, project.CurrentPlan.Budget, project.CurrentPlan.StartOn.Year, NextId());
                    items.Add(item);
                    delivered.Add((project, item));
                }
                // Planned work no project has taken up yet.
                items.Add(plan.AddItem("业务数据治理与共享", "建设部门数据资源目录并接入共享交换平台。", Money.Cny(Amount(1_000_000m, 5_000_000m)), start + 2, NextId()));
                var planned = Money.Sum(items.Select(i => i.PlannedBudget)).Amount;
                if (planned > plan.BudgetEnvelope.Amount) plan.Revise(null, null, Money.Cny(Math.Ceiling(planned / 10_000_000m) * 10_000_000m));
                db.PlanItems.AddRange(items);
                Approve(plan, decidedAt.AddYears(start - 2026));
                foreach (var (project, item) in delivered) project.DeliverPlanItem(item, plan);
            }
        }

        // The 2027 annual plans, on their way up.
        var annual = new (string Code, PlanStatus Reached)[] { ("GAJ", PlanStatus.Submitted), ("WJW", PlanStatus.Returned), ("JTJ", PlanStatus.Draft), ("RSJ", PlanStatus.Endorsed) };
        foreach (var (code, reached) in annual)
        {
            var department = _departments[code];
            var plan = NewPlan(department, PlanKind.Annual, 2027, $"{department.Name}2027年度信息化实施计划", "落实五年规划2027年度建设任务。", 30_000_000m);
            var items = AddItems(plan, [("核心业务系统运维与升级", 6_000_000m, 2027), ("移动办公应用", 2_500_000m, 2027)]);
            if (reached == PlanStatus.Draft) continue;
            var head = _heads[department.Id].Name;
            plan.Endorse(items, head, At(new DateOnly(2026, 11, 2)));
            if (reached == PlanStatus.Endorsed) continue;
            plan.Submit(At(new DateOnly(2026, 11, 5)));
            if (reached == PlanStatus.Returned) plan.Decide(false, "移动办公应用与全市统一移动平台重复，请并入市级平台建设后重新报送。", At(new DateOnly(2026, 11, 12)));
        }
    }

    private Plan NewPlan(Department department, PlanKind kind, int start, string title, string objectives, decimal envelope)
    {
        var plan = Plan.Draft($"GH-{department.Code}-{start}-{(kind == PlanKind.FiveYear ? "5Y" : "1Y")}", kind, department.Id,
            department.Kind == DepartmentKind.CommitteeOffice, start, title, objectives, Money.Cny(envelope), NextId());
        db.Plans.Add(plan);
        return plan;
    }

    private List<PlanItem> AddItems(Plan plan, (string Title, decimal Budget, int Year)[] items)
    {
        var added = items.Select(i => plan.AddItem(i.Title, null, Money.Cny(i.Budget), i.Year, NextId())).ToList();
        db.PlanItems.AddRange(added);
        return added;
    }

    private void Approve(Plan plan, DateTimeOffset at)
    {
        var items = db.PlanItems.Local.Where(i => i.PlanId == plan.Id).ToList();
        plan.Endorse(items, _heads[plan.DepartmentId].Name, at.AddDays(-20));
        plan.Submit(at.AddDays(-15));
        plan.Decide(true, "同意。", at);
    }
}
