using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class CatalogStatusGraphType() : DescribedEnumGraphType<CatalogStatus>(
    "Where a catalog entry stands.",
    new Dictionary<CatalogStatus, string>
    {
        [CatalogStatus.Draft] = "Being prepared by the provider; seen only by the provider and the office.",
        [CatalogStatus.Published] = "Offered to other departments.",
        [CatalogStatus.Retired] = "No longer offered; its history stays and its grants have ended.",
    });
