using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Shared;

public sealed class StatusColourGraphType() : DescribedEnumGraphType<StatusColour>(
    "The traffic light of a project on bulletins and portals.",
    new Dictionary<StatusColour, string>
    {
        [StatusColour.Green] = "On plan: every variance low and progress reports on time.",
        [StatusColour.Amber] = "Needs attention: a medium variance or an overdue progress report.",
        [StatusColour.Red] = "In trouble: a high schedule or cost variance.",
    });
