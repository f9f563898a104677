using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.Projects;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Import;

/// <summary>The city's existing project register, one project a row, each entered as a draft under the code the
/// register gives it (its history before InfoGov stays in the register); matched by code.</summary>
public sealed partial class ProjectRegisterImporter : IImporter
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{1,31}$")]
    private static partial System.Text.RegularExpressions.Regex CodePattern();

    public ImportKind Kind => ImportKind.ProjectRegister;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", true, "XM-2025-0042", "The register's project code, unique: 2 to 32 letters, digits or hyphens"),
        new("name", true, "社区网格化管理平台", "Project name"),
        new("nameEn", false, "Community grid management platform", "Name in English"),
        new("departmentCode", true, "ZJJ", "The owning department"),
        new("programmeCode", false, "CITY", "The programme it belongs to"),
        new("level", true, "MUNICIPAL", "NATIONAL, PROVINCIAL, MUNICIPAL, KEY or DEPARTMENTAL"),
        new("fundingCategory", false, "FUNDED", "FUNDED or RESERVE; FUNDED when empty"),
        new("crossDepartment", false, "false", "true for a cross-department project"),
        new("scope", true, "Grid platform for 12 sub-districts", "What is to be built"),
        new("budget", true, "1250000.00", "Budget in CNY"),
        new("startOn", true, "2027-01-01", "Planned start"),
        new("dueOn", true, "2027-12-31", "Planned completion"),
        new("feasibilityStudyReference", false, "KY-2026-017", "The feasibility study's reference"),
        new("description", false, "", "Longer description"),
    ];

    public IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string> { ["budget"] = "budget" };

    public async Task<(int, int)> ImportAsync(MutationScope scope, ImportBatch batch, CancellationToken cancellationToken)
    {
        var departments = await scope.Db.Departments.AsNoTracking().Where(d => d.DissolvedOn == null).ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        var programmes = await scope.Db.Programmes.AsNoTracking().ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var known = await scope.Db.Projects.AsNoTracking().Select(p => new { p.Code, p.Name, p.OwnerDepartmentId })
            .ToDictionaryAsync(p => p.Code, p => (p.Name, p.OwnerDepartmentId), StringComparer.Ordinal, cancellationToken);
        var created = new List<Project>();
        var unchanged = 0;
        foreach (var row in batch.Rows)
        {
            var code = batch.Text(row, "code");
            var name = batch.Text(row, "name");
            var departmentCode = batch.Text(row, "departmentCode");
            var department = departmentCode is not null && departments.TryGetValue(departmentCode, out var d) ? d : null;
            if (departmentCode is not null && department is null) batch.Error(row, "departmentCode", $"No department has the code '{departmentCode}'.");
            var programmeCode = batch.Text(row, "programmeCode", required: false);
            var programme = programmeCode is not null && programmes.TryGetValue(programmeCode, out var p) ? p : null;
            if (programmeCode is not null && programme is null) batch.Error(row, "programmeCode", $"No programme has the code '{programmeCode}'.");
            var level = batch.Choice<ProjectLevel>(row, "level");
            var funding = batch.Choice<FundingCategory>(row, "fundingCategory", required: false);
            var cross = batch.Flag(row, "crossDepartment");
            var scopeText = batch.Text(row, "scope");
            var budget = batch.Number(row, "budget");
            var startOn = batch.Date(row, "startOn");
            var dueOn = batch.Date(row, "dueOn");
            if (code is not null && !CodePattern().IsMatch(code))
            {
                batch.Error(row, "code", "A project code is 2 to 32 letters, digits or hyphens.");
                continue;
            }
            if (code is null || name is null || department is null || level is null || scopeText is null || budget is null || startOn is null || dueOn is null) continue;
            if (known.TryGetValue(code, out var existing))
            {
                if (existing.Name == name && existing.OwnerDepartmentId == department.Id) unchanged++;
                else batch.Error(row, "code", $"{code} is registered already as '{existing.Name}'; change it with updateProjectDraft.");
                continue;
            }
            var input = new CreateProjectDraftInput(departmentCode!, name, batch.Text(row, "nameEn", required: false), batch.Text(row, "description", required: false), level.Value,
                programmeCode, cross, scopeText, new MoneyInput(budget.Value, null), startOn.Value, dueOn.Value, batch.Text(row, "feasibilityStudyReference", required: false), funding);
            if (batch.Try(row, () => ProjectMutations.Draft(input, code, department, programme)) is { } project)
            {
                known[code] = (project.Name, department.Id);
                created.Add(project);
            }
        }
        if (batch.Errors.Count == 0) scope.Db.Projects.AddRange(created);
        return (created.Count, unchanged);
    }
}
