using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class DataItemGraphType : ObjectGraphType<DataItem>
{
    public DataItemGraphType()
    {
        Name = "DataItem";
        Description = "One field of a catalog entry.";
        this.IsNode();
        Field(i => i.Ordinal).Description("Position of the item in the resource, from 1.");
        Field(i => i.Name).Description("Name of the item.");
        Field(i => i.DataType).Description("Data type: string, date or decimal.");
        Field(i => i.Description, nullable: true).Description("What the item holds.");
        Field(i => i.IsShared).Description("False for an item the provider keeps to itself even when the entry is shared.");
        Field<DataResourceGraphType>("resource").Description("The resource the item belongs to. Null when the caller may not see the catalog entry.")
            .Resolve(ctx => ctx.Loaders().ById<DataResource>(ctx.Source.ResourceId));
        this.ReadableBy(DataSharingReaders.CatalogItems);
    }
}
