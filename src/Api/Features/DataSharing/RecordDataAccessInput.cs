using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>recordDataAccess</c>.</summary>
public sealed record RecordDataAccessInput(string ResourceCode, List<string> ItemIds, string Purpose, int? RecordCount);

public sealed class RecordDataAccessInputGraphType : InputObjectGraphType<RecordDataAccessInput>
{
    public RecordDataAccessInputGraphType()
    {
        Name = "RecordDataAccessInput";
        Description = "An access the caller's department makes to a catalog entry, under its grant or to an unconditional entry.";
        Field<NonNullGraphType<StringGraphType>>("resourceCode").Description("Catalog code of the entry.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("itemIds").Description("Global ids of the items read.");
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("Why the data is read.");
        Field<IntGraphType>("recordCount").Description("Number of records read.");
        this.ReadableBy(Access.Inherited);
    }
}
