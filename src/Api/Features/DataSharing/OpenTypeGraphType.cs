using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class OpenTypeGraphType() : DescribedEnumGraphType<OpenType>(
    "Whether a resource is disclosed to the public.",
    new Dictionary<OpenType, string>
    {
        [OpenType.Open] = "Open to the public.",
        [OpenType.ConditionallyOpen] = "Open to the public on conditions.",
        [OpenType.NotOpen] = "Not open to the public.",
    });
