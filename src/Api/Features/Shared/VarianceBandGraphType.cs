using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Shared;

public sealed class VarianceBandGraphType() : DescribedEnumGraphType<VarianceBand>(
    "How far a figure is from its baseline.",
    new Dictionary<VarianceBand, string>
    {
        [VarianceBand.Low] = "Within 10% of the baseline.",
        [VarianceBand.Medium] = "Between 10% and 30% from the baseline.",
        [VarianceBand.High] = "More than 30% from the baseline.",
    });
