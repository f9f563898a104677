using InfoGov.Domain.Operations;

namespace InfoGov.Domain.Tests.Operations;

public class AvailabilityTests
{
    private static readonly DateTimeOffset November = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset December = November.AddMonths(1);
    private static readonly DateTimeOffset Later = December.AddDays(5);
    private static readonly Guid System = Guid.NewGuid();

    private static Incident Down(DateTimeOffset from, DateTimeOffset? to, Guid? system = null, IncidentSeverity severity = IncidentSeverity.Major, bool security = false)
    {
        var incident = Incident.Report(system ?? System, [], "outage", severity, security, from, Later);
        if (to is { } end) incident.Resolve(end, "cause", Later);
        return incident;
    }

    [Fact]
    public void A_three_hour_outage_in_a_thirty_day_month_gives_99_58_percent()
    {
        var figure = Availability.Of(System, [Down(November.AddDays(3), November.AddDays(3).AddHours(3))], November, December, Later);
        Assert.Equal(TimeSpan.FromHours(3), figure.Downtime);
        Assert.Equal(99.58m, figure.Percent);
    }

    [Fact]
    public void Overlapping_incidents_count_once_and_only_inside_the_month()
    {
        var figure = Availability.Of(System,
        [
            Down(November.AddDays(2), November.AddDays(2).AddHours(2)),
            Down(November.AddDays(2).AddHours(1), November.AddDays(2).AddHours(4)), // overlaps the first: 4 h in all
            Down(November.AddHours(-5), November.AddHours(1)),                       // began in October: 1 h of it in November
            Down(November.AddDays(5), November.AddDays(5).AddHours(1), Guid.NewGuid()), // another system
        ], November, December, Later);
        Assert.Equal(TimeSpan.FromHours(5), figure.Downtime);
    }

    [Fact]
    public void An_unresolved_incident_is_down_until_the_end_of_the_period_or_now()
    {
        var open = Down(December.AddHours(-2), null);
        Assert.Equal(TimeSpan.FromHours(2), Availability.Of(System, [open], November, December, Later).Downtime);
        Assert.Equal(TimeSpan.FromHours(1), Availability.Of(System, [open], November, December, December.AddHours(-1)).Downtime);
    }

    [Fact]
    public void An_incident_also_counts_for_the_other_systems_it_took_down()
    {
        var other = Guid.NewGuid();
        var incident = Incident.Report(System, [other], "network", IncidentSeverity.Critical, false, November.AddDays(1), Later);
        incident.Resolve(November.AddDays(1).AddHours(6), "switch", Later);
        Assert.Equal(TimeSpan.FromHours(6), Availability.Of(other, [incident], November, December, Later).Downtime);
    }

    [Fact]
    public void Kpis_count_what_was_recorded_and_leave_rates_without_records_empty()
    {
        var a = InformationSystem.Register("SYS-A", "A", Guid.NewGuid(), null, null, null, Hosting.GovernmentCloud, 3, null, November);
        var b = InformationSystem.Register("SYS-B", "B", Guid.NewGuid(), null, null, null, Hosting.GovernmentCloud, 2, null, November);
        var incidents = new[]
        {
            Down(November.AddDays(1), November.AddDays(1).AddHours(3), a.Id, IncidentSeverity.Critical),             // repaired in 3 h: within 4 h
            Down(November.AddDays(9), November.AddDays(9).AddHours(30), a.Id, IncidentSeverity.Major, security: true), // 30 h: past 24 h
        };
        var records = new[]
        {
            BackupRecord.Record(a.Id, BackupKind.Backup, November.AddDays(1), true, null, Later),
            BackupRecord.Record(a.Id, BackupKind.Backup, November.AddDays(2), true, null, Later),
            BackupRecord.Record(a.Id, BackupKind.Backup, November.AddDays(3), false, null, Later),
            BackupRecord.Record(b.Id, BackupKind.Backup, November.AddDays(3), true, null, Later),
        };
        var kpis = OperationsKpis.Compute([a, b], incidents, records, November, December, Later, RepairTargets.Default);
        Assert.Equal(2, kpis.Systems);
        // A was down 33 h of 720 (95.4167%), B never (100%): 97.708.
        Assert.Equal(97.71m, kpis.StableOperationRate);
        Assert.Equal(2, kpis.Incidents);
        Assert.Equal(50m, kpis.RepairWithinTargetRate);
        Assert.Equal(75m, kpis.BackupSuccessRate);
        Assert.Equal(0, kpis.RestoreDrills);
        Assert.Null(kpis.RestoreDrillSuccessRate);
        Assert.Equal(1, kpis.SecurityIncidents);
    }
}
