using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>A data item of a new catalog entry.</summary>
public sealed record DataItemInput(string Name, string DataType, string? Description, bool? IsShared);

public sealed class DataItemInputGraphType : InputObjectGraphType<DataItemInput>
{
    public DataItemInputGraphType()
    {
        Name = "DataItemInput";
        Description = "A data item of a new catalog entry.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name of the item, unique in the entry.");
        Field<NonNullGraphType<StringGraphType>>("dataType").Description("Data type: string, date or decimal.");
        Field<StringGraphType>("description").Description("What the item holds.");
        Field<BooleanGraphType>("isShared").Description("False to keep the item from other departments; true when omitted.");
        this.ReadableBy(Access.Inherited);
    }
}
