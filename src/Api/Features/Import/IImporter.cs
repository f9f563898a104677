using InfoGov.Api.Engine.Mutations;

namespace InfoGov.Api.Features.Import;

/// <summary>One kind of import: its columns, and the rows turned into new objects through the same domain
/// steps the single mutations use. An importer adds nothing to the unit of work unless every row is valid.</summary>
public interface IImporter
{
    ImportKind Kind { get; }
    IReadOnlyList<ImportColumn> Columns { get; }
    /// <summary>The column a domain rule's field is read from, where the names differ.</summary>
    IReadOnlyDictionary<string, string> FieldColumns { get; }
    Task<(int Created, int Unchanged)> ImportAsync(MutationScope scope, ImportBatch batch, CancellationToken cancellationToken);

    static IReadOnlyList<IImporter> All { get; } = [new DepartmentImporter(), new ExpertImporter(), new OfficialImporter(), new ProjectRegisterImporter(), new CatalogImporter()];
}
