using GraphQL.Types;
using InfoGov.Api.Engine.Schema;

namespace InfoGov.Api.Features.Import;

/// <summary>Root fields of this feature: spreadsheet imports.</summary>
public sealed class ImportRootFields : IRootFields
{
    public void AddMutations(ObjectGraphType mutation) => ImportMutations.AddTo(mutation);
}
