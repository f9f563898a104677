using InfoGov.Domain.Operations;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// Systems in operation (one per accepted project, and the information centre's shared platforms),
    /// with incidents over the last three months, weekly backups and quarterly restore drills. Seeded
    /// after everything else, so the ids drawn before stay as they were.
    /// </summary>
    private void SeedOperations(IReadOnlyList<SeededProject> projects)
    {
        var centre = _departments["XXZX"];
        var systems = new List<InformationSystem>();
        foreach (var (name, hosting, level) in new[]
                 {
                     ("政务云平台", Hosting.CentralMachineRoom, 3), ("数据共享交换平台", Hosting.GovernmentCloud, 3), ("统一身份认证平台", Hosting.GovernmentCloud, 3),
                 })
        {
            var system = InformationSystem.Register($"SYS-{systems.Count + 1:000}", name, centre.Id, null, "市信息中心运维组", null, hosting, level, new DateOnly(2023, 6, 30), At(new DateOnly(2023, 6, 30)), NextId());
            systems.Add(system);
        }
        foreach (var built in projects.Where(p => p.Project.CompletedOn is not null && p.Project.Status is ProjectStatus.Accepted or ProjectStatus.Evaluated))
        {
            // Most departments' systems run on the government cloud, operated by the information centre.
            var system = InformationSystem.BuiltBy(built.Project, $"SYS-{systems.Count + 1:000}", built.Project.CompletedOn!.Value, At(built.Project.CompletedOn.Value), NextId(),
                _random.Next(3) > 0 ? centre.Id : null);
            systems.Add(system);
        }
        db.InformationSystems.AddRange(systems);

        var november = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
        // The cloud platform's three-hour outage of November: 99.58% for the month.
        AddIncident(systems[0], [systems[1].Id, systems[2].Id], "云平台存储故障", IncidentSeverity.Critical, false, november.AddDays(6).AddHours(9), TimeSpan.FromHours(3), "存储控制器固件缺陷，已升级");
        AddIncident(systems[1], [], "交换平台接口超时", IncidentSeverity.Major, false, november.AddMonths(-1).AddDays(12).AddHours(14), TimeSpan.FromHours(30), "数据库连接池耗尽");
        AddIncident(systems[2], [], "异常登录尝试", IncidentSeverity.Minor, true, november.AddMonths(-2).AddDays(20).AddHours(2), TimeSpan.FromHours(5), "弱口令账号被撞库，已封禁并强制改密");
        foreach (var system in systems.Skip(3).Where(_ => _random.Next(4) == 0))
            AddIncident(system, [], "系统不可用", Pick(new[] { IncidentSeverity.Major, IncidentSeverity.Minor }), false,
                november.AddDays(-_random.Next(1, 80)).AddHours(_random.Next(8, 18)), TimeSpan.FromHours(_random.Next(1, 40)), "应用服务异常，重启恢复");

        foreach (var system in systems.Take(3))
        {
            for (var week = 0; week < 12; week++)
            {
                var day = november.AddDays(7 * week - 56).AddHours(2);
                // One failed backup, on the exchange platform in October.
                db.BackupRecords.Add(BackupRecord.Record(system.Id, BackupKind.Backup, day, !(system == systems[1] && week == 4), null, day, NextId()));
            }
            AddMaintenance(system, november.AddDays(27).AddHours(22), TimeSpan.FromHours(6), "季度补丁升级");
            var drill = november.AddDays(-45).AddHours(20);
            db.BackupRecords.Add(BackupRecord.Record(system.Id, BackupKind.RestoreDrill, drill, system != systems[2], system == systems[2] ? "恢复后校验不一致" : "按预案恢复成功", drill, NextId()));
        }
        SeedContinuity(systems);
    }

    private void AddMaintenance(InformationSystem system, DateTimeOffset startsAt, TimeSpan duration, string description) =>
        db.MaintenanceWindows.Add(MaintenanceWindow.Schedule(system.Id, startsAt, startsAt + duration, description, startsAt.AddDays(-7), NextId()));

    private void AddIncident(InformationSystem system, Guid[] alsoAffected, string title, IncidentSeverity severity, bool security, DateTimeOffset detected, TimeSpan repair, string cause)
    {
        var incident = Incident.Report(system.Id, alsoAffected, title, severity, security, detected, detected, NextId());
        incident.Resolve(detected + repair, cause, detected + repair);
        db.Incidents.Add(incident);
    }
}
