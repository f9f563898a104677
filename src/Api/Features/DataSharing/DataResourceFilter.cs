using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Arguments of the <c>dataResources</c> list.</summary>
public sealed record DataResourceFilter(
    List<SharingType>? SharingTypes, List<OpenType>? OpenTypes, List<ResourceClassification>? Classifications,
    string? ProviderCode, string? Search, bool? IsStale = null);

public sealed class DataResourceFilterInputGraphType : InputObjectGraphType<DataResourceFilter>
{
    public DataResourceFilterInputGraphType()
    {
        Name = "DataResourceFilter";
        Description = "Narrows the catalog; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<SharingTypeGraphType>>>("sharingTypes").Description("Only resources with one of these sharing types.");
        Field<ListGraphType<NonNullGraphType<OpenTypeGraphType>>>("openTypes").Description("Only resources with one of these open types.");
        Field<ListGraphType<NonNullGraphType<ResourceClassificationGraphType>>>("classifications").Description("Only resources of these classifications.");
        Field<StringGraphType>("providerCode").Description("Only resources provided by the department with this code.");
        Field<StringGraphType>("search").Description("Text contained in the code, the Chinese name or the English name.");
        Field<BooleanGraphType>("isStale").Description("True: only published entries whose data was not refreshed within their update cycle (as isStale says); false: only the others.");
        this.ReadableBy(Readers.Anyone);
    }
}
