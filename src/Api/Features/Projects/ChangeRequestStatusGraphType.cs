using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ChangeRequestStatusGraphType() : DescribedEnumGraphType<ChangeRequestStatus>(
    "Where a change request stands.",
    new Dictionary<ChangeRequestStatus, string>
    {
        [ChangeRequestStatus.Pending] = "Waiting for the office's decision; the baseline is unchanged.",
        [ChangeRequestStatus.Approved] = "Approved; the project was re-baselined.",
        [ChangeRequestStatus.Refused] = "Refused; the baseline stays.",
    });
