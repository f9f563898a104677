using GraphQL.Types;
using InfoGov.Api.Authorization;

namespace InfoGov.Api.DataSharing;

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

public sealed class RegisterDataResourceInputGraphType : InputObjectGraphType<RegisterDataResourceInput>
{
    public RegisterDataResourceInputGraphType()
    {
        Name = "RegisterDataResourceInput";
        Description = "A new catalog entry of the caller's department, saved as a draft.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Catalog code, unique.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name in Chinese.");
        Field<StringGraphType>("nameEn").Description("Name in English.");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What the entry contains.");
        Field<NonNullGraphType<ResourceClassificationGraphType>>("classification").Description("Basic, thematic or departmental.");
        Field<NonNullGraphType<StringGraphType>>("format").Description("Data format, e.g. CSV.");
        Field<NonNullGraphType<UpdateCycleGraphType>>("updateCycle").Description("How often it is refreshed.");
        Field<NonNullGraphType<DeliveryMethodGraphType>>("delivery").Description("How it is delivered.");
        Field<NonNullGraphType<SharingTypeGraphType>>("sharingType").Description("How it is shared across departments.");
        Field<NonNullGraphType<OpenTypeGraphType>>("openType").Description("Whether it is disclosed to the public.");
        Field<StringGraphType>("sharingConditions").Description("The conditions; required for a conditional entry.");
        Field<StringGraphType>("legalBasisForNotSharing").Description("The legal basis; required for an entry that is not shared.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataItemInputGraphType>>>>("items").Description("The data items.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class UpdateDataResourceInputGraphType : InputObjectGraphType<UpdateDataResourceInput>
{
    public UpdateDataResourceInputGraphType()
    {
        Name = "UpdateDataResourceInput";
        Description = "Changes to a catalog entry; fields left out keep their value.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the entry.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        Field<StringGraphType>("name").Description("Name in Chinese.");
        Field<StringGraphType>("nameEn").Description("Name in English.");
        Field<StringGraphType>("summary").Description("What the entry contains.");
        Field<StringGraphType>("format").Description("Data format.");
        Field<UpdateCycleGraphType>("updateCycle").Description("How often it is refreshed.");
        Field<DeliveryMethodGraphType>("delivery").Description("How it is delivered.");
        Field<SharingTypeGraphType>("sharingType").Description("How it is shared.");
        Field<OpenTypeGraphType>("openType").Description("Whether it is disclosed to the public.");
        Field<StringGraphType>("sharingConditions").Description("The conditions of a conditional entry.");
        Field<StringGraphType>("legalBasisForNotSharing").Description("The legal basis of an entry that is not shared.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class DataResourceVersionInputGraphType : InputObjectGraphType<DataResourceVersionInput>
{
    public DataResourceVersionInputGraphType()
    {
        Name = "DataResourceVersionInput";
        Description = "A catalog entry and the version the action is based on.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the entry.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("Its version; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}
