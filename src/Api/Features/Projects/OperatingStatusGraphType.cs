using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class OperatingStatusGraphType() : DescribedEnumGraphType<OperatingStatus>(
    "How a delivered system is running.",
    new Dictionary<OperatingStatus, string>
    {
        [OperatingStatus.Stable] = "Running stably.",
        [OperatingStatus.MinorIssues] = "Running with minor issues.",
        [OperatingStatus.Unstable] = "Running unstably.",
        [OperatingStatus.OutOfService] = "Not in service.",
    });
