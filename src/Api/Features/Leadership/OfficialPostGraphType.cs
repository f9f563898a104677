using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Leadership;

namespace InfoGov.Api.Features.Leadership;

public sealed class OfficialPostGraphType() : DescribedEnumGraphType<OfficialPost>(
    "The post an official holds in a department.",
    new Dictionary<OfficialPost, string>
    {
        [OfficialPost.Head] = "The head (the leader): one at a time; the head's ten informatization duties follow the appointment.",
        [OfficialPost.DeputyHead] = "A deputy head; a department may have several.",
        [OfficialPost.InformationManager] = "The head of information management (the CIO): one per department at a time.",
        [OfficialPost.Staff] = "Any other official recorded for the department.",
    });
