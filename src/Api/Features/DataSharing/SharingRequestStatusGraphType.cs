using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class SharingRequestStatusGraphType() : DescribedEnumGraphType<SharingRequestStatus>(
    "Where a sharing request stands.",
    new Dictionary<SharingRequestStatus, string>
    {
        [SharingRequestStatus.Pending] = "Waiting for the provider's answer.",
        [SharingRequestStatus.Approved] = "Approved; a grant was created.",
        [SharingRequestStatus.Refused] = "Refused, with a reason.",
        [SharingRequestStatus.Escalated] = "Unanswered past its due date and passed to the office.",
        [SharingRequestStatus.Withdrawn] = "Withdrawn by the requesting department.",
    });
