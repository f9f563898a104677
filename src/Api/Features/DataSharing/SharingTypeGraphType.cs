using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class SharingTypeGraphType() : DescribedEnumGraphType<SharingType>(
    "How a resource is shared across departments: shared by default, not shared as the exception.",
    new Dictionary<SharingType, string>
    {
        [SharingType.Unconditional] = "Any department may use it.",
        [SharingType.Conditional] = "Only on an approved sharing request, possibly only some items.",
        [SharingType.NotShared] = "Not shared; needs a legal basis.",
    });
