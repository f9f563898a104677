using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Tests.TestHost;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.Operations;

/// <summary>The operations record through the API: a fixture of systems, incidents and backups, and the figures computed from it.</summary>
public sealed class OperationsTests(OperationsTests.Host host) : IClassFixture<OperationsTests.Host>
{
    /// <summary>A host of its own: these tests write.</summary>
    public sealed class Host : InfoGovApiFactory;

    private HttpClient Office => host.ClientAs("XXB", Roles.CommitteeOffice);

    private static async Task<JToken> Call(HttpClient client, string mutation, string inputType, object input, string fields)
    {
        var payload = (await client.PostQueryAsync($"mutation($i: {inputType}!) {{ {mutation}(input: $i) {{ {fields} errors {{ code field message }} }} }}", new { i = input }))
            .AssertNoErrors().Data[mutation]!;
        Assert.True(!payload["errors"]!.Any(), $"{mutation} refused: {payload["errors"]}");
        return payload;
    }

    /// <summary>A department that owns and operates no system yet: the fixture's figures are its alone.</summary>
    private async Task<string> EmptyDepartmentAsync()
    {
        var codes = (await Office.PostQueryAsync("{ departments(first: 100) { nodes { code } } }")).AssertNoErrors().Data["departments"]!["nodes"]!.Select(d => (string)d["code"]!);
        foreach (var code in codes.Where(c => c is not "XXB" and not "XXZX"))
            if ((int)(await Office.PostQueryAsync("query($c: String) { informationSystems(departmentCode: $c) { totalCount } }", new { c = code })).AssertNoErrors().Data["informationSystems"]!["totalCount"]! == 0)
                return code;
        throw new InvalidOperationException("Every department has a system.");
    }

    private async Task<string> RegisterAsync(string department, string name) =>
        (string)(await Call(Office, "registerInformationSystem", "RegisterInformationSystemInput",
            new { name, ownerDepartmentCode = department, operatorDepartmentCode = "XXZX", hosting = "GOVERNMENT_CLOUD", protectionLevel = 3 }, "informationSystem { id code }"))["informationSystem"]!["id"]!;

    private async Task IncidentAsync(string system, string detected, string resolved, string severity, bool security = false)
    {
        var incident = (await Call(Office, "reportIncident", "ReportIncidentInput",
            new { systemId = system, title = "outage", severity, isSecurityIncident = security, detectedAt = detected }, "incident { id version }"))["incident"]!;
        await Call(Office, "resolveIncident", "ResolveIncidentInput",
            new { id = (string)incident["id"]!, version = (int)incident["version"]!, resolvedAt = resolved, cause = "disk" }, "incident { repairMinutes }");
    }

    [Fact]
    public async Task A_three_hour_outage_in_november_gives_99_58_percent_and_the_kpis_count_the_fixture()
    {
        var department = await EmptyDepartmentAsync();
        var a = await RegisterAsync(department, "业务系统A");
        var b = await RegisterAsync(department, "业务系统B");
        await IncidentAsync(a, "2026-11-03T09:00:00+08:00", "2026-11-03T12:00:00+08:00", "CRITICAL");             // 3 h, within 4 h
        await IncidentAsync(b, "2026-11-10T08:00:00+08:00", "2026-11-11T14:00:00+08:00", "MAJOR", security: true); // 30 h, past 24 h
        foreach (var (system, kind, succeeded) in new[] { (a, "BACKUP", true), (a, "BACKUP", true), (a, "BACKUP", false), (b, "BACKUP", true), (b, "RESTORE_DRILL", true) })
            await Call(Office, "recordBackup", "RecordBackupInput", new { systemId = system, kind, performedAt = "2026-11-05T02:00:00+08:00", succeeded }, "backupRecord { id }");

        // Planned work announced for the end of the month is listed, and is not downtime.
        await Call(Office, "scheduleMaintenance", "ScheduleMaintenanceInput",
            new { systemId = a, startsAt = "2026-11-28T22:00:00+08:00", endsAt = "2026-11-29T04:00:00+08:00", description = "数据库升级" }, "maintenanceWindow { id }");
        var maintenance = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on InformationSystem { maintenance { nodes { description startsAt } } } } }", new { id = a }))
            .AssertNoErrors().Data["node"]!["maintenance"]!["nodes"]!;
        Assert.Equal("数据库升级", (string?)Assert.Single(maintenance)["description"]);

        var availability = (await Office.PostQueryAsync("query($id: ID!) { node(id: $id) { ... on InformationSystem { availability(month: \"2026-11-01\") { percent downtimeMinutes } } } }", new { id = a }))
            .AssertNoErrors().Data["node"]!["availability"]!;
        Assert.Equal(99.58m, (decimal)availability["percent"]!);
        Assert.Equal(180, (int)availability["downtimeMinutes"]!);

        var kpis = (await Office.PostQueryAsync("query($c: String) { operationsKpis(month: \"2026-11-15\", departmentCode: $c) { systems stableOperationRate incidents incidentsResolved repairWithinTargetRate backups backupSuccessRate restoreDrills restoreDrillSuccessRate securityIncidents } }",
            new { c = department })).AssertNoErrors().Data["operationsKpis"]!;
        Assert.Equal(2, (int)kpis["systems"]!);
        // A: 180 of 43,200 minutes down (99.58); B: 1,800 (95.83); mean 97.705, to two decimals.
        Assert.Equal(97.71m, (decimal)kpis["stableOperationRate"]!);
        Assert.Equal(2, (int)kpis["incidents"]!);
        Assert.Equal(50m, (decimal)kpis["repairWithinTargetRate"]!);
        Assert.Equal(4, (int)kpis["backups"]!);
        Assert.Equal(75m, (decimal)kpis["backupSuccessRate"]!);
        Assert.Equal(1, (int)kpis["restoreDrills"]!);
        Assert.Equal(100m, (decimal)kpis["restoreDrillSuccessRate"]!);
        Assert.Equal(1, (int)kpis["securityIncidents"]!);

        // October: nothing recorded, so the rates are unknown rather than perfect.
        var october = (await Office.PostQueryAsync("query($c: String) { operationsKpis(month: \"2026-10-01\", departmentCode: $c) { stableOperationRate backupSuccessRate repairWithinTargetRate } }",
            new { c = department })).AssertNoErrors().Data["operationsKpis"]!;
        Assert.Equal(100m, (decimal)october["stableOperationRate"]!);
        Assert.Equal(JTokenType.Null, october["backupSuccessRate"]!.Type);
        Assert.Equal(JTokenType.Null, october["repairWithinTargetRate"]!.Type);
    }

    [Fact]
    public async Task The_owner_the_operator_and_the_office_see_a_system_other_departments_and_the_public_do_not()
    {
        var department = await EmptyDepartmentAsync();
        var system = await RegisterAsync(department, "业务系统C");
        const string query = "query($id: ID!) { node(id: $id) { ... on InformationSystem { code } } }";
        Assert.NotNull((string?)(await host.ClientAs(department, Roles.Staff).PostQueryAsync(query, new { id = system })).AssertNoErrors().Data["node"]!["code"]);
        Assert.NotNull((string?)(await host.ClientAs("XXZX", Roles.InformationManager).PostQueryAsync(query, new { id = system })).AssertNoErrors().Data["node"]!["code"]);
        var other = department == "GAJ" ? "JYJ" : "GAJ";
        Assert.Equal(JTokenType.Null, (await host.ClientAs(other, Roles.DepartmentLeader).PostQueryAsync(query, new { id = system })).AssertNoErrors().Data["node"]!.Type);
        Assert.Contains("AUTH_NOT_AUTHENTICATED", (await host.CreateClient().PostQueryAsync("{ informationSystems { totalCount } }")).ErrorCodes);

        // Another department's staff cannot file an incident on it.
        var refused = (await host.ClientAs(other, Roles.Staff).PostQueryAsync("mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { errors { code } } }",
            new { i = new { systemId = system, title = "x", severity = "MINOR", detectedAt = "2026-11-19T00:00:00Z" } })).AssertNoErrors().Data["reportIncident"]!;
        Assert.Equal("NOT_PERMITTED", (string?)refused["errors"]![0]!["code"]);
    }

    [Fact]
    public async Task The_demo_cloud_platform_was_down_three_hours_in_november()
    {
        var platform = (await Office.PostQueryAsync("{ informationSystems(departmentCode: \"XXZX\", first: 1) { nodes { code name availability(month: \"2026-11-01\") { percent downtimeMinutes } } } }"))
            .AssertNoErrors().Data["informationSystems"]!["nodes"]![0]!;
        Assert.Equal("SYS-001", (string?)platform["code"]);
        Assert.Equal(99.58m, (decimal)platform["availability"]!["percent"]!);
    }
}
