using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class UpdateCycleGraphType() : DescribedEnumGraphType<UpdateCycle>(
    "How often the provider refreshes a resource.",
    new Dictionary<UpdateCycle, string>
    {
        [UpdateCycle.RealTime] = "Continuously.",
        [UpdateCycle.Daily] = "Every day.",
        [UpdateCycle.Weekly] = "Every week.",
        [UpdateCycle.Monthly] = "Every month.",
        [UpdateCycle.Quarterly] = "Every quarter.",
        [UpdateCycle.Yearly] = "Every year.",
        [UpdateCycle.Irregular] = "When the data changes, on no fixed cycle.",
    });
