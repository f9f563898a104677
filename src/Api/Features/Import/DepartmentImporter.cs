using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Import;

/// <summary>Departments, one a row, matched by code; a parent is an existing department or one earlier in the file.</summary>
public sealed class DepartmentImporter : IImporter
{
    public ImportKind Kind => ImportKind.Departments;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", true, "GAJ", "Stable code: 2 to 32 capitals, digits or hyphens"),
        new("name", true, "市公安局", "Official name in Chinese"),
        new("nameEn", false, "Public Security Bureau", "Name in English"),
        new("kind", true, "BUREAU", "COMMITTEE_OFFICE, BUREAU, TOWNSHIP, PUBLIC_INSTITUTION or INFORMATION_CENTRE"),
        new("parentCode", false, "", "The department it belongs to: existing, or earlier in the file"),
    ];

    public IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>();

    public async Task<(int, int)> ImportAsync(MutationScope scope, ImportBatch batch, CancellationToken cancellationToken)
    {
        var known = await scope.Db.Departments.ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        var created = new List<Department>();
        var unchanged = 0;
        foreach (var row in batch.Rows)
        {
            var code = batch.Text(row, "code");
            var name = batch.Text(row, "name");
            var kind = batch.Choice<DepartmentKind>(row, "kind");
            var parentCode = batch.Text(row, "parentCode", required: false);
            Department? parent = null;
            if (parentCode is not null && !known.TryGetValue(parentCode, out parent))
                batch.Error(row, "parentCode", $"No department has the code '{parentCode}' (a parent comes before its units in the file).");
            if (code is null || name is null || kind is null) continue;
            if (known.TryGetValue(code, out var existing))
            {
                if (existing.Name == name && existing.Kind == kind && existing.ParentId == parent?.Id) unchanged++;
                else batch.Error(row, "code", $"{code} exists with other values ({existing.Name}); change it with renameDepartment or moveDepartment.");
                continue;
            }
            if (batch.Try(row, () => Department.Create(code, name, batch.Text(row, "nameEn", required: false), kind.Value, parent)) is { } department)
            {
                known[department.Code] = department;
                created.Add(department);
            }
        }
        if (batch.Errors.Count == 0) scope.Db.Departments.AddRange(created);
        return (created.Count, unchanged);
    }
}
