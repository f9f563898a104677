using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class DeliveryMethodGraphType() : DescribedEnumGraphType<DeliveryMethod>(
    "How a resource is delivered to its users.",
    new Dictionary<DeliveryMethod, string>
    {
        [DeliveryMethod.File] = "As files.",
        [DeliveryMethod.DatabaseTable] = "As a database table on the exchange platform.",
        [DeliveryMethod.Api] = "Through an API.",
    });
