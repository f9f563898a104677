using InfoGov.Api.Engine.Mutations;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Import;

/// <summary>Members of the expert pool, one a row, matched by code.</summary>
public sealed class ExpertImporter : IImporter
{
    public ImportKind Kind => ImportKind.Experts;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", true, "ZJ101", "Pool code, unique"),
        new("name", true, "王明", "Full name"),
        new("fields", true, "software;data", "Fields of expertise separated by semicolons, the principal one first"),
        new("title", false, "高级工程师", "Professional title"),
        new("affiliationDepartmentCode", false, "GAJ", "The department the expert works for (kept off its panels)"),
    ];

    public IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>();

    public async Task<(int, int)> ImportAsync(MutationScope scope, ImportBatch batch, CancellationToken cancellationToken)
    {
        var departments = await scope.Db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.Ordinal, cancellationToken);
        var known = await scope.Db.Experts.AsNoTracking().ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken);
        var created = new List<Expert>();
        var unchanged = 0;
        foreach (var row in batch.Rows)
        {
            var code = batch.Text(row, "code");
            var name = batch.Text(row, "name");
            var fields = batch.Text(row, "fields")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Guid? employer = null;
            if (batch.Text(row, "affiliationDepartmentCode", required: false) is { } employerCode)
                if (departments.TryGetValue(employerCode, out var id)) employer = id;
                else batch.Error(row, "affiliationDepartmentCode", $"No department has the code '{employerCode}'.");
            if (code is null || name is null || fields is null) continue;
            if (known.TryGetValue(code, out var existing))
            {
                if (existing.Name == name && existing.Fields.SequenceEqual(fields)) unchanged++;
                else batch.Error(row, "code", $"{code} exists with other values ({existing.Name}); change it with reviseExpert.");
                continue;
            }
            if (batch.Try(row, () => Expert.Enlist(code, name, fields, batch.Text(row, "title", required: false), employer, null)) is { } expert)
            {
                known[expert.Code] = expert;
                created.Add(expert);
            }
        }
        if (batch.Errors.Count == 0) scope.Db.Experts.AddRange(created);
        return (created.Count, unchanged);
    }
}
