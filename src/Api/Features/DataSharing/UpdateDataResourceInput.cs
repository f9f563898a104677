using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>updateDataResource</c>: the fields given are changed.</summary>
public sealed record UpdateDataResourceInput(
    string Id, int Version, string? Name, string? NameEn, string? Summary, string? Format, UpdateCycle? UpdateCycle, DeliveryMethod? Delivery,
    SharingType? SharingType, OpenType? OpenType, string? SharingConditions, string? LegalBasisForNotSharing);

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
