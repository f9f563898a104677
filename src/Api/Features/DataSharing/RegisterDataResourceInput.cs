using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>registerDataResource</c>.</summary>
public sealed record RegisterDataResourceInput(
    string Code, string Name, string? NameEn, string Summary, ResourceClassification Classification, string Format, UpdateCycle UpdateCycle,
    DeliveryMethod Delivery, SharingType SharingType, OpenType OpenType, string? SharingConditions, string? LegalBasisForNotSharing, List<DataItemInput> Items);

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
