using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Features.DataSharing;
using InfoGov.Domain.DataSharing;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Import;

/// <summary>Catalog entries with their data items: one data item a row, the entry's own columns repeated on each
/// of its rows (they must agree); entries are entered as drafts and matched by code.</summary>
public sealed class CatalogImporter : IImporter
{
    private static readonly string[] EntryColumns =
        ["name", "nameEn", "providerDepartmentCode", "summary", "classification", "format", "updateCycle", "delivery", "sharingType", "openType", "sharingConditions", "legalBasisForNotSharing"];

    public ImportKind Kind => ImportKind.Catalog;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("code", true, "GAJ-RK-001", "The entry's catalog code, unique; repeated on each of its item rows"),
        new("name", true, "常住人口基本信息", "Entry name"),
        new("nameEn", false, "Resident population", "Name in English"),
        new("providerDepartmentCode", true, "GAJ", "The providing department"),
        new("summary", true, "Basic data of registered residents", "What the entry contains"),
        new("classification", true, "BASIC_POPULATION", "BASIC_POPULATION, BASIC_LEGAL_PERSONS, BASIC_GEOGRAPHY, BASIC_CREDIT, BASIC_LICENCES, THEMATIC or DEPARTMENTAL"),
        new("format", true, "CSV", "Data format"),
        new("updateCycle", true, "MONTHLY", "REAL_TIME, DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY or IRREGULAR"),
        new("delivery", true, "API", "FILE, DATABASE_TABLE or API"),
        new("sharingType", true, "CONDITIONAL", "UNCONDITIONAL, CONDITIONAL or NOT_SHARED"),
        new("openType", true, "NOT_OPEN", "OPEN, CONDITIONALLY_OPEN or NOT_OPEN"),
        new("sharingConditions", false, "For population services only", "Required for a conditional entry"),
        new("legalBasisForNotSharing", false, "", "Required for an entry not shared"),
        new("itemName", true, "姓名", "The data item's name, unique in the entry"),
        new("itemDataType", true, "string", "string, date or decimal"),
        new("itemDescription", false, "", "What the item holds"),
        new("itemShared", false, "true", "false to keep the item from other departments"),
    ];

    public IReadOnlyDictionary<string, string> FieldColumns { get; } = new Dictionary<string, string>
    {
        ["items"] = "itemName",
        ["dataType"] = "itemDataType",
        ["name"] = "name",
    };

    public async Task<(int, int)> ImportAsync(MutationScope scope, ImportBatch batch, CancellationToken cancellationToken)
    {
        var departments = await scope.Db.Departments.AsNoTracking().Where(d => d.DissolvedOn == null).ToDictionaryAsync(d => d.Code, d => d.Id, StringComparer.Ordinal, cancellationToken);
        var known = await scope.Db.DataResources.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, cancellationToken);
        var created = new List<(DataResource, List<DataItem>)>();
        var unchanged = 0;
        foreach (var entry in batch.Rows.Where(r => r["code"] is null)) batch.Error(entry, "code", "Required.");
        foreach (var rows in batch.Rows.Where(r => r["code"] is not null).GroupBy(r => r["code"]!, StringComparer.Ordinal))
        {
            var first = rows.First();
            foreach (var row in rows.Skip(1))
                foreach (var column in EntryColumns.Where(c => row[c] != first[c]))
                    batch.Error(row, column, $"Differs from row {first.Number}, the entry's first row: an entry's columns repeat on each of its item rows.");
            var name = batch.Text(first, "name");
            var providerCode = batch.Text(first, "providerDepartmentCode");
            Guid? provider = providerCode is not null && departments.TryGetValue(providerCode, out var id) ? id : null;
            if (providerCode is not null && provider is null) batch.Error(first, "providerDepartmentCode", $"No department has the code '{providerCode}'.");
            var summary = batch.Text(first, "summary");
            var classification = batch.Choice<ResourceClassification>(first, "classification");
            var format = batch.Text(first, "format");
            var cycle = batch.Choice<UpdateCycle>(first, "updateCycle");
            var delivery = batch.Choice<DeliveryMethod>(first, "delivery");
            var sharing = batch.Choice<SharingType>(first, "sharingType");
            var open = batch.Choice<OpenType>(first, "openType");
            var items = rows.Select(row => new { row, name = batch.Text(row, "itemName"), type = batch.Text(row, "itemDataType"), shared = batch.Flag(row, "itemShared") }).ToList();
            if (name is null || provider is null || summary is null || classification is null || format is null || cycle is null || delivery is null || sharing is null || open is null
                || items.Any(i => i.name is null || i.type is null)) continue;
            if (known.TryGetValue(rows.Key, out var existingName))
            {
                if (existingName == name) unchanged++;
                else batch.Error(first, "code", $"{rows.Key} is in the catalog already as '{existingName}'; change it with updateDataResource.");
                continue;
            }
            var input = new RegisterDataResourceInput(rows.Key, name, batch.Text(first, "nameEn", required: false), summary, classification.Value, format, cycle.Value, delivery.Value,
                sharing.Value, open.Value, batch.Text(first, "sharingConditions", required: false), batch.Text(first, "legalBasisForNotSharing", required: false),
                [.. items.Select(i => new DataItemInput(i.name!, i.type!, i.row["itemDescription"], i.shared))]);
            if (batch.Try(first, () => CatalogMutations.Draft(input, provider.Value).ToTuple()) is { } drafted)
            {
                known[rows.Key] = name;
                created.Add((drafted.Item1, drafted.Item2));
            }
        }
        if (batch.Errors.Count == 0)
            foreach (var (resource, items) in created)
            {
                scope.Db.DataResources.Add(resource);
                scope.Db.DataItems.AddRange(items);
            }
        return (created.Count, unchanged);
    }
}
